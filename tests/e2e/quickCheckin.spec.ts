import type { Page } from '@playwright/test';
import { trustedSender } from '../harness/core';
import type { MendSession } from '../harness/launchMend';
import { expect, test } from './fixtures';

/**
 * Issue 15, "a one-step quick check-in from Home": one question on Home saves today's
 * check-in; the check-in screen opens it to add the rest; the chart and the year grid show
 * the day. By keyboard, as someone without a mouse would.
 */

/** Main's clock: 15 March 2026, mid-afternoon in the test machine's time zone. */
const NOW = new Date(2026, 2, 15, 15, 30).getTime();
const TODAY = '2026-03-15';

test.use({ mendOptions: { vault: 'unlocked', overrides: { now: () => NOW } } });

async function ok(session: MendSession, channel: string, input?: unknown): Promise<unknown> {
  const result = await session.mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

async function stored(session: MendSession, track: string): Promise<unknown> {
  return ((await ok(session, 'tracker.get', { track, date: TODAY })) as { checkin: unknown }).checkin;
}

const card = (page: Page) => page.getByTestId('home-checkin');

test('one answer on Home checks in; the check-in screen adds the rest; the chart and year grid show the day', async ({
  mend,
}) => {
  const { page } = mend;
  await ok(mend, 'program.chooseTracks', { tracks: ['broke-trust'] });
  await mend.reload();
  const question = card(page).getByRole('group', {
    name: 'How much were you able to forgive yourself today?',
  });
  await expect(question).toBeVisible();
  await expect(question).toContainText('0 means not at all, 10 means fully.');
  // Nothing chosen for the person, and no path question with one path.
  await expect(question.getByRole('radio')).toHaveCount(11);
  for (const radio of await question.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await expect(card(page).getByRole('group', { name: 'Which path is this for?' })).toHaveCount(0);
  const checkIn = card(page).getByRole('button', { name: 'Check in' });
  await expect(checkIn).toBeDisabled();

  // By keyboard: Space chooses, an arrow moves the choice, Tab reaches the button, Enter saves.
  await question.getByRole('radio', { name: '5', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(question.getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(checkIn).toBeFocused();
  await page.keyboard.press('Enter');

  const done = card(page).getByTestId('home-checked-in');
  await expect(done).toHaveText('Checked in today.');
  await expect(done).toBeFocused();
  await expect(question).toHaveCount(0);
  expect(await stored(mend, 'broke-trust')).toEqual({
    track: 'broke-trust',
    date: TODAY,
    selfForgiveness: 6,
  });

  // The rest, in the check-in screen: the quick answer is there, the others open.
  await card(page).getByRole('link', { name: 'Add the rest in the check-in screen' }).click();
  await expect(page.getByRole('heading', { name: 'Today’s check-in' })).toBeVisible();
  await expect(page.getByText('A quick check-in, saved.')).toBeVisible();
  await expect(page.getByRole('slider', { name: /forgive yourself/ })).toHaveValue('6');
  await expect(page.getByRole('radio', { name: 'often', exact: true })).not.toBeChecked();
  const chart = page.getByTestId('trend-chart').first();
  await expect(chart.locator('circle')).toHaveCount(1);
  await page.getByRole('radio', { name: 'often', exact: true }).check();
  await page.getByRole('radio', { name: 'somewhat kind', exact: true }).check();
  await page.getByLabel('What did you do toward repair today?').fill('Told her where I was.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Updated your check-in for today.' }),
  ).toBeVisible();
  expect(await stored(mend, 'broke-trust')).toEqual({
    track: 'broke-trust',
    date: TODAY,
    selfForgiveness: 6,
    rumination: 'often',
    kindness: 4,
    repair: 'Told her where I was.',
  });
  // One day in the chart and the month's count; in the year grid 6 of 0..10 is the fourth fifth.
  await expect(chart.locator('circle')).toHaveCount(1);
  await expect(chart.locator('desc')).toContainText('1 check-in. The answer was 6.');
  await expect(page.getByTestId('month-count')).toContainText('Check-ins this month (March): 1');
  await expect(page.getByTestId('year-grid').locator(`rect[data-date="${TODAY}"]`)).toHaveAttribute(
    'data-level',
    '3',
  );

  await page.getByRole('link', { name: 'Home' }).first().click();
  await expect(card(page).getByTestId('home-checked-in')).toHaveText('Checked in today.');
  await expect(card(page).getByRole('link', { name: 'See your check-in and the trend' })).toBeVisible();
});

test('both paths: Home asks which one, checks in for it, then offers the other; the check-in screen opens on it', async ({
  mend,
}) => {
  const { page } = mend;
  await ok(mend, 'program.chooseTracks', { tracks: ['broke-trust', 'was-hurt'] });
  await mend.reload();
  const path = card(page).getByRole('group', { name: 'Which path is this for?' });
  // No path is guessed: the question waits for the person to say which path it is for.
  for (const radio of await path.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await expect(card(page).getByRole('group', { name: /forgive yourself|anger/ })).toHaveCount(0);
  await path.getByRole('radio', { name: 'My trust was broken' }).check();
  const anger = card(page).getByRole('group', { name: 'How strong was your anger today?' });
  await expect(anger).toContainText('0 means none, 10 means overwhelming.');
  await anger.getByRole('radio', { name: '0', exact: true }).check();
  await card(page).getByRole('button', { name: 'Check in' }).click();

  await expect(card(page).getByTestId('home-checked-in')).toHaveText(
    'Checked in today for “My trust was broken”.',
  );
  expect(await stored(mend, 'was-hurt')).toEqual({ track: 'was-hurt', date: TODAY, anger: 0 });
  // The other path is still one question away; with one path left, no path question.
  await expect(card(page).getByRole('group', { name: /forgive yourself/ })).toBeVisible();
  await expect(path).toHaveCount(0);

  await card(page).getByRole('link', { name: 'Add the rest in the check-in screen' }).click();
  await expect(page.getByRole('radio', { name: 'My trust was broken' })).toBeChecked();
  await expect(page.getByRole('slider', { name: /anger/ })).toHaveValue('0');
  const trust = page.getByRole('slider', { name: /trust your partner/ });
  await expect(trust).toHaveAttribute('aria-valuetext', 'Not answered yet');
  // An open question is answered with the mouse too, where it is clicked (no thumb waits at 5).
  const box = await trust.boundingBox();
  if (box === null) throw new Error('the slider is not on screen');
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect(trust).toHaveValue(/^(8|9|10)$/);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Updated your check-in for today.' }),
  ).toBeVisible();
  expect(await stored(mend, 'was-hurt')).toMatchObject({ anger: 0, trust: expect.any(Number) });
});
