import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import type { BackupOverview } from '../../../src/shared/ipc/contract';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';
import { copiesOf, flipBit, namesIn, sha256File } from '../../harness/files';

const NEW_PASSPHRASE = 'a second, newer passphrase';

describe('restore and repair', () => {
  let dir: TempDir;
  let mend: Mend;
  let recoveryKey: string;
  let backupId: string;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const notes = () => mend.vault.db().prepare('SELECT body FROM notes ORDER BY rowid').pluck().all();
  const restore = (method: 'passphrase' | 'recovery', secret: string, id = backupId) =>
    call('backup.restore', { id, method, secret });

  beforeEach(async () => {
    ({ dir, mend, recoveryKey } = await openTestVault());
    mend.vault.db().exec("CREATE TABLE notes (body TEXT) STRICT; INSERT INTO notes VALUES ('in the backup')");
    const made = await call('backup.now');
    if (!made.ok) throw new Error(made.error.code);
    backupId = (made.value as BackupOverview).backups[0]?.id ?? '';
    mend.vault.db().exec("INSERT INTO notes VALUES ('written after the backup')");
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('a backup made before a passphrase change opens with the old passphrase, and the new one still unlocks', async () => {
    expect(
      await call('vault.changePassphrase', { current: TEST_PASSPHRASE, next: NEW_PASSPHRASE }),
    ).toMatchObject({ ok: true });
    await call('vault.lock', { reason: 'manual' });
    const replacedDigest = await sha256File(mend.vault.paths.database);

    expect(await restore('passphrase', 'not any passphrase')).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await restore('passphrase', TEST_PASSPHRASE)).toMatchObject({
      value: { state: 'unlocked', unlockedWith: 'passphrase' },
    });
    expect(notes()).toEqual(['in the backup']);
    // The journal it replaced is kept aside, unchanged.
    const replaced = await copiesOf(mend.vault.paths.replaced, 'journal.mend.db');
    expect(replaced).toHaveLength(1);
    expect(await sha256File(replaced[0] ?? '')).toBe(replacedDigest);
    // The live key file was kept: today's passphrase is still the way in.
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.unlock', { method: 'passphrase', secret: NEW_PASSPHRASE })).toMatchObject({
      ok: true,
    });
  });

  it('a backup made before a new recovery key still opens with the old recovery key', async () => {
    const fresh = await call('vault.newRecoveryKey', { passphrase: TEST_PASSPHRASE });
    expect(fresh.ok).toBe(true);
    await call('vault.lock', { reason: 'manual' });
    expect(await restore('recovery', recoveryKey.toLowerCase())).toMatchObject({
      value: { state: 'unlocked', unlockedWith: 'recovery' },
    });
    expect(notes()).toEqual(['in the backup']);
  });

  it('restores while unlocked too, after the secret is given again', async () => {
    expect(await restore('passphrase', 'wrong wrong wrong')).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(notes()).toEqual(['in the backup', 'written after the backup']);
    expect(await restore('passphrase', TEST_PASSPHRASE)).toMatchObject({ value: { state: 'unlocked' } });
    expect(notes()).toEqual(['in the backup']);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    await call('vault.lock', { reason: 'manual' });
    const backupDb = join(mend.vault.paths.backups, backupId, 'journal.mend.db');
    await flipBit(backupDb, (await stat(backupDb)).size - 1000);
    const liveDigest = await sha256File(mend.vault.paths.database);
    expect(await restore('passphrase', TEST_PASSPHRASE)).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED', detail: { file: 'backup' } },
    });
    expect(await sha256File(mend.vault.paths.database)).toBe(liveDigest);
    expect(existsSync(mend.vault.paths.replaced)).toBe(false);
    expect((await namesIn(dir.path)).filter((name) => name.startsWith('.restore'))).toEqual([]);
  });

  it('brings back a damaged journal from a backup, keeping the damaged one aside', async () => {
    await call('vault.lock', { reason: 'manual' });
    await flipBit(mend.vault.paths.database, (await stat(mend.vault.paths.database)).size - 2000);
    const damagedDigest = await sha256File(mend.vault.paths.database);
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'DAMAGED' },
    });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged' } });
    expect(await restore('passphrase', TEST_PASSPHRASE)).toMatchObject({ value: { state: 'unlocked' } });
    expect(notes()).toEqual(['in the backup']);
    const aside = await copiesOf(mend.vault.paths.quarantine, 'journal.mend.db');
    expect(await sha256File(aside[0] ?? '')).toBe(damagedDigest);
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'locked' } });
  });

  it('rebuilds a corrupt key file from the copy beside a backup, with the recovery key', async () => {
    await call('vault.lock', { reason: 'manual' });
    await writeFile(mend.vault.paths.keyFile, 'garbage');
    expect(await call('vault.status')).toMatchObject({
      value: { state: 'damaged', damage: { file: 'key' } },
    });
    expect(
      await call('vault.repairKey', {
        method: 'recovery',
        secret: '0000-0000-0000-0000-0000-0000-0000-0000',
      }),
    ).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.repairKey', { method: 'recovery', secret: recoveryKey })).toMatchObject({
      value: { state: 'unlocked', unlockedWith: 'recovery' },
    });
    // The live journal, not the backup: nothing written since the backup is lost.
    expect(notes()).toEqual(['in the backup', 'written after the backup']);
    expect(await call('vault.resetPassphrase', { next: NEW_PASSPHRASE })).toMatchObject({ ok: true });
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlock', { method: 'passphrase', secret: NEW_PASSPHRASE })).toMatchObject({
      ok: true,
    });
    expect(await readFile(mend.vault.paths.keyFile, 'utf8')).toContain('mend-key');
  });

  it('rebuilds an emptied key file with the passphrase', async () => {
    await call('vault.lock', { reason: 'manual' });
    await writeFile(mend.vault.paths.keyFile, '');
    expect(await call('vault.repairKey', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      value: { state: 'unlocked', unlockedWith: 'passphrase' },
    });
  });

  it('a restore with an unknown backup id is refused', async () => {
    expect(await restore('passphrase', TEST_PASSPHRASE, '2001-01-01T00-00-00-000Z')).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(await restore('passphrase', TEST_PASSPHRASE, '../../etc')).toMatchObject({
      error: { code: 'VALIDATION' },
    });
  });
});

