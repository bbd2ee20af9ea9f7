import type { Page } from '@playwright/test';
import type { MendSession } from '../harness/launchMend';
import { trustedSender } from '../harness/core';
import { RUMINATION_LEVELS, type Checkin } from '../../src/shared/tracker/checkins';
import { addDays } from '../../src/shared/dates';
import { expect, test } from './fixtures';

/** Main's clock: 15 March 2026, mid-afternoon in the test machine's time zone. */
const NOW = new Date(2026, 2, 15, 15, 30).getTime();
const TODAY = '2026-03-15';

test.use({ mendOptions: { vault: 'unlocked', overrides: { now: () => NOW } } });

async function openTracker(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in', exact: true })).toBeVisible();
}

async function seed(session: MendSession, checkins: Checkin[]): Promise<void> {
  for (const checkin of checkins) {
    const answer = await session.mend.dispatch('tracker.save', checkin, trustedSender);
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
  }
}

async function stored(session: MendSession, track: Checkin['track'], date: string): Promise<unknown> {
  const answer = await session.mend.dispatch('tracker.get', { track, date }, trustedSender);
  return answer.ok ? (answer.value as { checkin: unknown }).checkin : answer.error;
}

const chart = (page: Page) => page.getByTestId('trend-chart').first();
const yearCell = (page: Page, date: string) =>
  page.getByTestId('year-grid').locator(`rect[data-date="${date}"]`);

/** Answers the broke-trust questions: the slider by keyboard, the choices by click. */
async function answerBrokeTrust(
  page: Page,
  steps: number,
  rumination: string,
  kindness: string,
): Promise<void> {
  const slider = page.getByRole('slider', { name: 'How much were you able to forgive yourself today?' });
  await slider.focus();
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  await page.getByRole('radio', { name: rumination, exact: true }).check();
  await page.getByRole('radio', { name: kindness, exact: true }).check();
}

test('a check-in is saved, edited, and a missed day filled in; the chart and year grid show them', async ({
  mend,
}) => {
  const { page } = mend;
  await openTracker(page);
  await expect(page.getByRole('heading', { name: 'Today’s check-in' })).toBeVisible();
  const save = page.getByRole('button', { name: 'Save check-in' });
  await expect(save).toBeDisabled();
  await expect(chart(page).locator('circle')).toHaveCount(0);

  // Today, by keyboard for the slider.
  await answerBrokeTrust(page, 2, 'often', 'somewhat kind');
  await expect(page.getByRole('slider', { name: /forgive yourself/ })).toHaveValue('7');
  await page
    .getByLabel('What did you do toward repair today?')
    .fill('Answered her questions without defending myself.');
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your check-in for today.' })).toBeVisible();
  expect(await stored(mend, 'broke-trust', TODAY)).toEqual({
    track: 'broke-trust',
    date: TODAY,
    selfForgiveness: 7,
    rumination: 'often',
    kindness: 4,
    repair: 'Answered her questions without defending myself.',
  });
  await expect(chart(page).locator('circle')).toHaveCount(1);
  await expect(page.getByTestId('month-count')).toContainText('Check-ins this month (March): 1');

  // The same day again is an edit, not a second check-in.
  await page.getByRole('slider', { name: /forgive yourself/ }).press('ArrowRight');
  await page.getByLabel('A note (optional)').fill('A calmer evening.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Updated your check-in for today.' }),
  ).toBeVisible();
  expect(await stored(mend, 'broke-trust', TODAY)).toMatchObject({
    selfForgiveness: 8,
    note: 'A calmer evening.',
  });
  await expect(chart(page).locator('circle')).toHaveCount(1);

  // Two missed days, filled in afterwards.
  for (const [date, words] of [
    ['2026-03-13', '13 Mar 2026'],
    ['2026-03-14', '14 Mar 2026'],
  ] as const) {
    await page.getByLabel('Day', { exact: true }).fill(date);
    await expect(page.getByRole('heading', { name: `Check-in for ${words}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save check-in' })).toBeDisabled();
    await answerBrokeTrust(page, -1, 'sometimes', 'in between');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Saved your check-in for ${words}.` }),
    ).toBeVisible();
  }
  expect(await stored(mend, 'broke-trust', '2026-03-13')).toMatchObject({ selfForgiveness: 4, kindness: 3 });

  // Three dots, and a 7-day average once three days are in its window.
  await expect(chart(page).locator('circle')).toHaveCount(3);
  await expect(chart(page).locator('path.trend-values')).toHaveCount(1);
  await expect(chart(page).locator('path.trend-average')).toHaveCount(1);
  await expect(chart(page).locator('desc')).toContainText('3 check-ins. Lowest 4, highest 8.');
  await expect(page.getByTestId('month-count')).toContainText('Check-ins this month (March): 3');

  // The year grid: a saved day has a level, an empty one is plain.
  // Levels split 0..10 into fifths: 8 is in the top one, 4 in the middle.
  await expect(yearCell(page, TODAY)).toHaveAttribute('data-level', '4');
  await expect(yearCell(page, '2026-03-13')).toHaveAttribute('data-level', '2');
  await expect(yearCell(page, '2026-03-12')).toHaveAttribute('data-level', 'none');
  await expect(page.getByTestId('year-grid').locator('desc')).toContainText('3 days with an answer');

  // Back to today: the form shows what was saved.
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(page.getByRole('slider', { name: /forgive yourself/ })).toHaveValue('8');
  await expect(page.getByRole('radio', { name: 'often', exact: true })).toBeChecked();
  await expect(page.getByLabel('A note (optional)')).toHaveValue('A calmer evening.');

  // A day still to come is refused, and the form stays on today.
  await page.getByLabel('Day', { exact: true }).fill('2026-03-16');
  await expect(page.getByRole('alert')).toHaveText('A check-in can be for today or an earlier day.');
  await expect(page.getByRole('heading', { name: 'Today’s check-in' })).toBeVisible();
});

