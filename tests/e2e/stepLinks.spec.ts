import { trustedSender } from '../harness/core';
import type { MendSession } from '../harness/launchMend';
import { expect, test } from './fixtures';
import { goTo } from '../harness/pageSteps';

/**
 * Issue 15, "internal ids leak" and "progress never moves by itself": an entry is linked to
 * a step picked by its title, each step lists its entries and offers "Write about this step",
 * and a step's status moves to "In progress" on screen once words are saved in it.
 */
test.use({ mendOptions: { vault: 'unlocked' } });

async function ok(session: MendSession, channel: string, input?: unknown): Promise<unknown> {
  const result = await session.mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

async function onePath(session: MendSession): Promise<void> {
  await ok(session, 'program.chooseTracks', { tracks: ['broke-trust'] });
  const safety = (await ok(session, 'program.safety')) as { safetyCheck: { questions: { id: string }[] } };
  await ok(session, 'program.answerSafetyCheck', {
    answers: Object.fromEntries(safety.safetyCheck.questions.map((q) => [q.id, 'no'])),
  });
}

test('write about a step from its page: the entry is linked by title, listed on the step, and found by the filter', async ({
  mend,
}) => {
  const { page } = mend;
  await onePath(mend);
  await goTo(mend.page, 'program/step/bt-2-reaction');
  const about = page.getByRole('region', { name: 'Your journal about this step' });
  await expect(about.getByText('No journal entries are linked to this step yet.')).toBeVisible();
  await about.getByRole('link', { name: 'Write about this step' }).click();

  const picker = page.getByLabel('Linked step (optional)');
  await expect(picker).toBeVisible();
  // Titles, not ids; only the chosen path's steps; "No step" allowed.
  await expect(picker.locator('option:checked')).toHaveText(/^Step 2: /);
  const options = await picker.locator('option').allTextContents();
  expect(options[0]).toBe('No step');
  expect(options.slice(1).every((text) => /^Step \d: /.test(text))).toBe(true);
  expect(options).toHaveLength(8);
  expect(await picker.locator('optgroup').getAttribute('label')).toBe('I broke trust');

  await page.getByLabel('Title').fill('After the talk');
  await page.getByRole('textbox', { name: 'Entry', exact: true }).fill('It went better.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect
    .poll(async () => mend.mend.journal.all().map((entry) => [entry.title, entry.stepId]))
    .toEqual([['After the talk', 'bt-2-reaction']]);

  // Another step, picked by its title.
  await picker.selectOption({ label: (await picker.locator('option').nth(3).textContent()) ?? '' });
  await expect.poll(async () => mend.mend.journal.all()[0]?.stepId).toBe('bt-3-asking-forgiveness');

  await goTo(mend.page, 'program/step/bt-3-asking-forgiveness');
  await expect(
    page.getByRole('list', { name: 'Entries linked to this step' }).getByRole('link', { name: 'After the talk' }),
  ).toBeVisible();

  await goTo(mend.page, 'journal');
  await page.getByRole('button', { name: 'Filter' }).click();
  const filter = page.getByLabel('Step', { exact: true });
  await expect(filter.locator('option').first()).toHaveText('Any step');
  await filter.selectOption({ label: (await filter.locator('option').nth(2).textContent()) ?? '' });
  await expect(page.getByText('0 entries')).toBeVisible();
  await filter.selectOption({ label: (await filter.locator('option').nth(3).textContent()) ?? '' });
  await expect(page.getByText('1 entry')).toBeVisible();
});

test('a step says "In progress" by itself once its first note is saved; "Done" stays the person’s choice', async ({
  mend,
}) => {
  const { page } = mend;
  await onePath(mend);
  await goTo(mend.page, 'program/step/bt-1-honesty');
  const status = page.getByRole('group', { name: 'Where are you with this step?' });
  await expect(status.getByRole('radio', { name: 'Not started' })).toBeChecked();
  await page.locator('[data-prompt] textarea').first().fill('What I kept from them.');
  await expect(status.getByRole('radio', { name: 'In progress' })).toBeChecked({ timeout: 15_000 });
  await status.getByRole('radio', { name: 'Done' }).check();
  await page.locator('[data-prompt] textarea').first().fill('What I kept from them, and why.');
  await page.getByRole('link', { name: 'All steps' }).click();
  await expect(page.locator('[data-step="bt-1-honesty"]')).toContainText('Done');
});
