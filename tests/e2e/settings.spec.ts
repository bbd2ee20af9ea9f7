import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { auditScreen, describeFindings } from '../harness/axeGate';
import { createFakeKeychain } from '../harness/fakes';
import { offsetFromWords } from '../harness/formControls';
import { typeBackRecoveryKey } from '../harness/journeySteps';
import { expect, test } from './fixtures';

const NEW_PASSPHRASE = 'lanterns over the harbour';
const DAY = 86_400_000;

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
}

test.describe('settings', () => {
  test.use({ mendOptions: { vault: 'unlocked' } });

  test('change the passphrase: the current one is checked, the new one unlocks', async ({ mend }) => {
    const { page } = mend;
    await openSettings(page);
    const section = page.getByRole('region', { name: 'Passphrase' });
    await section.getByLabel('Current passphrase').fill('not the current one');
    await section.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await section.getByLabel('Type the new one again').fill(NEW_PASSPHRASE);
    await section.getByRole('button', { name: 'Change my passphrase' }).click();
    await expect(section.getByRole('alert')).toHaveText('Your current passphrase is not right.');
    await section.getByLabel('Current passphrase').fill(TEST_PASSPHRASE);
    await section.getByRole('button', { name: 'Change my passphrase' }).click();
    await expect(section.getByRole('status')).toHaveText(
      'Your passphrase is changed. Use the new one from now on.',
    );

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
    await unlock(page, NEW_PASSPHRASE);
  });

  test('the passphrase section: the requirement in plain words before typing, one checkbox style', async ({
    mend,
  }) => {
    const { page } = mend;
    await openSettings(page);
    const section = page.getByRole('region', { name: 'Passphrase' });
    const strength = section.locator('.strength');
    await expect(strength).toHaveText(
      'At least 8 characters that others could not guess: a few unrelated words work well.',
    );
    await expect(section.getByText('Empty.')).toHaveCount(0);
    await expect(section.getByRole('alert')).toHaveCount(0);
    await section.getByLabel('New passphrase', { exact: true }).fill('short');
    await expect(strength).toContainText('Too short.');

    // "Also give my journal a new key" and "Show what I type": the same box, the same words, centred.
    const newKey = section.getByRole('checkbox', { name: 'Also give my journal a new key' });
    const show = section.getByRole('checkbox', { name: 'Show what I type' });
    await expect(newKey).toBeVisible();
    await expect(show).toBeVisible();
    const [keyBox, showBox] = [await newKey.boundingBox(), await show.boundingBox()];
    expect(keyBox && showBox && [keyBox.width, keyBox.height, keyBox.x]).toEqual(
      showBox && [showBox.width, showBox.height, showBox.x],
    );
    const look = (box: typeof newKey) =>
      box.evaluate((input) => {
        const label = getComputedStyle(input.closest('label') ?? input);
        return [label.fontWeight, label.fontSize, label.columnGap];
      });
    expect(await look(newKey)).toEqual(await look(show));
    for (const box of [newKey, show]) expect(await offsetFromWords(box)).toBeLessThanOrEqual(1);
  });

  test('a new recovery key needs the passphrase, is typed back, and replaces the old one', async ({
    mend,
  }) => {
    const { page } = mend;
    const oldKey = mend.recoveryKey ?? '';
    await openSettings(page);
    const section = page.getByRole('region', { name: 'Recovery key' });
    await section.getByLabel('Your passphrase').fill('wrong passphrase here');
    await section.getByRole('button', { name: 'Make a new recovery key' }).click();
    await expect(section.getByRole('alert')).toHaveText('Your passphrase is not right.');
    await section.getByLabel('Your passphrase').fill(TEST_PASSPHRASE);
    await section.getByRole('button', { name: 'Make a new recovery key' }).click();
    await expect(section.getByTestId('recovery-key')).toBeVisible();
    const groups = await section.getByTestId('recovery-key').locator('.group').allTextContents();
    expect(groups).toHaveLength(8);
    await section.getByRole('button', { name: 'I have written it down' }).click();
    await typeBackRecoveryKey(section, groups);
    await section.getByRole('button', { name: 'Finish' }).click();
    await expect(section.getByRole('status')).toHaveText(
      'Your new recovery key is ready. The old one no longer opens Mend.',
    );

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: /use my recovery key/ }).click();
    await page.getByLabel('Recovery key').fill(oldKey);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That recovery key is not right.');
    await page.getByLabel('Recovery key').fill(groups.join('-'));
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
  });

  test('the auto-lock choice is saved and shown again after a reload', async ({ mend }) => {
    const { page } = mend;
    await openSettings(page);
    const choice = page.getByLabel('Lock Mend when I have not used it for');
    await expect(choice).toHaveValue('5');
    expect(await choice.locator('option').allTextContents()).toEqual([
      '1 minute',
      '5 minutes',
      '15 minutes',
      '30 minutes',
      '1 hour',
      'Never',
    ]);
    // This Chromium runs on Linux, which has no screen-lock event: no promise of one.
    const promise = page.getByRole('region', { name: 'Locking' }).getByText(/Mend also locks when your computer sleeps/);
    await expect(promise).toHaveText(
      process.platform === 'linux'
        ? 'Mend also locks when your computer sleeps. On Linux it cannot tell when the screen locks, so a short auto-lock time matters more.'
        : 'Mend also locks when your computer sleeps or its screen locks.',
    );
    await choice.selectOption({ label: '15 minutes' });
    await expect(page.getByRole('region', { name: 'Locking' }).getByRole('status')).toHaveText('Saved.');
    expect(JSON.parse(await readFile(join(mend.mend.vault.paths.dir, 'settings.json'), 'utf8'))).toMatchObject({
      autoLockMinutes: 15,
    });
    await mend.reload();
    await expect(page.getByLabel('Lock Mend when I have not used it for')).toHaveValue('15');
  });

  test('backups: where they are, back up now, the last time, and a restore', async ({ mend }) => {
    const { page } = mend;
    mend.mend.vault.db().exec("CREATE TABLE notes (body TEXT) STRICT; INSERT INTO notes VALUES ('before')");
    await openSettings(page);
    const section = page.getByRole('region', { name: 'Backups' });
    await expect(section.getByText(mend.mend.vault.paths.backups)).toBeVisible();
    await expect(section.getByTestId('last-backup')).toHaveText('No backup yet.');
    await section.getByRole('button', { name: 'Back up now' }).click();
    await expect(section.getByRole('status')).toHaveText('Backup made.');
    await expect(section.getByTestId('last-backup')).not.toHaveText('No backup yet.');

    mend.mend.vault.db().exec("INSERT INTO notes VALUES ('after')");
    await section.getByRole('button', { name: 'Restore from a backup…' }).click();
    await section.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    // The page reloads into the restored journal, on the same screen.
    const reloaded = page.waitForEvent('load');
    await section.getByRole('button', { name: 'Restore this backup' }).click();
    await reloaded;
    await expect(section.getByRole('button', { name: 'Back up now' })).toBeVisible();
    expect(mend.mend.vault.db().prepare('SELECT body FROM notes').pluck().all()).toEqual(['before']);
  });
});

