import type { MendSession } from '../harness/launchMend';
import { TEST_PASSPHRASE } from '../harness/core';
import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'locked' } });

/** Installs Playwright's fake clock before the app starts, so the idle timer runs on it. */
async function unlockOnFakeClock(mend: MendSession): Promise<string[]> {
  const { page } = mend;
  const reasons: string[] = [];
  mend.mend.bus.connect((name, payload) => {
    if (name === 'vault.locked') reasons.push((payload as { reason: string }).reason);
  });
  await page.clock.install();
  await mend.reload();
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  return reasons;
}

test('locks after 5 idle minutes by default; keyboard and mouse activity keep it open', async ({ mend }) => {
  const { page } = mend;
  const reasons = await unlockOnFakeClock(mend);
  await page.clock.fastForward('04:00');
  await page.mouse.move(200, 150);
  await page.clock.fastForward('04:00');
  await page.keyboard.press('Shift');
  await page.clock.fastForward('04:30');
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  expect(mend.mend.vault.isUnlocked()).toBe(true);

  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  expect(mend.mend.vault.isUnlocked()).toBe(false);
  expect(reasons).toEqual(['idle']);
});

test('the choice in Settings takes effect at once: 1 minute, then never', async ({ mend }) => {
  const { page } = mend;
  await unlockOnFakeClock(mend);
  await page.getByRole('link', { name: 'Settings' }).click();
  const choice = page.getByLabel('Lock Mend when I have not used it for');
  await choice.selectOption({ label: '1 minute' });
  await expect(page.getByRole('region', { name: 'Locking' }).getByRole('status')).toHaveText('Saved.');
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();

  // After unlocking, the stored choice applies again.
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(choice).toHaveValue('1');
  await choice.selectOption({ label: 'Never' });
  await expect(page.getByRole('region', { name: 'Locking' }).getByRole('status')).toHaveText('Saved.');
  await page.clock.fastForward('03:00:00');
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  expect(mend.mend.vault.isUnlocked()).toBe(true);
});
