import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { copiesOf, flipBit, sha256File } from '../harness/files';
import { launchMend, type MendSession } from '../harness/launchMend';
import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'unlocked' } });

/** A journal with one note in a backup and one written after it; then locked. */
async function noteBackupNoteLock(mend: MendSession): Promise<void> {
  const app = mend.mend;
  app.vault
    .db()
    .exec("CREATE TABLE notes (body TEXT) STRICT; INSERT INTO notes VALUES ('kept in the backup')");
  const made = await app.dispatch('backup.now', undefined, trustedSender);
  expect(made.ok).toBe(true);
  app.vault.db().exec("INSERT INTO notes VALUES ('written after the backup')");
  await app.vault.lock('manual');
  await expect(mend.page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
}

const notes = (mend: MendSession) => mend.mend.vault.db().prepare('SELECT body FROM notes').pluck().all();

test('a damaged journal: the recovery screen, the file copied aside untouched, then a restore', async ({
  mend,
}) => {
  const { page } = mend;
  await noteBackupNoteLock(mend);
  const { database, quarantine, replaced } = mend.mend.vault.paths;
  await flipBit(database, (await stat(database)).size - 2000, 5);
  const damagedDigest = await sha256File(database);

  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Mend needs your help' })).toBeVisible();
  await expect(page.getByText('Mend could not read your journal file.')).toBeVisible();
  await expect(page.getByText(quarantine)).toBeVisible();
  const copies = await copiesOf(quarantine, 'journal.mend.db');
  expect(copies).toHaveLength(1);
  expect(await sha256File(copies[0] ?? '')).toBe(damagedDigest);
  expect(await sha256File(database)).toBe(damagedDigest);

  const restore = page.getByRole('region', { name: 'Restore from a backup' });
  await expect(restore.getByRole('radio')).toHaveCount(1);
  await expect(restore.getByRole('radio')).toBeChecked();
  await restore.getByLabel('Passphrase').fill('not my passphrase');
  await restore.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(restore.getByRole('alert')).toHaveText('That passphrase did not open it.');
  await restore.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await restore.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  expect(notes(mend)).toEqual(['kept in the backup']);
  // The damaged journal it replaced is kept too.
  const kept = await copiesOf(replaced, 'journal.mend.db');
  expect(await sha256File(kept[0] ?? '')).toBe(damagedDigest);
});

test('a journal emptied to zero bytes is reported before any passphrase is asked', async ({ mend }) => {
  const { page } = mend;
  await mend.mend.vault.lock('manual');
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  await writeFile(mend.mend.vault.paths.database, '');
  await mend.reload();
  await expect(page.getByRole('heading', { name: 'Mend needs your help' })).toBeVisible();
  await expect(page.getByText('There are no backups to restore from yet.')).toBeVisible();
  expect(await copiesOf(mend.mend.vault.paths.quarantine, 'journal.mend.db')).toHaveLength(1);
});

test('a damaged key file: opened with the recovery key from the copy beside a backup', async ({ mend }) => {
  const { page } = mend;
  await noteBackupNoteLock(mend);
  await writeFile(mend.mend.vault.paths.keyFile, '{"format": "mend-key", "versi');
  await mend.reload();
  await expect(page.getByText('Mend could not read the key file that unlocks your journal.')).toBeVisible();
  const repair = page.getByRole('region', { name: 'Open with your passphrase or recovery key' });
  await repair.getByRole('button', { name: /use my recovery key/ }).click();
  await repair.getByLabel('Recovery key').fill(mend.recoveryKey ?? '');
  await repair.getByRole('button', { name: 'Open my journal' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
  // The live journal, with what was written after the backup.
  expect(notes(mend)).toEqual(['kept in the backup', 'written after the backup']);
  expect(await copiesOf(mend.mend.vault.paths.quarantine, 'journal.mend.key')).toHaveLength(1);
});

test('a key file from another journal: named as such before any passphrase, then repaired from a backup copy', async ({
  mend,
}) => {
  const { page } = mend;
  await noteBackupNoteLock(mend);
  const otherDir = await makeTempDir('mend-e2e-other-');
  try {
    const other = await createTestMend(otherDir.path);
    await setUpVault(other);
    const otherKey = other.vault.paths.keyFile;
    await other.dispose();
    await writeFile(mend.mend.vault.paths.keyFile, await readFile(otherKey));
  } finally {
    await otherDir.remove();
  }
  await mend.reload();
  await expect(page.getByText('The key file in Mend’s folder belongs to another journal')).toBeVisible();
  const repair = page.getByRole('region', { name: 'Open with your passphrase or recovery key' });
  await repair.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await repair.getByRole('button', { name: 'Open my journal' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  // The live journal, with what was written after the backup: nothing was hidden.
  expect(notes(mend)).toEqual(['kept in the backup', 'written after the backup']);
});

test.describe('a restart over damaged settings', () => {
  test.use({ mendOptions: {} });

  test('said plainly, copied aside, and the standard settings used', async () => {
    const dir = await makeTempDir('mend-e2e-settings-');
    try {
      const first = await createTestMend(dir.path);
      await setUpVault(first);
      await first.dispatch('settings.update', { autoLockMinutes: 30 }, trustedSender);
      const settingsFile = join(first.vault.paths.dir, 'settings.json');
      await first.dispose();
      await writeFile(settingsFile, '{ "autoLockMinutes": ');

      const mend = await launchMend({ dataDir: dir.path });
      try {
        const { page } = mend;
        await expect(
          page.getByText('Mend could not read its settings file. Your journal is not affected.'),
        ).toBeVisible();
        expect(await copiesOf(mend.mend.vault.paths.quarantine, 'settings.json')).toHaveLength(1);
        await page.getByRole('button', { name: 'Use the standard settings' }).click();
        await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
        expect(JSON.parse(await readFile(settingsFile, 'utf8'))).toMatchObject({
          autoLockMinutes: 5,
        });
        expect(mend.offOriginRequests()).toEqual([]);
      } finally {
        await mend.close();
      }
    } finally {
      await dir.remove();
    }
  });
});
