import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestMend } from '../../harness/testVault';
import { copiesOf, flipBit, namesIn, sha256File } from '../../harness/files';

const SECRET_TEXT = 'the words I wrote on the worst night';

describe('damaged files', () => {
  let dir: TempDir;
  let mend: Mend;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const unlock = () => call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });

  /** A set-up vault holding SECRET_TEXT over several pages, then locked (WAL emptied). */
  async function lockedVaultWithText(): Promise<void> {
    await setUpVault(mend);
    const db = mend.vault.db();
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 40; i++) insert.run(`${SECRET_TEXT} ${i} ${'.'.repeat(300)}`);
    await call('vault.lock', { reason: 'manual' });
  }

  /** Restarts Mend over the same folder, as a person reopening the app would. */
  async function restart(): Promise<void> {
    await mend.dispose();
    mend = await createTestMend(dir.path);
  }

  /** The app reports the damage (before unlock, or at the latest when unlocking) and never opens. */
  async function expectDamageFound(): Promise<void> {
    const before = await call('vault.status');
    if (before.ok && (before.value as { state: string }).state === 'locked') {
      expect(await unlock()).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    }
    expect(await call('vault.status')).toMatchObject({
      ok: true,
      value: { state: 'damaged', damage: { file: 'database' } },
    });
    expect(mend.vault.isUnlocked()).toBe(false);
  }

  /** The damaged file is still in place, byte for byte, and an identical copy sits in damaged/. */
  async function expectCopiedAsideUntouched(path: string, digestAtDamage: string): Promise<void> {
    expect(await sha256File(path)).toBe(digestAtDamage);
    const copies = await copiesOf(mend.vault.paths.quarantine, 'journal.mend.db');
    expect(copies).toHaveLength(1);
    expect(await sha256File(copies[0] ?? '')).toBe(digestAtDamage);
    expect(await call('vault.create', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'VAULT_EXISTS' },
    });
  }

  beforeEach(async () => {
    ({ dir, mend } = await openTestMend());
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it.each([
    ['zero bytes', (path: string) => writeFile(path, '')],
    ['cut off mid-page', async (path: string) => truncate(path, (await stat(path)).size - 1000)],
    ['cut off at a page boundary', async (path: string) => truncate(path, (await stat(path)).size - 4096)],
    ['random bytes', async (path: string) => writeFile(path, randomBytes((await stat(path)).size))],
    [
      'one bit flipped in a data page',
      async (path: string) => flipBit(path, (await stat(path)).size - 2048, 3),
    ],
    ['one bit flipped in the first page', (path: string) => flipBit(path, 100, 0)],
  ])('a database with %s: recovery screen, a copy aside, never a new vault', async (_name, damage) => {
    await lockedVaultWithText();
    const path = mend.vault.paths.database;
    await damage(path);
    const digestAtDamage = await sha256File(path);
    await restart();
    await expectDamageFound();
    await expectCopiedAsideUntouched(path, digestAtDamage);
    // Asking again neither unlocks nor makes a second copy.
    await restart();
    await expectDamageFound();
    expect(await copiesOf(mend.vault.paths.quarantine, 'journal.mend.db')).toHaveLength(1);
  });

  it('a flipped bit is reported as damage, never read back as altered text', async () => {
    await lockedVaultWithText();
    const path = mend.vault.paths.database;
    const bytes = await readFile(path);
    // Flip one bit in every page after the first, one page at a time: each is caught.
    const pages = bytes.length / 4096;
    expect(pages).toBeGreaterThan(3);
    for (let page = 1; page < pages; page++) {
      await writeFile(path, bytes);
      await flipBit(path, page * 4096 + 1500, page % 8);
      await restart();
      expect(await unlock(), `page ${page}`).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    }
  });

  it('a missing WAL after a crash is reported; going on keeps the older journal and a copy', async () => {
    await setUpVault(mend);
    mend.vault.db().exec("CREATE TABLE notes (body TEXT) STRICT; INSERT INTO notes VALUES ('newest words')");
    // A crash image: the files exactly as they are while Mend runs, the WAL holding the newest commit.
    // Each image is a data folder of the old layout (the vault straight in it): opening it
    // moves it into a first journal, WAL and all.
    const crashed = join(dir.path, 'crashed');
    const withWal = join(dir.path, 'with-wal');
    await mkdir(crashed);
    await mkdir(withWal);
    const journalDir = mend.vault.paths.dir;
    for (const name of await namesIn(journalDir)) {
      if (!name.startsWith('journal.mend')) continue;
      await copyFile(join(journalDir, name), join(crashed, name));
      await copyFile(join(journalDir, name), join(withWal, name));
    }
    expect(await namesIn(crashed)).toContain('journal.mend.db-wal');

    const survivor = await createTestMend(crashed);
    try {
      // With its WAL, the crash image opens with every acknowledged write.
      const intact = await createTestMend(withWal);
      expect(
        await intact.dispatch(
          'vault.unlock',
          { method: 'passphrase', secret: TEST_PASSPHRASE },
          trustedSender,
        ),
      ).toMatchObject({ ok: true });
      expect(intact.vault.db().prepare('SELECT body FROM notes').all()).toEqual([{ body: 'newest words' }]);
      await intact.dispose();

      await rm(survivor.vault.paths.wal);
      const databaseDigest = await sha256File(survivor.vault.paths.database);
      const ask = (channel: string, input?: unknown) => survivor.dispatch(channel, input, trustedSender);
      expect(await ask('vault.status')).toMatchObject({
        value: { state: 'damaged', damage: { file: 'wal' } },
      });
      expect(await ask('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
        error: { code: 'DAMAGED' },
      });
      const copies = await copiesOf(survivor.vault.paths.quarantine, 'journal.mend.db');
      expect(copies).toHaveLength(1);
      expect(await sha256File(copies[0] ?? '')).toBe(databaseDigest);

      expect(await ask('vault.acknowledgeDamage', { file: 'wal' })).toMatchObject({
        value: { state: 'locked' },
      });
      expect(await ask('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
        value: { state: 'unlocked' },
      });
    } finally {
      await survivor.dispose();
    }
  });

  it('a clean lock leaves nothing that looks like a missing WAL', async () => {
    await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    expect(await namesIn(mend.vault.paths.dir)).not.toContain('journal.mend.db-wal');
    expect(existsSync(mend.vault.paths.openMarker)).toBe(false);
    await restart();
    expect(await call('vault.status')).toMatchObject({ value: { state: 'locked' } });
  });

  it('a corrupt key file: copied aside untouched, recovery screen, no new vault', async () => {
    await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    const { keyFile, quarantine } = mend.vault.paths;
    await writeFile(keyFile, '{"format":"mend-key","version":1,"cipher":"chacha20","passph');
    const digest = await sha256File(keyFile);
    await restart();
    expect(await call('vault.status')).toMatchObject({
      value: { state: 'damaged', damage: { file: 'key' } },
    });
    expect(await call('vault.create', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'VAULT_EXISTS' },
    });
    const copies = await copiesOf(quarantine, 'journal.mend.key');
    expect(copies).toHaveLength(1);
    expect(await sha256File(copies[0] ?? '')).toBe(digest);
    expect(await sha256File(keyFile)).toBe(digest);
  });

  it('a corrupt settings file: the app starts, says so, copies it aside, and goes on with defaults', async () => {
    await setUpVault(mend);
    await call('settings.update', { autoLockMinutes: 15 });
    await call('vault.lock', { reason: 'manual' });
    const settingsPath = join(mend.vault.paths.dir, 'settings.json');
    await writeFile(settingsPath, '{"autoLockMinutes": 15, "theme": "da');
    const digest = await sha256File(settingsPath);
    await restart();
    expect(await call('vault.status')).toMatchObject({
      value: { state: 'damaged', damage: { file: 'settings' } },
    });
    expect(await call('settings.get')).toMatchObject({ value: { autoLockMinutes: 5 } });
    const copies = await copiesOf(mend.vault.paths.quarantine, 'settings.json');
    expect(copies).toHaveLength(1);
    expect(await sha256File(copies[0] ?? '')).toBe(digest);
    expect(await call('vault.acknowledgeDamage', { file: 'settings' })).toMatchObject({
      value: { state: 'locked' },
    });
    expect(JSON.parse(await readFile(settingsPath, 'utf8'))).toMatchObject({ autoLockMinutes: 5 });
    expect(await call('vault.acknowledgeDamage', { file: 'settings' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});