test.describe('backup reminder', () => {
  let clock = Date.UTC(2026, 2, 2, 10, 0, 0);
  test.use({ mendOptions: { vault: 'unlocked', overrides: { now: () => clock } } });

  test('a gentle reminder appears when the newest backup is more than a week old', async ({ mend }) => {
    const { page } = mend;
    expect((await mend.mend.dispatch('backup.now', undefined, trustedSender)).ok).toBe(true);
    await mend.reload();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
    await expect(page.getByText('Your newest backup is more than a week old.')).toHaveCount(0);
    clock += 8 * DAY;
    await mend.reload();
    await expect(page.getByText('Your newest backup is more than a week old.')).toBeVisible();
    await page.getByRole('link', { name: 'See backups' }).click();
    const section = page.getByRole('region', { name: 'Backups' });
    await expect(
      section.getByText('Your newest backup is more than a week old. You can make one now.'),
    ).toBeVisible();
  });
});

test.describe('remember on this computer', () => {
  const keychain = createFakeKeychain();
  test.use({ mendOptions: { vault: 'unlocked', overrides: { keychain } } });

  test('turned on with the passphrase; the lock screen then offers it, and falls back when it fails', async ({
    mend,
  }) => {
    const { page } = mend;
    keychain.broken = false;
    await openSettings(page);
    const locking = page.getByRole('region', { name: 'Locking' });
    await locking.getByLabel('Your passphrase, to confirm').fill(TEST_PASSPHRASE);
    await locking.getByRole('button', { name: 'Remember on this computer' }).click();
    await expect(locking.getByText('Mend is remembered on this computer.')).toBeVisible();

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: 'Open with this computer’s keychain' }).click();
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    keychain.broken = true;
    await page.getByRole('button', { name: 'Open with this computer’s keychain' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'This computer could not open Mend this time. Please use your passphrase.',
    );
    await expect(page.getByRole('button', { name: 'Open with this computer’s keychain' })).toHaveCount(0);
    await unlock(page, TEST_PASSPHRASE);
  });
});

