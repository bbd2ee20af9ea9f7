import { trustedSender } from '../harness/core';
import type { MendSession } from '../harness/launchMend';
import { CHECKINS, writeJournal } from '../harness/writtenJournal';
import { expect, test } from './fixtures';

/** Issue 15, "Home is a brochure": Home is today, and everything on it leads somewhere. */
test.use({ mendOptions: { vault: 'unlocked' } });

async function ok(session: MendSession, channel: string, input?: unknown): Promise<unknown> {
  const result = await session.mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
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
  const safety = (await ok(mend, 'program.safety')) as { safetyCheck: { questions: { id: string }[] } };
  await ok(mend, 'program.answerSafetyCheck', {
    answers: Object.fromEntries(safety.safetyCheck.questions.map((q) => [q.id, 'no'])),
  });
  await ok(mend, 'program.openStep', { stepId: 'bt-3-asking-forgiveness' });
  await mend.reload();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  // bt-1 is done; every other step has words in its exercise, so it is in progress.
  await expect(main.locator('[data-track="broke-trust"]')).toContainText('1 of 7 steps done, 6 in progress');
  await expect(main.locator('[data-track="was-hurt"]')).toContainText('0 of 4 steps done, 4 in progress');
  await expect(main.locator('[data-track="broke-trust"] progress')).toHaveJSProperty('value', 4);
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
