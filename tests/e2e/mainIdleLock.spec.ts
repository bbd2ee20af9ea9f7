import { MAIN_LOCK_MARGIN_MS } from '../../src/main/lifecycle/idleLock';
import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { createFakeTimers } from '../harness/fakeTimers';
import { expect, test } from './fixtures';

const clock = createFakeTimers();

test.use({ mendOptions: { vault: 'unlocked', overrides: { timers: clock } } });

test('a window that stops reporting is locked by main, and its unsaved words are saved after the unlock', async ({
  mend,
}) => {
  const { page } = mend;
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Entry', exact: true });
  await body.click();
  // The window's own timers stand still (a hung page): no autosave, no idle lock, no reports.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.type('Words typed just before the window froze');

  // Main has heard nothing for the auto-lock period: it locks by itself.
  clock.advance(5 * 60_000 + MAIN_LOCK_MARGIN_MS);
  await mend.mend.dispatch('vault.status', undefined, trustedSender);
  expect(mend.mend.vault.isUnlocked()).toBe(false);
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  await expect(body).toBeHidden();
  await page.clock.resume();

  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(body).toBeVisible();
  await expect(body).toHaveValue('Words typed just before the window froze');
  const listed = await mend.mend.dispatch('journal.list', {}, trustedSender);
  expect(JSON.stringify(listed)).toContain('Words typed just before the window froze');
});