test('a day’s check-in can be removed after a second thought', async ({ mend }) => {
  const { page } = mend;
  await seed(mend, [
    { track: 'broke-trust', date: TODAY, selfForgiveness: 3, rumination: 'never', kindness: 2, repair: '' },
    {
      track: 'broke-trust',
      date: '2026-03-10',
      selfForgiveness: 6,
      rumination: 'never',
      kindness: 2,
      repair: '',
    },
  ]);
  await openTracker(page);
  await expect(chart(page).locator('circle')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove this check-in' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  expect(await stored(mend, 'broke-trust', TODAY)).not.toBeNull();
  await page.getByRole('button', { name: 'Remove this check-in' }).click();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed the check-in for today.' })).toBeVisible();
  expect(await stored(mend, 'broke-trust', TODAY)).toBeNull();
  await expect(chart(page).locator('circle')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeDisabled();
});

test('the trend chart switches between 30, 90 and 365 days', async ({ mend }) => {
  const { page } = mend;
  // 100 days, two of every three checked in: 20 in the last 30 days, 60 in 90, 67 in all.
  const checkins: Checkin[] = [];
  for (let back = 0; back < 100; back++) {
    if (back % 3 === 2) continue;
    checkins.push({
      track: 'was-hurt',
      date: addDays(TODAY, -back),
      anger: back % 11,
      trust: 4,
      feltSafe: 'partly',
      talked: 'no',
    });
  }
  await seed(mend, checkins);
  await openTracker(page);
  await page.getByRole('radio', { name: 'My trust was broken' }).check();

  await expect(chart(page).locator('circle')).toHaveCount(20);
  await expect(chart(page).locator('title')).toHaveText('Anger, last 30 days');
  // Every third day is a gap, so the daily line is broken into runs, never bridged.
  const runs = async () =>
    ((await chart(page).locator('path.trend-values').getAttribute('d')) ?? '').split('M').length - 1;
  expect(await runs()).toBe(10);

  await page.getByRole('radio', { name: '90 days' }).check();
  await expect(chart(page).locator('circle')).toHaveCount(60);
  await expect(chart(page).locator('title')).toHaveText('Anger, last 90 days');
  expect(await runs()).toBe(30);

  await page.getByRole('radio', { name: '365 days' }).check();
  await expect(chart(page).locator('circle')).toHaveCount(67);
  await expect(chart(page).locator('desc')).toContainText('67 check-ins');
  await expect(page.getByTestId('trend-table').locator('tbody tr')).toHaveCount(67);

  // Another metric of the same track, same period.
  await page.getByRole('radio', { name: 'Felt safe' }).check();
  await expect(chart(page).locator('title')).toHaveText('Felt safe, last 365 days');
  await expect(chart(page).locator('text', { hasText: 'partly' })).toHaveCount(1);
  await expect(yearCell(page, TODAY)).toHaveAttribute('data-level', /[0-4]/);
});

test('insights appear only from the 14th check-in', async ({ mend }) => {
  const { page } = mend;
  // Rumination cycles never..constantly while kindness falls with it.
  const day = (back: number): Checkin => ({
    track: 'broke-trust',
    date: addDays(TODAY, -back),
    selfForgiveness: 5,
    rumination: RUMINATION_LEVELS[back % 4] ?? 'never',
    kindness: 5 - (back % 4),
    repair: '',
  });
  await seed(
    mend,
    Array.from({ length: 13 }, (_, back) => day(back)),
  );
  await openTracker(page);
  await expect(page.getByText('After 14 check-ins, a few observations')).toBeVisible();
  await expect(page.getByTestId('insights')).toHaveCount(0);

  await seed(mend, [day(13)]);
  await page.reload();
  await expect(page.getByTestId('insights')).toContainText(
    'On days when past failures took over more often, you also tended to be harder on yourself.',
  );
  await expect(page.getByText('After 14 check-ins')).toHaveCount(0);
});

test('both tracks: the switcher is remembered across a reload and each keeps its own day', async ({
  mend,
}) => {
  const { page } = mend;
  await openTracker(page);
  await expect(page.getByTestId('patience')).toContainText('Set the day the truth came out in step 7.');
  await page.getByRole('radio', { name: 'My trust was broken' }).check();
  await page.getByRole('slider', { name: 'How strong was your anger today?' }).fill('8');
  // No slider starts with an answer: trust is not 5 until the person says so.
  const trust = page.getByRole('slider', { name: 'How much did you trust your partner today?' });
  await expect(trust).toHaveAttribute('aria-valuetext', 'Not answered yet');
  await trust.fill('6');
  await expect(trust).toHaveAttribute('aria-valuetext', '6 of 10');
  // The choices work from the keyboard: arrows move along the group.
  const safe = page.getByRole('group', { name: 'Did you feel safe with your partner today?' });
  await safe.getByRole('radio', { name: 'yes' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(safe.getByRole('radio', { name: 'partly' })).toBeChecked();
  await expect(page.getByText('If you are not safe at home')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(safe.getByRole('radio', { name: 'no' })).toBeChecked();
  await expect(page.getByText('If you are not safe at home')).toBeVisible();
  await page
    .getByRole('group', { name: 'Did you talk about it today? Did it help?' })
    .getByRole('radio', { name: 'yes, it helped' })
    .check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your check-in for today.' })).toBeVisible();
  expect(await stored(mend, 'was-hurt', TODAY)).toEqual({
    track: 'was-hurt',
    date: TODAY,
    anger: 8,
    trust: 6,
    feltSafe: 'no',
    talked: 'helped',
  });

  await mend.reload();
  await expect(page.getByRole('radio', { name: 'My trust was broken' })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'How strong was your anger today?' })).toHaveValue('8');
  // Main remembers the side, in memory; nothing is in the page's web storage (which
  // Electron may write to disk), and nothing answers while locked.
  expect(await mend.mend.dispatch('tracker.rememberedTrack', undefined, trustedSender)).toEqual({
    ok: true,
    value: 'was-hurt',
  });
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
  await page.getByRole('radio', { name: 'I broke trust' }).check();
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeDisabled();
  await expect(page.getByRole('slider', { name: /forgive yourself/ })).toHaveValue('5');
});
