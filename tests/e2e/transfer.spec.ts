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
    const importButton = page.getByRole('button', { name: 'Import JSON file…' });
    await expect(importButton).toBeEnabled();
    await expect(page.getByText('Not possible here')).toHaveCount(0);
    await importButton.click();
    await expect(page.getByText('Imported other computer.json. Added 1 journal entry.')).toBeVisible();
    // Now the journal holds writing: main would refuse a second import, so the button is off and says why.
    await expect(importButton).toBeDisabled();
    await expect(importButton).toHaveAccessibleDescription(/this journal already holds writing/);
    await expect(page.getByText('Not possible here: this journal already holds writing.')).toBeVisible();

    const target = join(folder.path, 'moving.mend');
    saveTarget.file = target;
    await page.getByRole('button', { name: 'Save encrypted backup file…' }).click();
    await expect(page.getByText('Saved moving.mend.')).toBeVisible();
    expect(existsSync(target)).toBe(true);

    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByText('CarriedAcross').first()).toBeVisible();
  });

  test('on a journal that already holds writing, the import is off with the reason beside it', async ({
    mend,
  }) => {
    const { page } = mend;
    await ok(mend.mend, 'journal.create', {
      date: '2026-02-04',
      title: 'AlreadyHere',
      body: 'Written here.',
    });
    await page.getByRole('link', { name: 'Export' }).click();
    const importButton = page.getByRole('button', { name: 'Import JSON file…' });
    await expect(importButton).toBeDisabled();
    await expect(importButton).toHaveAccessibleDescription(
      /Not possible here: this journal already holds writing/,
    );
    const reason = page.getByText('Not possible here: this journal already holds writing.');
    await expect(reason).toBeVisible();
    // Beside the button, on its line: the reason ends where the button begins.
    const [reasonBox, buttonBox] = [await reason.boundingBox(), await importButton.boundingBox()];
    expect(reasonBox && buttonBox && reasonBox.x + reasonBox.width <= buttonBox.x).toBe(true);
    // The encrypted backup file is still offered.
    await expect(page.getByRole('button', { name: 'Save encrypted backup file…' })).toBeEnabled();
  });
});
