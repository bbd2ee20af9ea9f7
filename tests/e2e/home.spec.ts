import { trustedSender } from '../harness/core';
import type { MendSession } from '../harness/launchMend';
import { CHECKINS, writeJournal } from '../harness/writtenJournal';
import { ALL_NO_SAFETY_ANSWERS, startProgram } from '../harness/safetyAnswers';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sidewaysOverflow } from '../harness/pageSteps';

/** Issue 15, "Home is a brochure": Home is today, and everything on it leads somewhere. */
test.use({ mendOptions: { vault: 'unlocked' } });

async function ok(session: MendSession, channel: string, input?: unknown): Promise<unknown> {
  const result = await session.mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

/** The bar's done and in-progress parts, in whole percent of the bar's drawn width. */
async function partShares(bar: Locator): Promise<{ done: number; begun: number }> {
  return bar.evaluate((element) => {
    const whole = element.getBoundingClientRect().width;
    const share = (selector: string) => {
      const part = element.querySelector(selector);
      return part === null ? -1 : Math.round((part.getBoundingClientRect().width / whole) * 100);
    };
    return { done: share('.step-progress-done'), begun: share('.step-progress-begun') };
  });
}

test('a new journal: Home offers the check-in, a way into the program and the journal, no brochure', async ({
  mend,
}) => {
  const { page } = mend;
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  // Today's date, in words.
  const { today } = (await ok(mend, 'tracker.summary')) as { today: string };
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${today}T00:00:00Z`),
  );
  await expect(main.getByText(weekday)).toBeVisible();
  // Today's check-in is one question away; with no path chosen yet, Home asks which one first.
  const checkin = main.getByTestId('home-checkin');
  await expect(checkin.getByRole('group', { name: 'Which path is this for?' })).toBeVisible();
  await expect(
    checkin.getByRole('link', { name: 'Answer every question in the check-in screen' }),
  ).toHaveAttribute('href', '#/checkin');
  await expect(main.getByRole('heading', { name: 'Where to begin' })).toBeVisible();
  await expect(main.getByText('Nothing written yet.', { exact: false })).toBeVisible();
  // The brochure is gone: no app name as a heading, no track cards that do nothing, no version.
  await expect(main.getByRole('heading', { name: 'Mend', exact: true })).toHaveCount(0);
  await expect(main.getByRole('heading', { name: 'I broke trust' })).toHaveCount(0);
  await expect(main.getByText(/Version \d/)).toHaveCount(0);
  // Every card's heading sits over something that acts.
  for (const card of await main.locator('.home-card').all()) {
    expect(await card.locator('a, button').count()).toBeGreaterThan(0);
  }
  // One check-in shows which side the person is on: Home does not then ask the other path's question.
  await checkin.getByRole('radio', { name: 'My trust was broken' }).check();
  await checkin.getByRole('radio', { name: '7', exact: true }).check();
  await checkin.getByRole('button', { name: 'Check in' }).click();
  await expect(checkin.getByTestId('home-checked-in')).toHaveText('Checked in today.');
  await expect(checkin.getByRole('group')).toHaveCount(0);
  await main.getByRole('link', { name: 'Write a new entry' }).click();
  await expect(page).toHaveURL(/#\/journal\/new$/);
  await expect(page.getByLabel('Title')).toBeVisible();
});

test('with work under way: continue on the current step, progress counting steps in progress, the last entries', async ({
  mend,
}) => {
  const { page } = mend;
  await writeJournal(mend.mend);
  await ok(mend, 'program.answerSafetyCheck', { answers: ALL_NO_SAFETY_ANSWERS });
  await ok(mend, 'program.openStep', { stepId: 'bt-3-asking-forgiveness' });
  await mend.reload();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  // bt-1 is done; every other step has words in its exercise, so it is in progress.
  await expect(main.locator('[data-track="broke-trust"]')).toContainText('1 of 7 steps done, 6 in progress');
  await expect(main.locator('[data-track="was-hurt"]')).toContainText('0 of 4 steps done, 4 in progress');
  // Review item 10: the bar draws what the words say: the solid part is the one step done
  // (one seventh of the bar, not more), the striped part the six in progress.
  const bar = main.locator('[data-track="broke-trust"]').getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuenow', '1');
  await expect(bar).toHaveAttribute('aria-valuemax', '7');
  await expect(bar).toHaveAttribute('aria-valuetext', '1 of 7 steps done, 6 in progress');
  expect(await partShares(bar)).toEqual({ done: 14, begun: 86 });
  const hurtBar = main.locator('[data-track="was-hurt"]').getByRole('progressbar');
  expect(await partShares(hurtBar)).toEqual({ done: 0, begun: 100 });
  // The three newest entries, newest first, with their day in words.
  const entries = main.getByRole('list', { name: 'Latest entries' }).getByRole('link');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('MarchBodyUntitled');
  // In the person's locale (through Intl): "Mar 20, 2026" or "20 Mar 2026".
  await expect(entries.nth(0)).toContainText(/Mar 20, 2026|20 Mar 2026/);
  await expect(entries.nth(1)).toContainText('FebruaryEntry');

  // Today's check-in done: Home says so instead of asking.
  const { today } = (await ok(mend, 'tracker.summary')) as { today: string };
  // One check-in for each chosen path (CHECKINS holds broke-trust first, was-hurt last).
  await ok(mend, 'tracker.save', { ...CHECKINS[0], date: today });
  await ok(mend, 'tracker.save', { ...CHECKINS[2], date: today });
  await mend.reload();
  await expect(main.getByTestId('home-checked-in')).toHaveText('Checked in today.');
  await expect(main.getByRole('button', { name: 'Check in' })).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'See your check-in and the trend' })).toBeVisible();

  await main.getByRole('link', { name: /Step 3:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /forgiveness/i })).toBeVisible();
});

test('nothing begun yet: Home offers to start with step 1, not to continue; the first words change that', async ({
  mend,
}) => {
  // Review item 11: "Continue where you left off" to someone who has done nothing reads as a
  // record of work they never did.
  const { page } = mend;
  await startProgram(mend.mend, ['was-hurt']);
  // Opening step 1 and reading it is not yet starting it.
  await ok(mend, 'program.openStep', { stepId: 'wh-1-letting-go-of-anger' });
  await mend.reload();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Where to start' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Continue where you left off' })).toHaveCount(0);
  const start = main.getByRole('link', { name: /^Start with step 1: / });
  await expect(start).toHaveAttribute('href', '#/program/step/wh-1-letting-go-of-anger');
  await expect(main.locator('[data-track="was-hurt"]')).toContainText('0 of 4 steps done');
  await expect(main.locator('[data-track="was-hurt"]')).not.toContainText('in progress');
  const bar = main.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  expect(await partShares(bar)).toEqual({ done: 0, begun: 0 });

  // The first note puts step 1 in progress: now Home says "continue".
  await ok(mend, 'program.saveNote', { promptId: 'wh-1-letting-go-of-anger.p1', text: 'AngerNoteWord' });
  await mend.reload();
  await expect(main.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  await expect(main.getByRole('link', { name: /^Step 1: / })).toBeVisible();
  await expect(main.getByRole('link', { name: /^Start with/ })).toHaveCount(0);
  expect(await partShares(bar)).toEqual({ done: 0, begun: 25 });
  await main.getByRole('link', { name: 'See all steps' }).click();
  // The overview's bar agrees with Home's.
  const overviewBar = page.locator('[data-track="was-hurt"]').getByRole('progressbar');
  await expect(overviewBar).toHaveAttribute('aria-valuetext', '0 of 4 steps done, 1 in progress');
  expect(await partShares(overviewBar)).toEqual({ done: 0, begun: 25 });
});

test('the 0-10 scale on Home at 700x600 and 1280x800: one row of usable targets, each number clear of its border', async ({
  mend,
}) => {
  // Review item 15: at 700 px the buttons were about 20 px wide and "10" touched its border.
  const { page } = mend;
  await ok(mend, 'program.chooseTracks', { tracks: ['broke-trust'] });
  for (const viewport of [
    { width: 700, height: 600 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await mend.reload();
    await checkScale(page);
  }
});

async function checkScale(page: Page): Promise<void> {
  const scale = page.getByTestId('home-checkin').locator('.quick-scale .segment span');
  await expect(scale).toHaveCount(11);
  const boxes = await scale.evaluateAll((spans) =>
    spans.map((span) => {
      const box = span.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(span);
      const text = range.getBoundingClientRect();
      return {
        label: span.textContent,
        width: box.width,
        height: box.height,
        inset: Math.min(text.left - box.left, box.right - text.right),
        top: box.top,
      };
    }),
  );
  for (const box of boxes) {
    expect(box.width, `button ${box.label}`).toBeGreaterThanOrEqual(24);
    expect(box.height, `button ${box.label}`).toBeGreaterThanOrEqual(24);
    expect(box.inset, `space around ${box.label}`).toBeGreaterThanOrEqual(4);
  }
  // One row, so the scale reads as a scale.
  expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
  // Nothing overflows the window sideways.
  expect(
    await sidewaysOverflow(page),
  ).toBe(0);
}
