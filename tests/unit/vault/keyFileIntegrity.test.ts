import { existsSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { readFileSalt } from '../../../src/main/vault/journalIdentity';
import { keyFileChecksum, unwrapWithPassphrase, readKeyFile } from '../../../src/main/vault/keyFile';
import { createTestMend, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';
import { copiesOf } from '../../harness/files';

type Json = Record<string, unknown>;

/**
 * M3: a key file that still parses but was damaged is key damage (repair offered, the
 * throttle untouched), not a wrong passphrase; a key file from another journal is named as
 * such; old (version 1) key files still open and are upgraded.
 */
describe('key file checksum and journal binding', () => {
  let dir: TempDir;
  let mend: Mend;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const unlock = (secret = TEST_PASSPHRASE) => call('vault.unlock', { method: 'passphrase', secret });
  const keyPath = () => mend.vault.paths.keyFile;
  const readJson = async (path = keyPath()) => JSON.parse(await readFile(path, 'utf8')) as Json;
  const writeJson = (value: Json, path = keyPath()) => writeFile(path, JSON.stringify(value, null, 2));
  const throttleText = async () =>
    existsSync(mend.vault.paths.throttle) ? await readFile(mend.vault.paths.throttle, 'utf8') : null;

  async function restart(): Promise<void> {
    await mend.dispose();
    mend = await createTestMend(dir.path);
  }

  /** Another journal's key file (same passphrase) in place of this one's. */
  async function putAnotherJournalsKeyFile(): Promise<void> {
    const other = await openTestVault();
    const otherKey = other.mend.vault.paths.keyFile;
    await other.mend.dispose();
    try {
      await copyFile(otherKey, keyPath());
    } finally {
      await other.dir.remove();
    }
  }

  beforeEach(async () => {
    ({ dir, mend } = await openTestVault());
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('a new key file is version 2, bound to its journal, with a checksum over everything else', async () => {
    const json = await readJson();
    expect(json).toMatchObject({ format: 'mend-key', version: 2 });
    const database = json['database'] as { id: string; salt: string };
    expect(database.id).toMatch(/^[0-9a-f]{32}$/);
    expect(database.salt).toBe(readFileSalt(mend.vault.paths.database));
    const id = mend.vault.db().prepare("SELECT value FROM vault_meta WHERE key = 'database_id'").pluck().get();
    expect(database.id).toBe(id);
    expect(json['checksum']).toBe(keyFileChecksum(json));
  });

  it('swapped wraps are reported as a damaged key file, not a wrong passphrase, and repair opens it', async () => {
    // A backup first, so a copy of the intact key sits beside it.
    expect(await call('backup.now')).toMatchObject({ ok: true });
    await call('vault.lock', { reason: 'manual' });
    const json = await readJson();
    const passphrase = json['passphrase'] as Json;
    const recovery = json['recovery'] as Json;
    [passphrase['sealed'], recovery['sealed']] = [recovery['sealed'], passphrase['sealed']];
    await writeJson(json);
    await restart();
    const throttleBefore = await throttleText();

    expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged', damage: { file: 'key' } } });
    const refused = await unlock();
    expect(refused).toMatchObject({ ok: false, error: { code: 'DAMAGED', detail: { file: 'key' } } });
    expect(await throttleText()).toBe(throttleBefore);

    expect(await call('vault.repairKey', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(await copiesOf(mend.vault.paths.quarantine, 'journal.mend.key')).toHaveLength(1);
    await call('vault.lock', { reason: 'manual' });
    expect(await unlock()).toMatchObject({ ok: true });
  });

  it('a damaged part the passphrase does not need is repaired from the key file itself, with no backup', async () => {
    await call('vault.lock', { reason: 'manual' });
    const json = await readJson();
    const sealed = (json['recovery'] as { sealed: { tag: string } }).sealed;
    sealed.tag = `${sealed.tag.startsWith('A') ? 'B' : 'A'}${sealed.tag.slice(1)}`;
    await writeJson(json);
    await restart();
    expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged', damage: { file: 'key' } } });
    expect(await call('backup.list')).toMatchObject({ value: { backups: [] } });
    expect(await call('vault.repairKey', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
  });

  it('a key file from another journal with the same passphrase is named as such, and repaired from a backup copy', async () => {
    expect(await call('backup.now')).toMatchObject({ ok: true });
    await call('vault.lock', { reason: 'manual' });
    await putAnotherJournalsKeyFile();
    await restart();
    const throttleBefore = await throttleText();
    expect(await call('vault.status')).toMatchObject({
      value: { state: 'damaged', damage: { file: 'keyMismatch' } },
    });
    expect(await unlock()).toMatchObject({ ok: false, error: { code: 'DAMAGED', detail: { file: 'keyMismatch' } } });
    expect(await throttleText()).toBe(throttleBefore);
    // The live journal was not moved anywhere.
    expect(existsSync(mend.vault.paths.replaced)).toBe(false);

    expect(await call('vault.repairKey', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
  });

  it('without a backup, a key file from another journal is never taken for the right one', async () => {
    await call('vault.lock', { reason: 'manual' });
    await putAnotherJournalsKeyFile();
    await restart();
    expect(await call('vault.repairKey', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('vault.status')).toMatchObject({ value: { damage: { file: 'keyMismatch' } } });
  });

  it('a version 1 key file (no checksum, no binding) still opens and is upgraded at unlock', async () => {
    await call('vault.lock', { reason: 'manual' });
    const { database: _database, checksum: _checksum, ...rest } = await readJson();
    await writeJson({ ...rest, version: 1 });
    await restart();
    expect(await call('vault.status')).toMatchObject({ value: { state: 'locked' } });
    expect(await unlock()).toMatchObject({ ok: true });
    const upgraded = await readJson();
    expect(upgraded).toMatchObject({ version: 2, database: { salt: readFileSalt(mend.vault.paths.database) } });
    expect(upgraded['checksum']).toBe(keyFileChecksum(upgraded));
  });

  it('a journal made before the identifier existed gets one by migration, and its key file is bound to it', async () => {
    const db = mend.vault.db();
    db.prepare("DELETE FROM vault_meta WHERE key = 'database_id'").run();
    db.pragma('user_version = 4');
    await call('vault.lock', { reason: 'manual' });
    const { database: _database, checksum: _checksum, ...rest } = await readJson();
    await writeJson({ ...rest, version: 1 });
    await restart();
    expect(await unlock()).toMatchObject({ ok: true });
    const id = mend.vault.db().prepare("SELECT value FROM vault_meta WHERE key = 'database_id'").pluck().get();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await readJson()).toMatchObject({ version: 2, database: { id } });
  });

  it('a one-character change anywhere in the key file is caught before any secret is typed', async () => {
    await call('vault.lock', { reason: 'manual' });
    const json = await readJson();
    (json['database'] as { id: string }).id = '0'.repeat(32);
    await writeJson(json);
    await restart();
    expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged', damage: { file: 'key' } } });
    // The wrap itself is intact, so a repair with the passphrase needs no backup.
    const keyFile = await readKeyFile(keyPath(), { ignoreChecksum: true });
    expect(await unwrapWithPassphrase(keyFile, TEST_PASSPHRASE)).not.toBeNull();
    expect(await call('vault.repairKey', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
    });
    expect(await readJson()).toMatchObject({ database: { id: expect.not.stringMatching(/^0+$/) } });
  });
});
