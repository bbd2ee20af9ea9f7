import { createFakePower } from '../harness/fakes';
import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { expect, test } from './fixtures';
import { ALL_NO_SAFETY_ANSWERS } from '../harness/safetyAnswers';

const power = createFakePower();

test.use({ mendOptions: { vault: 'unlocked', overrides: { power } } });

test('a suspend while typing saves the last words before the journal locks', async ({ mend }) => {
  const { page } = mend;
  const call = (channel: string, input?: unknown) => mend.mend.dispatch(channel, input, trustedSender);
  await call('program.chooseTracks', { tracks: ['broke-trust'] });
  await call('program.answerSafetyCheck', { answers: ALL_NO_SAFETY_ANSWERS });
  await page.goto(`${new URL(page.url()).origin}/index.html#/program/step/bt-1-honesty`);
  const note = page.locator('[data-prompt="bt-1-honesty.p1"] textarea');
  await note.click();
  await page.keyboard.type('I am ready to say all of it, tonight');
  // The computer suspends before the note's autosave delay has passed.
  power.emit('suspend');
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  expect(mend.mend.vault.isUnlocked()).toBe(false);

  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(note).toHaveValue('I am ready to say all of it, tonight');
});
