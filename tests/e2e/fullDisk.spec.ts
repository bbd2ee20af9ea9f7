import { join } from 'node:path';
import { trustedSender } from '../harness/core';
import { bigBody, fillDisk } from '../harness/fillDisk';
import { launchMend, type MendSession } from '../harness/launchMend';
import { isSkip, mountSmallDisk, type SmallDisk } from '../harness/smallDisk';
import { expect, test } from './fixtures';

/** Runs `body` with Mend unlocked over a data folder on a small tmpfs, or skips with the mount's reason. */
async function onSmallDisk(body: (mend: MendSession, disk: SmallDisk) => Promise<void>): Promise<void> {
  test.setTimeout(60_000);
  const disk = mountSmallDisk(24 * 1024 * 1024);
  // Needs root to mount a small tmpfs; skipped with the mount's own reason otherwise.
  test.skip(isSkip(disk), isSkip(disk) ? disk.skip : '');
  if (isSkip(disk)) return;
  try {
    const mend = await launchMend({ dataDir: join(disk.path, 'data'), vault: 'unlocked' });
    try {
      await body(mend, disk);
      expect(mend.mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
      expect(mend.offOriginRequests()).toEqual([]);
    } finally {
      await mend.close();
    }
  } finally {
    disk.unmount();
  }
}

test('on a full disk the editor keeps the text, says so, and saves once space is freed', () =>
  onSmallDisk(async (mend, disk) => {
    const { page } = mend;
    const body = page.getByRole('textbox', { name: 'Entry', exact: true });
    const status = page.getByTestId('save-status');
    await page.getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('button', { name: 'New entry', exact: true }).click();
    await body.fill('Written while there was room.');
    await expect(status).toHaveText('Saved');

    const free = fillDisk(disk.path);
    try {
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
    } finally {
      free(); // freeing twice is harmless
    }
  }));

test('on a full disk a search still finds what was indexed, and says the newest text is missing', () =>
  onSmallDisk(async (mend, disk) => {
    const { page } = mend;
    const call = (channel: string, input: unknown) => mend.mend.dispatch(channel, input, trustedSender);
    expect(await call('journal.create', { title: 'Harbour', body: 'The harbour at dawn.' })).toMatchObject({ ok: true });
    expect(await call('journal.create', { title: 'Walk', body: 'A walk by the river.' })).toMatchObject({ ok: true });
    // An edit queues its text for the index; this one needs many new pages to index.
    expect(await call('journal.update', { id: 2, body: bigBody('The lighthouse keeper.') })).toMatchObject({ ok: true });
    await page.getByRole('link', { name: 'Journal' }).click();
    const search = page.getByRole('searchbox', { name: 'Search the journal and step notes' });
    const hits = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    const note = page.getByRole('note').filter({ hasText: 'not in these results yet' });

    const free = fillDisk(disk.path);
    try {
      await search.fill('harbour');
      await expect(hits).toHaveCount(1);
      await expect(hits.first()).toContainText('Harbour');
      await expect(note).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath('search-on-a-full-disk.png') });
      await search.fill('lighthouse');
      await expect(page.getByText('Nothing found for “lighthouse”.')).toBeVisible();
      await expect(note).toBeVisible();

      free();
      await search.fill('lighthouse keeper');
      await expect(hits).toHaveCount(1);
      await expect(hits.first()).toContainText('Walk');
      await expect(note).toHaveCount(0);
    } finally {
      free();
    }
  }));
