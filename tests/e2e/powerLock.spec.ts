import { createFakePower } from '../harness/fakes';
import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { expect, test } from './fixtures';
import { startProgram } from '../harness/safetyAnswers';

const power = createFakePower();

test.use({ mendOptions: { vault: 'unlocked', overrides: { power } } });

test('a suspend while typing: main locks at once, and the window saves the last words after the unlock', async ({
  mend,
}) => {
  const { page } = mend;
  const call = (channel: string, input?: unknown) => mend.mend.dispatch(channel, input, trustedSender);
  await startProgram(mend.mend, ['broke-trust']);
  await page.goto(`${new URL(page.url()).origin}/index.html#/program/step/bt-1-honesty`);
  const note = page.locator('[data-prompt="bt-1-honesty.p1"] textarea');
  await note.click();
  // The autosave waits for a pause; hold it off so the words are still unsaved at suspend.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.type('I am ready to say all of it, tonight');
  // The computer suspends: main locks first, without asking or waiting for the window.
  power.emit('suspend');
  await call('vault.status');
  expect(mend.mend.vault.isUnlocked()).toBe(false);
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  // The held editor is hidden and inert behind the lock screen, its words not yet saved.
  await expect(note).toBeHidden();
  await page.clock.resume();

  // After the wake, the person unlocks: the window saves its own copy of the words, then reloads.
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(note).toBeVisible();
  await expect(note).toHaveValue('I am ready to say all of it, tonight');
  expect(mend.mend.vault.isUnlocked()).toBe(true);
  const stored = await call('program.notes', { stepId: 'bt-1-honesty' });
  expect(JSON.stringify(stored)).toContain('I am ready to say all of it, tonight');
});

test('a suspend with nothing unsaved reloads straight to the lock screen', async ({ mend }) => {
  const { page } = mend;
  await expect(page.getByRole('link', { name: 'Journal' })).toBeVisible();
  power.emit('suspend');
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  expect(mend.mend.vault.isUnlocked()).toBe(false);
  await expect(page.locator('.held-shell')).toHaveCount(0);
});
