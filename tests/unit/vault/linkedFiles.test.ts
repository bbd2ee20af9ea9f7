import { existsSync } from 'node:fs';
import { readdir, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { makeTempDir, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';
import { sha256File } from '../../harness/files';

/**
 * L5: a journal file that is a symbolic link (SQLite would keep the WAL beside the target,
 * out of Mend's sight) is refused with a clear message, before anything is read or written;
 * real links on a real file system.
 */
describe('linked journal files', () => {
  let dir: TempDir;
  let elsewhere: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const unlock = () => call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });

  beforeEach(async () => {
    elsewhere = await makeTempDir('mend-elsewhere-');
    ({ dir, mend } = await openTestVault());
    mend.vault.db().exec("CREATE TABLE notes (body TEXT) STRICT; INSERT INTO notes VALUES ('kept')");
    await call('vault.lock', { reason: 'manual' });
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
    await elsewhere.remove();
  });

  for (const name of ['journal.mend.db', 'journal.mend.key'] as const) {
    it(`${name} linked to another folder: refused by name, and nothing is written on either side`, async () => {
      const inFolder = join(mend.vault.paths.dir, name);
      const target = join(elsewhere.path, name);
      await rename(inFolder, target);
      await symlink(target, inFolder);
      const digest = await sha256File(target);
      const refused = await unlock();
      expect(refused).toMatchObject({ ok: false, error: { code: 'IO_FAILED', detail: { reason: 'symlink', file: name } } });
      expect(JSON.stringify(refused)).toContain('is a link to another place');
      expect(mend.vault.isUnlocked()).toBe(false);
      expect(await sha256File(target)).toBe(digest);
      // No WAL (or anything else) appeared beside the target.
      expect(await readdir(elsewhere.path)).toEqual([name]);
      expect(existsSync(`${mend.vault.paths.database}-wal`)).toBe(false);

      // Put back as a real file, it opens as before.
      await rm(inFolder);
      await rename(target, inFolder);
      expect(await unlock()).toMatchObject({ ok: true });
      expect(mend.vault.db().prepare('SELECT body FROM notes').pluck().all()).toEqual(['kept']);
    });
  }

  it('a linked WAL is refused too', async () => {
    await symlink(join(elsewhere.path, 'somewhere-wal'), mend.vault.paths.wal);
    expect(await unlock()).toMatchObject({ error: { code: 'IO_FAILED', detail: { file: 'journal.mend.db-wal' } } });
  });
});
