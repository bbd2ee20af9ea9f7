import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Mend } from '../../src/main/createMend';
import type { Channel } from '../../src/shared/ipc/channels';
import { createTestMend, makeTempDir, TEST_PASSPHRASE, setUpVault, trustedSender } from '../harness/core';
import { givenSaveTarget, recordingRevealer } from '../harness/testSaveTarget';
import { expect, test } from './fixtures';

// A journal "on the other computer", made through the dispatcher: one entry, saved both as
// a JSON export and as an encrypted .mend file for the screens below to bring in.
const noPrinter = { print: () => Promise.reject(new Error('no printing here')) };
const saveTarget = givenSaveTarget();
const ports = { printer: noPrinter, saveTarget, revealer: recordingRevealer() };
let folder: Awaited<ReturnType<typeof makeTempDir>>;
let jsonFile = '';
let mendFile = '';

async function ok(mend: Mend, channel: Channel, input?: unknown): Promise<void> {
  const result = await mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
}

test.beforeAll(async () => {
  folder = await makeTempDir('mend-e2e-transfer-');
  jsonFile = join(folder.path, 'other computer.json');
  mendFile = join(folder.path, 'other computer.mend');
  const source = await createTestMend(join(folder.path, 'source'), { exportPorts: ports });
  try {
    await setUpVault(source);
    await ok(source, 'journal.create', {
      date: '2026-02-03',
      title: 'CarriedAcross',
      body: 'From the old laptop.',
    });
    saveTarget.file = jsonFile;
    await ok(source, 'export.json');
    saveTarget.file = mendFile;
    await ok(source, 'transfer.backupFile');
  } finally {
    await source.dispose();
  }
});
test.afterAll(async () => {
  await folder.remove();
});

test.describe('on a computer with no journal yet', () => {
  test.use({ mendOptions: { vault: 'none', overrides: { exportPorts: ports } } });

  test('the welcome screen restores a .mend file, which then opens with the passphrase', async ({ mend }) => {
    const { page } = mend;
    await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
    saveTarget.openFile = mendFile;
    await page.getByRole('button', { name: 'Restore from a Mend backup file' }).click();
    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByText('CarriedAcross').first()).toBeVisible();
  });
});

test.describe('on the export screen', () => {
  test.use({ mendOptions: { vault: 'unlocked', overrides: { exportPorts: ports } } });

  test('imports a JSON export into the empty journal once, and saves an encrypted backup file', async ({
    mend,
  }) => {
    const { page } = mend;
    await page.getByRole('link', { name: 'Export' }).click();
    saveTarget.openFile = jsonFile;
    await page.getByRole('button', { name: 'Import JSON file…' }).click();
    await expect(page.getByText('Imported other computer.json. Added 1 journal entry.')).toBeVisible();
    await page.getByRole('button', { name: 'Import JSON file…' }).click();
    await expect(page.getByRole('alert')).toContainText('already holds writing');

    const target = join(folder.path, 'moving.mend');
    saveTarget.file = target;
    await page.getByRole('button', { name: 'Save encrypted backup file…' }).click();
    await expect(page.getByText('Saved moving.mend.')).toBeVisible();
    expect(existsSync(target)).toBe(true);

    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByText('CarriedAcross').first()).toBeVisible();
  });
});