test.describe('no protecting keychain', () => {
  const keychain = createFakeKeychain();
  keychain.protected = false;
  test.use({ mendOptions: { vault: 'unlocked', overrides: { keychain } } });

  test('"remember on this computer" is not offered', async ({ mend }) => {
    await openSettings(mend.page);
    await expect(mend.page.getByRole('region', { name: 'Locking' })).toBeVisible();
    await expect(mend.page.getByText('Remember on this computer')).toHaveCount(0);
  });
});

test.describe('a new key for the journal', () => {
  let clock = Date.UTC(2026, 10, 20, 21, 0, 0);
  test.use({ mendOptions: { vault: 'unlocked', overrides: { now: () => clock } } });
  // Two accessibility audits (light and dark, two sizes each) on a shared, busy machine.
  test.setTimeout(240_000);

  test('changing the passphrase with a new key: the new recovery key is typed back, the old passphrase stops opening, old backups can be deleted', async ({
    mend,
  }) => {
    const { page } = mend;
    mend.mend.vault.db().exec("CREATE TABLE notes (body TEXT) STRICT; INSERT INTO notes VALUES ('kept through the change')");
    expect((await mend.mend.dispatch('backup.now', undefined, trustedSender)).ok).toBe(true);
    clock += DAY;
    await openSettings(page);
    const section = page.getByRole('region', { name: 'Passphrase' });
    await section.getByLabel('Current passphrase').fill(TEST_PASSPHRASE);
    await section.getByLabel('Also give my journal a new key').check();
    await section.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await section.getByLabel('Type the new one again').fill(NEW_PASSPHRASE);
    await section.getByRole('button', { name: 'Change my passphrase and key' }).click();

    await expect(section.getByTestId('recovery-key')).toBeVisible();
    const groups = await section.getByTestId('recovery-key').locator('.group').allTextContents();
    await page.screenshot({ path: test.info().outputPath('rotation-key.png'), fullPage: true });
    const keyFindings = await auditScreen(page, 'settings-new-key-shown');
    expect(keyFindings, describeFindings(keyFindings)).toEqual([]);
    await section.getByRole('button', { name: 'I have written it down' }).click();
    await typeBackRecoveryKey(section, groups);
    await section.getByRole('button', { name: 'Finish' }).click();
    await expect(section.getByRole('status').first()).toContainText('Your journal has a new key');
    const old = section.getByTestId('old-backups');
    await expect(old).toContainText('One backup was made with the old key.');
    await page.screenshot({ path: test.info().outputPath('rotation-done.png'), fullPage: true });
    // The accessibility gate over the screen as it is now: the notice, the new key's result.
    const findings = await auditScreen(page, 'settings-after-new-key');
    expect(findings, describeFindings(findings)).toEqual([]);
    await old.getByRole('button', { name: 'Delete the old backup' }).click();
    await expect(section.getByText('The old backups are deleted.')).toBeVisible();
    const left = await mend.mend.dispatch('backup.list', undefined, trustedSender);
    expect((left as { value: { backups: { underOldKey: boolean }[] } }).value.backups).toEqual([
      expect.objectContaining({ underOldKey: false }),
    ]);

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
    await unlock(page, NEW_PASSPHRASE);
    expect(mend.mend.vault.db().prepare('SELECT body FROM notes').pluck().all()).toEqual(['kept through the change']);
  });
});
