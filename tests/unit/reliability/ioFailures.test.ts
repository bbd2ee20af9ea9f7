import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { isSkip, mountSmallDisk } from '../../harness/smallDisk';

const CLAIMS_NOTHING_LOST = /nothing (you wrote )?was lost/i;

/**
 * L6: I/O failures answer with a code the window knows and words that never claim nothing
 * was lost when a write failed.
 */
describe('I/O failures say what happened', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await mend.dispose();
    await dir.remove();
  });

  it('settings.json that is a folder is reported, and a change to it is a typed refusal, not INTERNAL', async () => {
    mend = await createTestMend(dir.path);
    await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    const journalDir = mend.vault.paths.dir;
    await mend.dispose();
    await mkdir(join(journalDir, 'settings.json'));
    mend = await createTestMend(dir.path);

    expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged', damage: { file: 'settings' } } });
    // (The look is what a locked Mend may change.)
    const update = await call('settings.update', { theme: 'dark' });
    expect(update).toMatchObject({ ok: false, error: { code: 'IO_FAILED', detail: { file: 'settings' } } });
    expect(JSON.stringify(update)).toMatch(/was not saved/);
    expect(JSON.stringify(update)).not.toMatch(CLAIMS_NOTHING_LOST);
    expect(await call('vault.acknowledgeDamage', { file: 'settings' })).toMatchObject({
      ok: false,
      error: { code: 'IO_FAILED' },
    });
    // The folder someone put there is left alone.
    expect((await stat(join(journalDir, 'settings.json'))).isDirectory()).toBe(true);
  });

  it('a data folder on a disk that turned read-only: every write says it was not saved', async (context) => {
    const disk = mountSmallDisk(32 * 1024 * 1024);
    // Needs root to mount a small tmpfs (CI runs as root); skipped with the mount's own reason otherwise.
    if (isSkip(disk)) {
      mend = await createTestMend(dir.path);
      context.skip(`skipped: ${disk.skip}`);
      return;
    }
    const dataDir = join(disk.path, 'data');
    mend = await createTestMend(dataDir);
    try {
      await setUpVault(mend);
      await call('vault.lock', { reason: 'manual' });
      // A disk can only be remounted read-only while no file on it is open for writing.
      disk.remountReadOnly();
      const writes: [string, unknown][] = [
        ['vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE }],
        ['settings.update', { theme: 'dark' }],
      ];
      for (const [channel, input] of writes) {
        const result = await call(channel, input);
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
        expect(JSON.stringify(result), channel).toMatch(/not saved|cannot write/);
        expect(JSON.stringify(result), channel).not.toMatch(CLAIMS_NOTHING_LOST);
      }
      disk.remountWritable();
      expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({ ok: true });
      expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
      await call('vault.lock', { reason: 'manual' });
    } finally {
      await mend.dispose();
      disk.unmount();
    }
  });

  it('a file in the place of the backups folder: backup.now is IO_FAILED, not INTERNAL, and the journal is untouched', async () => {
    mend = await createTestMend(dir.path);
    await setUpVault(mend);
    await writeFile(mend.vault.paths.backups, 'not a folder');
    const result = await call('backup.now');
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_FAILED' } });
    expect(JSON.stringify(result)).not.toMatch(CLAIMS_NOTHING_LOST);
    expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
