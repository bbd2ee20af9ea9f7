import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { openReadOnly } from '../../../src/main/db/openDatabase';
import { readFileSalt } from '../../../src/main/vault/journalIdentity';
import { parseKeyFile, unwrapWithPassphrase } from '../../../src/main/vault/keyFile';
import type { BackupOverview, RecoveryKeyShown } from '../../../src/shared/ipc/contract';
import { recoveryAnswers, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';
import { createFakeKeychain } from '../../harness/fakes';

const NEW_PASSPHRASE = 'a passphrase nobody has seen';

/**
 * Item 5: a change of passphrase that also gives the journal a new data key, so a copied key
 * file and the old passphrase no longer open the current journal. Old backups stay under the
 * old key, are marked so, and can be deleted.
 */
describe('changing the data key', () => {
  let dir: TempDir;
  let mend: Mend;
  let oldRecovery: string;
  let clock = Date.parse('2026-11-20T21:00:00Z');
  const keychain = createFakeKeychain();
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const value = <T>(result: unknown) => (result as { value: T }).value;
  const unlock = (method: 'passphrase' | 'recovery', secret: string) => call('vault.unlock', { method, secret });
  const lock = () => call('vault.lock', { reason: 'manual' });
  const notes = () => mend.vault.db().prepare('SELECT body FROM notes ORDER BY rowid').pluck().all();

  beforeEach(async () => {
    ({ dir, mend, recoveryKey: oldRecovery } = await openTestVault({ keychain, now: () => clock }));
    mend.vault.db().exec("CREATE TABLE notes (body TEXT) STRICT; INSERT INTO notes VALUES ('before the change')");
    expect(await call('backup.now')).toMatchObject({ ok: true });
    // The change comes a day later (the daily rotation keeps one backup per day).
    clock += 86_400_000;
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  async function rotate(): Promise<RecoveryKeyShown> {
    const shown = value<RecoveryKeyShown>(await call('vault.rotateKey', { current: TEST_PASSPHRASE, next: NEW_PASSPHRASE }));
    expect(await call('vault.confirmRecoveryKey', { groups: recoveryAnswers(shown) })).toEqual({
      ok: true,
      value: { confirmed: true, wrongGroups: [], rotated: true },
    });
    return shown;
  }

  it('needs the current passphrase, and changes nothing until the new recovery key is confirmed', async () => {
    expect(await call('vault.rotateKey', { current: 'not it', next: NEW_PASSPHRASE })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    const keyBefore = await readFile(mend.vault.paths.keyFile, 'utf8');
    const saltBefore = readFileSalt(mend.vault.paths.database);
    const shown = value<RecoveryKeyShown>(await call('vault.rotateKey', { current: TEST_PASSPHRASE, next: NEW_PASSPHRASE }));
    expect(await call('vault.confirmRecoveryKey', { groups: [{ index: 1, text: 'XXXX' }] })).toMatchObject({
      value: { confirmed: false },
    });
    expect(await readFile(mend.vault.paths.keyFile, 'utf8')).toBe(keyBefore);
    expect(readFileSalt(mend.vault.paths.database)).toBe(saltBefore);
    await lock();
    // Abandoned: the old passphrase and recovery key still open; the new ones never did.
    expect(await unlock('passphrase', NEW_PASSPHRASE)).toMatchObject({ error: { code: 'WRONG_SECRET' } });
    expect(await unlock('recovery', shown.recoveryKey)).toMatchObject({ error: { code: 'WRONG_SECRET' } });
    expect(await unlock('recovery', oldRecovery)).toMatchObject({ ok: true });
  });

  it('re-encrypts the journal: a copied key file and the old passphrase no longer open it', async () => {
    const copiedKeyFile = await readFile(mend.vault.paths.keyFile, 'utf8');
    const saltBefore = readFileSalt(mend.vault.paths.database);
    const shown = await rotate();
    expect(notes()).toEqual(['before the change']);
    mend.vault.db().exec("INSERT INTO notes VALUES ('after the change')");
    expect(readFileSalt(mend.vault.paths.database)).not.toBe(saltBefore);
    expect(mend.vault.db().pragma('journal_mode', { simple: true })).toBe('wal');
    await lock();

    // What someone copied before: the old key file opens with the old passphrase, but its
    // data key no longer decrypts the journal.
    const oldDataKey = await unwrapWithPassphrase(parseKeyFile(copiedKeyFile), TEST_PASSPHRASE);
    expect(oldDataKey).not.toBeNull();
    expect(() => openReadOnly(mend.vault.paths.database, oldDataKey ?? Buffer.alloc(32)).prepare('SELECT 1 FROM sqlite_master').get()).toThrow();
    expect(await unlock('passphrase', TEST_PASSPHRASE)).toMatchObject({ error: { code: 'WRONG_SECRET' } });
    expect(await unlock('recovery', oldRecovery)).toMatchObject({ error: { code: 'WRONG_SECRET' } });

    expect(await unlock('recovery', shown.recoveryKey)).toMatchObject({ ok: true });
    await lock();
    expect(await unlock('passphrase', NEW_PASSPHRASE)).toMatchObject({ ok: true });
    expect(notes()).toEqual(['before the change', 'after the change']);
    expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a copied old key file put back is named as belonging to another key, never taken for the journal', async () => {
    const copied = join(dir.path, 'copied.key');
    await copyFile(mend.vault.paths.keyFile, copied);
    await rotate();
    await lock();
    await copyFile(copied, mend.vault.paths.keyFile);
    expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged', damage: { file: 'keyMismatch' } } });
    // The key copy beside the backup made after the change repairs it, with the new passphrase.
    expect(await call('vault.repairKey', { method: 'passphrase', secret: NEW_PASSPHRASE })).toMatchObject({
      value: { state: 'unlocked' },
    });
  });

  it('old backups stay under the old key: marked, restorable with the old passphrase, and deletable', async () => {
    await rotate();
    const overview = value<BackupOverview>(await call('backup.list'));
    // The backup from before, and a fresh one made right after the change.
    expect(overview.backups.map((backup) => backup.underOldKey).sort()).toEqual([false, true]);
    const old = overview.backups.find((backup) => backup.underOldKey);
    expect(await call('backup.restore', { id: old?.id, method: 'passphrase', secret: NEW_PASSPHRASE })).toMatchObject({
      error: { code: 'WRONG_SECRET', detail: { underOldKey: true } },
    });
    const after = value<BackupOverview>(await call('backup.deleteOld'));
    expect(after.backups).toHaveLength(1);
    expect(after.backups[0]?.underOldKey).toBe(false);
  });

  it('a backup from before the change restores with the old passphrase, and its key file goes with it', async () => {
    await rotate();
    const old = value<BackupOverview>(await call('backup.list')).backups.find((backup) => backup.underOldKey);
    expect(await call('backup.restore', { id: old?.id, method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      value: { state: 'unlocked' },
    });
    expect(notes()).toEqual(['before the change']);
    await lock();
    expect(await unlock('passphrase', TEST_PASSPHRASE)).toMatchObject({ ok: true });
  });

  it('turns "remember on this computer" off (it held the old key)', async () => {
    expect(await call('vault.enableKeychain', { passphrase: TEST_PASSPHRASE })).toMatchObject({ value: { enabled: true } });
    await rotate();
    expect(await call('vault.keychainStatus')).toMatchObject({ value: { enabled: false } });
  });
});
