import { join } from 'node:path';
import { bigBody, fillDisk } from '../harness/fillDisk';
import { launchMend } from '../harness/launchMend';
import { isSkip, mountSmallDisk } from '../harness/smallDisk';
import { expect, test } from './fixtures';

test('on a full disk the editor keeps the text, says so, and saves once space is freed', async () => {
  test.setTimeout(60_000);
  const disk = mountSmallDisk(24 * 1024 * 1024);
  // Needs root to mount a small tmpfs; skipped with the mount's own reason otherwise.
  test.skip(isSkip(disk), isSkip(disk) ? disk.skip : '');
  if (isSkip(disk)) return;
  try {
    const mend = await launchMend({ dataDir: join(disk.path, 'data'), vault: 'unlocked' });
    try {
      const { page } = mend;
      const body = page.getByRole('textbox', { name: 'Entry', exact: true });
      const status = page.getByTestId('save-status');
      await page.getByRole('link', { name: 'Journal' }).click();
      await page.getByRole('button', { name: 'New entry', exact: true }).click();
      await body.fill('Written while there was room.');
      await expect(status).toHaveText('Saved');

      const free = fillDisk(disk.path);
      const text = bigBody('Written on a full disk.');
      await body.fill(text);
      await expect(status).toContainText('The disk is full', { timeout: 15_000 });
      await expect(body).toHaveValue(text);
      expect(mend.mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');

      free();
      // The editor retries on its own.
      await expect(status).toHaveText('Saved', { timeout: 20_000 });
      const [entry] = mend.mend.journal.list({}, null, 5).items;
      expect(mend.mend.journal.get(entry?.id ?? 0).body).toBe(text);
      expect(mend.mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
      expect(mend.offOriginRequests()).toEqual([]);
    } finally {
      await mend.close();
    }
  } finally {
    disk.unmount();
  }
});