describe('a journal and key file that vanished', () => {
  it('with backups left, Mend offers a restore instead of starting over', async () => {
    const dir = await makeTempDir();
    let mend = await createTestMend(dir.path);
    try {
      await setUpVault(mend);
      mend.vault.db().exec("CREATE TABLE notes (body TEXT) STRICT; INSERT INTO notes VALUES ('still here')");
      expect(await mend.dispatch('backup.now', undefined, trustedSender)).toMatchObject({ ok: true });
      const journalDir = mend.vault.paths.dir;
      await mend.dispose();
      for (const name of await namesIn(journalDir)) {
        if (name.startsWith('journal.mend')) await rm(join(journalDir, name));
      }
      mend = await createTestMend(dir.path);
      const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
      expect(await call('vault.status')).toMatchObject({
        value: { state: 'damaged', damage: { file: 'database' } },
      });
      expect(await call('vault.create', { passphrase: TEST_PASSPHRASE })).toMatchObject({
        error: { code: 'VAULT_EXISTS' },
      });
      const listed = await call('backup.list');
      const id = (listed.ok ? (listed.value as BackupOverview).backups[0]?.id : undefined) ?? '';
      expect(
        await call('backup.restore', { id, method: 'passphrase', secret: TEST_PASSPHRASE }),
      ).toMatchObject({
        value: { state: 'unlocked' },
      });
      expect(mend.vault.db().prepare('SELECT body FROM notes').pluck().all()).toEqual(['still here']);
      expect(existsSync(mend.vault.paths.keyFile)).toBe(true);
    } finally {
      await mend.dispose();
      await dir.remove();
    }
  });
});
