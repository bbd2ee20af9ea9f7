import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, recoveryAnswers, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestMend } from '../../harness/testVault';

async function digest(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

describe('vault', () => {
  let dir: TempDir;
  let mend: Mend;
  let clock = 1_700_000_000_000;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  beforeEach(async () => {
    clock = 1_700_000_000_000;
    ({ dir, mend } = await openTestMend({ now: () => clock }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('starts with no vault, and setup finishes only after the recovery key is typed back', async () => {
    expect(await call('vault.status')).toMatchObject({ ok: true, value: { state: 'none' } });
    const created = await call('vault.create', { passphrase: TEST_PASSPHRASE });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const shown = created.value as { recoveryKey: string; confirmGroups: number[] };
    expect(shown.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(shown.confirmGroups).toHaveLength(2);
    expect(await call('vault.status')).toMatchObject({ value: { state: 'unlocked', setupComplete: false } });

    const wrong = recoveryAnswers(shown).map((group) => ({ ...group, text: 'ZZZZ' }));
    const asked = [...shown.confirmGroups].sort((a, b) => a - b);
    expect(await call('vault.confirmRecoveryKey', { groups: wrong })).toEqual({
      ok: true,
      value: { confirmed: false, wrongGroups: asked },
    });
    // One group miscopied: main names that group, and only that one.
    const [first, second] = recoveryAnswers(shown);
    const oneWrong = [first, { index: second?.index ?? 1, text: `${second?.text.slice(0, 3) ?? ''}!` }];
    expect(await call('vault.confirmRecoveryKey', { groups: oneWrong })).toEqual({
      ok: true,
      value: { confirmed: false, wrongGroups: [second?.index] },
    });
    const lowercase = recoveryAnswers(shown).map((group) => ({ ...group, text: group.text.toLowerCase() }));
    expect(await call('vault.confirmRecoveryKey', { groups: lowercase })).toEqual({
      ok: true,
      value: { confirmed: true, wrongGroups: [] },
    });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'unlocked', setupComplete: true } });
  });

  it('refuses the weakest passphrases in main, with the reason, whatever the window checked', async () => {
    for (const weak of ['password1', 'iloveyou123', 'aaaaaaaaaaaa', 'qwertyuiop']) {
      expect(await call('vault.create', { passphrase: weak }), weak).toMatchObject({
        ok: false,
        error: { code: 'WEAK_PASSPHRASE', message: expect.stringMatching(/\S/) },
      });
    }
    expect(await call('vault.status')).toMatchObject({ value: { state: 'none' } });
    await setUpVault(mend);
    expect(await call('vault.changePassphrase', { current: TEST_PASSPHRASE, next: 'password1' })).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PASSPHRASE' },
    });
    expect(await call('vault.resetPassphrase', { next: 'summer2024' })).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PASSPHRASE' },
    });
  });

  it('refuses a second vault over the first', async () => {
    await setUpVault(mend);
    expect(await call('vault.create', { passphrase: 'another passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_EXISTS' },
    });
  });

  it('refuses a too-short passphrase with a typed validation error', async () => {
    expect(await call('vault.create', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('locks, says so plainly on a wrong passphrase, and changes nothing on disk', async () => {
    await setUpVault(mend);
    expect(await call('vault.lock', { reason: 'manual' })).toMatchObject({ value: { state: 'locked' } });
    const { database, keyFile } = mend.vault.paths;
    const before = [await digest(database), await digest(keyFile)];
    expect(await call('vault.unlock', { method: 'passphrase', secret: 'not the passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect([await digest(database), await digest(keyFile)]).toEqual(before);
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      value: { state: 'unlocked', unlockedWith: 'passphrase', setupComplete: true },
    });
  });

  it('gives the database nothing without the key: opening it raw fails', async () => {
    await setUpVault(mend);
    mend.vault.db().prepare("INSERT INTO vault_meta (key, value) VALUES ('canary', 'canary-8f2e1a')").run();
    await call('vault.lock', { reason: 'manual' });
    const raw = new Database(mend.vault.paths.database, { fileMustExist: true });
    try {
      expect(() => raw.prepare('SELECT * FROM vault_meta').all()).toThrow(/not a database|file is not a database/i);
    } finally {
      raw.close();
    }
    const journalDir = mend.vault.paths.dir;
    for (const name of await readdir(journalDir)) {
      const path = join(journalDir, name);
      if (name === 'backups' || name === 'damaged') continue;
      expect((await readFile(path)).includes('canary-8f2e1a'), name).toBe(false);
    }
  });

  it('unlocks with the recovery key when the passphrase is forgotten, then takes a new passphrase', async () => {
    const recoveryKey = await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(await call('vault.unlock', { method: 'recovery', secret: typed })).toMatchObject({
      value: { state: 'unlocked', unlockedWith: 'recovery' },
    });
    expect(await call('vault.resetPassphrase', { next: 'a brand new passphrase' })).toMatchObject({
      value: { unlockedWith: 'passphrase' },
    });
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.unlock', { method: 'passphrase', secret: 'a brand new passphrase' })).toMatchObject({
      value: { state: 'unlocked' },
    });
  });

  it('refuses a wrong recovery key and a reset without a recovery unlock', async () => {
    await setUpVault(mend);
    expect(await call('vault.resetPassphrase', { next: 'sneaky new passphrase' })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlock', { method: 'recovery', secret: '0000-0000-0000-0000-0000-0000-0000-0000' })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
  });

  it('changes the passphrase by re-wrapping the key only: the database file is untouched', async () => {
    await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    const { database, keyFile } = mend.vault.paths;
    const dbBefore = await digest(database);
    const keyBefore = await digest(keyFile);
    expect(await call('vault.changePassphrase', { current: 'wrong one!', next: 'second passphrase here' })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.changePassphrase', { current: TEST_PASSPHRASE, next: 'second passphrase here' })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await digest(database)).toBe(dbBefore);
    expect(await digest(keyFile)).not.toBe(keyBefore);
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlock', { method: 'passphrase', secret: 'second passphrase here' })).toMatchObject({
      value: { state: 'unlocked' },
    });
  });

  it('slows guessing from the 4th failure, and the wait survives a restart', async () => {
    await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await call('vault.unlock', { method: 'passphrase', secret: `guess ${attempt}` })).toMatchObject({
        error: { code: 'WRONG_SECRET' },
      });
    }
    expect(await call('vault.unlock', { method: 'passphrase', secret: 'guess 4' })).toMatchObject({
      error: { code: 'WRONG_SECRET', detail: { failures: 4, waitSeconds: 2 } },
    });
    // Even the right passphrase waits: the delay does not leak whether a guess was right.
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'RATE_LIMITED', detail: { waitSeconds: 2 } },
    });
    await mend.dispose();
    mend = await createTestMend(dir.path, { now: () => clock });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'locked', retryAfterSeconds: 2 } });
    clock += 2_000;
    expect(await call('vault.unlock', { method: 'passphrase', secret: 'guess 5' })).toMatchObject({
      error: { detail: { failures: 5, waitSeconds: 4 } },
    });
    clock += 4_000;
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      value: { state: 'unlocked' },
    });
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlock', { method: 'passphrase', secret: 'guess again' })).toMatchObject({
      error: { code: 'WRONG_SECRET', detail: { failures: 1, waitSeconds: 0 } },
    });
  });

  it('reports a damaged key file instead of starting over', async () => {
    await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    await writeFile(mend.vault.paths.keyFile, '{ not json');
    expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged', damage: { file: 'key' } } });
    expect(await call('vault.create', { passphrase: TEST_PASSPHRASE })).toMatchObject({ error: { code: 'VAULT_EXISTS' } });
  });

  it('refuses a database from a newer Mend without touching it', async () => {
    await setUpVault(mend);
    mend.vault.db().pragma('user_version = 999');
    await call('vault.lock', { reason: 'manual' });
    const before = await digest(mend.vault.paths.database);
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'NEWER_VERSION' },
    });
    expect(await digest(mend.vault.paths.database)).toBe(before);
  });

  it('sets and reads back the safety pragmas on every connection', async () => {
    await setUpVault(mend);
    const db = mend.vault.db();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('emits vault.locked with the reason, and answers LOCKED afterwards', async () => {
    await setUpVault(mend);
    const seen: unknown[] = [];
    mend.bus.connect((name, payload) => seen.push([name, payload]));
    await call('vault.lock', { reason: 'idle' });
    expect(seen).toEqual([['vault.locked', { reason: 'idle' }]]);
    expect(() => mend.vault.db()).toThrow(/locked/i);
  });
});
