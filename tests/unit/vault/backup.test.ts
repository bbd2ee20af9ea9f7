import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { contentDigest } from '../../../src/main/db/contentDigest';
import type { BackupOverview } from '../../../src/shared/ipc/contract';
import { TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';
import { namesIn } from '../../harness/files';

const DAY = 86_400_000;

describe('backups', () => {
  let dir: TempDir;
  let mend: Mend;
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0); // a Monday
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const overview = async (): Promise<BackupOverview> => {
    const answer = await call('backup.list');
    if (!answer.ok) throw new Error(answer.error.code);
    return answer.value as BackupOverview;
  };
  const unlockAndSettle = async () => {
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
    });
    await mend.backups.whenIdle();
  };

  beforeEach(async () => {
    clock = Date.UTC(2026, 0, 5, 9, 0, 0);
    ({ dir, mend } = await openTestVault({ now: () => clock }));
    mend.vault
      .db()
      .exec(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT) STRICT; INSERT INTO notes (body) VALUES ('first words')",
      );
    await call('vault.lock', { reason: 'manual' });
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('backs up on unlock at most once a day, into an encrypted copy equal to the journal', async () => {
    expect((await overview()).backups).toEqual([]);
    await unlockAndSettle();
    const first = await overview();
    expect(first.backups).toHaveLength(1);
    expect(first).toMatchObject({
      location: mend.vault.paths.backups,
      lastBackupAt: clock,
      lastFailure: null,
      stale: false,
    });

    const id = first.backups[0]?.id ?? '';
    const backupDb = join(mend.vault.paths.backups, id, 'journal.mend.db');
    expect(await namesIn(join(mend.vault.paths.backups, id))).toEqual([
      'journal.mend.db',
      'journal.mend.key',
    ]);
    const copy = mend.vault.openReadOnlyCopy(backupDb);
    try {
      expect(contentDigest(copy)).toBe(contentDigest(mend.vault.db()));
      expect(copy.prepare('SELECT body FROM notes').all()).toEqual([{ body: 'first words' }]);
    } finally {
      copy.close();
    }
    // Without the key the copy is noise, like the journal itself.
    const raw = new Database(backupDb, { readonly: true });
    try {
      expect(() => raw.prepare('SELECT * FROM notes').all()).toThrow(/not a database/i);
    } finally {
      raw.close();
    }
    expect((await readFile(backupDb)).includes('first words')).toBe(false);

    await call('vault.lock', { reason: 'manual' });
    clock += 6 * 3_600_000;
    await unlockAndSettle();
    expect((await overview()).backups).toHaveLength(1);
    await call('vault.lock', { reason: 'manual' });
    clock += DAY;
    await unlockAndSettle();
    expect((await overview()).backups).toHaveLength(2);
  });

  it('keeps 7 daily and 4 weekly backups', async () => {
    await unlockAndSettle();
    for (let day = 1; day < 40; day++) {
      clock += DAY;
      expect(await call('backup.now')).toMatchObject({ ok: true });
    }
    const kept = (await overview()).backups.map((backup) =>
      new Date(backup.createdAt).toISOString().slice(0, 10),
    );
    // The last 7 days, and the newest backup of each of the last 4 weeks (weeks start on Monday).
    expect(kept).toEqual([
      '2026-02-13',
      '2026-02-12',
      '2026-02-11',
      '2026-02-10',
      '2026-02-09',
      '2026-02-08',
      '2026-02-07',
      '2026-02-01',
      '2026-01-25',
    ]);
  });

  it('a failed backup keeps the earlier ones and says so until the next one works', async () => {
    await unlockAndSettle();
    const before = (await overview()).backups;
    expect(before).toHaveLength(1);
    // A disk fault: the key file cannot be read as a file any more.
    const { keyFile } = mend.vault.paths;
    await rename(keyFile, `${keyFile}.away`);
    await mkdir(keyFile);
    clock += DAY;
    expect(await call('backup.now')).toMatchObject({ ok: false, error: { code: 'IO_FAILED' } });
    const failed = await overview();
    expect(failed.backups).toEqual(before);
    expect(failed.lastFailure).toEqual({ at: clock, code: 'IO_FAILED' });
    expect((await namesIn(mend.vault.paths.backups)).filter((name) => name.startsWith('.'))).toEqual([]);

    await rm(keyFile, { recursive: true });
    await rename(`${keyFile}.away`, keyFile);
    expect(await call('backup.now')).toMatchObject({ ok: true, value: { lastFailure: null } });
    expect((await overview()).backups).toHaveLength(2);
  });

  it('reminds gently when the newest backup is more than 7 days old', async () => {
    await unlockAndSettle();
    clock += 7 * DAY;
    expect((await overview()).stale).toBe(false);
    clock += 60_000;
    expect((await overview()).stale).toBe(true);
    expect(await call('backup.now')).toMatchObject({ value: { stale: false } });
  });

  it('backs up only while unlocked', async () => {
    expect(await call('backup.now')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(existsSync(mend.vault.paths.backups)).toBe(false);
  });
});
