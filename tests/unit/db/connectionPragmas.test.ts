import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requiredPragmas } from '../../../src/main/db/connectionPragmas';
import { openDatabase, openReadOnly, verifyDatabase, type Db } from '../../../src/main/db/openDatabase';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, makeTempDir, setUpVault } from '../../harness/core';

/**
 * L7 (issue 16): every connection sets and reads back every required pragma, the cipher
 * included: the journal's, the read-only check's and the backup copy's (the audit found the
 * last two without temp_store=MEMORY). macOS also gets fullfsync.
 */

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const key = randomBytes(32);
const opened: Db[] = [];
beforeEach(async () => {
  temp = await makeTempDir('mend-pragmas-');
});
afterEach(async () => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  await temp.remove();
});

const read = (db: Db, name: string): unknown => db.pragma(name, { simple: true });

/** What a connection reports for each pragma of its kind, plus the cipher. */
function reported(db: Db, readOnly: boolean, platform: NodeJS.Platform) {
  const names = ['cipher', ...requiredPragmas({ readOnly, platform }).map((pragma) => pragma.name)];
  return Object.fromEntries(names.map((name) => [name, read(db, name)]));
}

describe('requiredPragmas', () => {
  it('lists temp_store=MEMORY for every kind, WAL only where it can be set, fullfsync only on macOS', () => {
    for (const readOnly of [false, true]) {
      for (const platform of ['linux', 'win32', 'darwin'] as const) {
        const names = requiredPragmas({ readOnly, platform }).map((pragma) => `${pragma.name}=${pragma.set}`);
        expect(names).toContain('temp_store=MEMORY');
        expect(names).toContain('synchronous=FULL');
        expect(names).toContain('mmap_size=0');
        expect(names.includes('journal_mode=WAL')).toBe(!readOnly);
        expect(names.includes('query_only=ON')).toBe(readOnly);
        expect(names.includes('fullfsync=ON') && names.includes('checkpoint_fullfsync=ON')).toBe(platform === 'darwin');
      }
    }
  });
});

describe('every connection', () => {
  const path = () => join(temp.path, 'journal.db');

  it.each(['linux', 'darwin', 'win32'] as const)('the journal connection on %s', (platform) => {
    const db = openDatabase(path(), key, { create: true, platform });
    opened.push(db);
    expect(reported(db, false, platform)).toEqual({
      cipher: 'chacha20',
      journal_mode: 'wal',
      synchronous: 2,
      temp_store: 2,
      secure_delete: 1,
      foreign_keys: 1,
      mmap_size: 0,
      ...(platform === 'darwin' ? { fullfsync: 1, checkpoint_fullfsync: 1 } : {}),
    });
    if (platform !== 'darwin') expect(read(db, 'fullfsync')).toBe(0);
  });

  it.each(['linux', 'darwin'] as const)('the read-only connection (check before trust, backup copies) on %s', (platform) => {
    openDatabase(path(), key, { create: true }).close();
    const db = openReadOnly(path(), key, platform);
    opened.push(db);
    expect(reported(db, true, platform)).toEqual({
      cipher: 'chacha20',
      synchronous: 2,
      temp_store: 2,
      secure_delete: 1,
      foreign_keys: 1,
      mmap_size: 0,
      query_only: 1,
      ...(platform === 'darwin' ? { fullfsync: 1, checkpoint_fullfsync: 1 } : {}),
    });
    expect(() => db.exec('CREATE TABLE nope (x)')).toThrow();
  });

  it('a read-only connection with the wrong key is damage: a SQLite damage error, DAMAGED from verifyDatabase', () => {
    openDatabase(path(), key, { create: true }).close();
    expect(() => openReadOnly(path(), randomBytes(32))).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
    expect(() => verifyDatabase(path(), randomBytes(32))).toThrow(expect.objectContaining({ code: 'DAMAGED' }));
    expect(verifyDatabase(path(), key)).toBeGreaterThan(0);
  });
});

describe('the backup copy’s verification connection', () => {
  let mend: Mend;
  afterEach(async () => {
    await mend.dispose();
  });

  it('runs with temp_store=MEMORY and the cipher read back', async () => {
    mend = await createTestMend(join(temp.path, 'data'));
    await setUpVault(mend);
    const copyPath = join(temp.path, 'copy.db');
    mend.vault.db().exec(`VACUUM INTO '${copyPath}'`);
    const db = mend.vault.openReadOnlyCopy(copyPath);
    opened.push(db);
    expect(read(db, 'temp_store')).toBe(2);
    expect(read(db, 'cipher')).toBe('chacha20');
    expect(read(db, 'query_only')).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toMatchObject({ n: expect.any(Number) });
  });
});
