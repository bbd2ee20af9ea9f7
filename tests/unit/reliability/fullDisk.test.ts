import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, setUpVault, trustedSender } from '../../harness/core';
import { bigBody, fillDisk } from '../../harness/fillDisk';
import { isSkip, mountSmallDisk, type SmallDisk } from '../../harness/smallDisk';

/**
 * A real full disk: the data folder sits on a small tmpfs this test mounts, filled to the
 * last block. A journal save answers DISK_FULL through the dispatcher, loses nothing already
 * stored, and succeeds once space is freed; a search still answers; the journal passes
 * integrity_check throughout.
 */

/** Runs `body` against a set-up vault on a small tmpfs, or skips with the mount's reason. */
async function onSmallDisk(
  context: TestContext,
  body: (mend: Mend, call: (channel: string, input?: unknown) => Promise<unknown>, disk: SmallDisk) => Promise<void>,
): Promise<void> {
  const disk = mountSmallDisk(24 * 1024 * 1024);
  // Needs root to mount a small tmpfs (CI runs as root); skipped with the mount's own reason otherwise.
  if (isSkip(disk)) {
    context.skip(`skipped: ${disk.skip}`);
    return;
  }
  const mend = await createTestMend(join(disk.path, 'data'));
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  try {
    await setUpVault(mend);
    await body(mend, call, disk);
    await call('vault.lock', { reason: 'manual' });
  } finally {
    await mend.dispose();
    disk.unmount();
  }
}

describe('a full disk', () => {
  it('answers DISK_FULL, keeps the journal intact, and saves once space is freed', (context) =>
    onSmallDisk(context, async (mend, call, disk) => {
      const kept = await call('journal.create', { title: 'before', body: 'written while there was room' });
      expect(kept).toMatchObject({ ok: true });
      // Freeing twice is harmless, so the finally can always free.
      const free = fillDisk(disk.path);
      try {
        const body = bigBody('written on a full disk');
        const failed = await call('journal.create', { title: 'full', body });
        expect(failed).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
        const updated = await call('journal.update', { id: 1, body });
        expect(updated).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
        expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
        expect(mend.journal.get(1).body).toBe('written while there was room');

        free();
        expect(await call('journal.create', { title: 'full', body })).toMatchObject({ ok: true });
        expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
        expect(mend.journal.list({}, null, 10).items).toHaveLength(2);
      } finally {
        free();
      }
    }));

  it('still searches what is indexed, and says the newest text is not in the results yet', (context) =>
    onSmallDisk(context, async (mend, call, disk) => {
      expect(await call('journal.create', { title: 'harbour', body: 'the harbour at dawn' })).toMatchObject({ ok: true });
      expect(await call('journal.create', { title: 'walk', body: 'a walk by the river' })).toMatchObject({ ok: true });
      // An edit queues its text for the index; a large one needs many new pages to index.
      expect(await call('journal.update', { id: 2, body: bigBody('the lighthouse keeper') })).toMatchObject({ ok: true });
      const free = fillDisk(disk.path);
      try {
        const old = await call('search.query', { text: 'harbour', limit: 10 });
        expect(old).toMatchObject({ ok: true, value: { hits: [{ title: 'harbour' }], behind: true } });
        const newest = await call('search.query', { text: 'lighthouse', limit: 10 });
        expect(newest).toMatchObject({ ok: true, value: { hits: [], behind: true } });
        expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');

        free();
        const caughtUp = await call('search.query', { text: 'lighthouse', limit: 10 });
        expect(caughtUp).toMatchObject({ ok: true, value: { hits: [{ title: 'walk' }], behind: false } });
      } finally {
        free();
      }
    }));
});
