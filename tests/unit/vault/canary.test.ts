import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/openDatabase';
import { filesContaining, filesUnder, openDeletedFiles, tempFilesSince } from '../../harness/canarySweep';
import { createTestMend, makeTempDir, setUpVault, trustedSender } from '../../harness/core';

const ROWS = 40_000;

/** Where the canary turned up: files at rest, the WAL while open, and deleted temp files mid-sort. */
interface Findings {
  atRest: string[];
  whileOpen: string[];
  deletedTempFiles: string[];
}

/**
 * The journal-shaped work both runs do: a table full of rows carrying the canary, then a
 * sort too big for the page cache, which makes SQLite spill to temporary storage. The sort's
 * first row is read, so the spill has happened, and every deleted-but-open file is read
 * before the statement finishes.
 */
function writeAndSort(db: Db, canary: string): string[] {
  db.pragma('cache_size = 16');
  db.exec('CREATE TABLE canary_rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO canary_rows (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(`${randomBytes(8).toString('hex')} ${canary} ${i}`);
  })();
  db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?)').run('note', canary);
  const rows = db
    .prepare('SELECT body FROM canary_rows ORDER BY body DESC')
    .pluck()
    .iterate() as IterableIterator<string>;
  try {
    expect(rows.next().value).toContain(canary);
    return openDeletedFiles()
      .filter((file) => file.bytes.includes(Buffer.from(canary)))
      .map((file) => file.path);
  } finally {
    rows.return?.();
  }
}

function walAndShmContaining(databasePath: string, canary: string): string[] {
  return filesContaining([`${databasePath}-wal`, `${databasePath}-shm`], canary);
}

describe('canary sweep: no journal text outside the cipher', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let canary: string;
  let since: number;

  beforeEach(async () => {
    since = Date.now() - 1_000;
    dir = await makeTempDir('mend-canary-');
    canary = `canary-${randomBytes(12).toString('hex')}`;
  });
  afterEach(async () => {
    await dir.remove();
  });

  function sweep(root: string): string[] {
    const everything = new Set([...filesUnder(root), ...tempFilesSince(since)]);
    return filesContaining([...everything], canary);
  }

  it('after setup, writing, a big sort, a backup and a lock, the canary is nowhere on disk', async () => {
    const mend = await createTestMend(dir.path);
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    const findings: Findings = { atRest: [], whileOpen: [], deletedTempFiles: [] };
    let journalDir = '';
    try {
      await setUpVault(mend);
      expect(await call('settings.update', { autoLockMinutes: 15 })).toMatchObject({ ok: true });
      findings.deletedTempFiles = writeAndSort(mend.vault.db(), canary);
      findings.whileOpen = walAndShmContaining(mend.vault.paths.database, canary);
      expect(await call('backup.now')).toMatchObject({ ok: true });
      expect(await call('vault.lock', { reason: 'manual' })).toMatchObject({ ok: true });
      journalDir = mend.vault.paths.dir;
      findings.atRest = sweep(dir.path);
    } finally {
      await mend.dispose();
    }
    expect(findings).toEqual({ atRest: [], whileOpen: [], deletedTempFiles: [] });
    // The sweep did look at the files it claims to have cleared.
    const swept = filesUnder(journalDir).map((path) => path.slice(journalDir.length + 1));
    expect(swept).toEqual(expect.arrayContaining(['journal.mend.db', 'journal.mend.key', 'settings.json']));
    expect(swept.some((path) => path.startsWith('backups/') && path.endsWith('journal.mend.db'))).toBe(true);
  });

  it('two journals, each with its own canary: neither is anywhere on disk after both were written, sorted, backed up and locked', async () => {
    const mend = await createTestMend(dir.path);
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    const second = `canary-${randomBytes(12).toString('hex')}`;
    const findings: Findings = { atRest: [], whileOpen: [], deletedTempFiles: [] };
    const journalDirs: string[] = [];
    try {
      for (const [passphrase, words] of [
        ['first journal passphrase', canary],
        ['second journal passphrase', second],
      ] as const) {
        if (journalDirs.length > 0) expect(await call('journals.create', {})).toMatchObject({ ok: true });
        await setUpVault(mend, passphrase);
        findings.deletedTempFiles.push(...writeAndSort(mend.vault.db(), words));
        findings.whileOpen.push(...walAndShmContaining(mend.vault.paths.database, words));
        expect(await call('backup.now')).toMatchObject({ ok: true });
        journalDirs.push(mend.vault.paths.dir);
        expect(await call('vault.lock', { reason: 'manual' })).toMatchObject({ ok: true });
      }
      findings.atRest = [
        ...sweep(dir.path),
        ...filesContaining([...filesUnder(dir.path), ...tempFilesSince(since)], second),
      ];
    } finally {
      await mend.dispose();
    }
    expect(findings).toEqual({ atRest: [], whileOpen: [], deletedTempFiles: [] });
    // Both journals' files were swept.
    for (const journalDir of journalDirs) {
      expect(filesUnder(dir.path).filter((path) => path.startsWith(journalDir)).length).toBeGreaterThan(3);
    }
    expect(new Set(journalDirs).size).toBe(2);
  });

  it('control: the same work on a plain SQLite file is found, so the sweep can fail', () => {
    const path = join(dir.path, 'plain.db');
    const db = new Database(path);
    const findings: Findings = { atRest: [], whileOpen: [], deletedTempFiles: [] };
    try {
      for (const pragma of [
        'journal_mode = WAL',
        'synchronous = FULL',
        'temp_store = MEMORY',
        'secure_delete = ON',
      ]) {
        db.pragma(pragma);
      }
      db.exec('CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
      findings.deletedTempFiles = writeAndSort(db, canary);
      findings.whileOpen = walAndShmContaining(path, canary);
      mkdirSync(join(dir.path, 'backups'));
      db.prepare('VACUUM INTO ?').run(join(dir.path, 'backups', 'plain-backup.db'));
    } finally {
      db.close();
    }
    findings.atRest = sweep(dir.path);
    expect(findings.whileOpen).toEqual([`${path}-wal`]);
    expect(findings.atRest).toEqual(
      expect.arrayContaining([path, join(dir.path, 'backups', 'plain-backup.db')]),
    );
  });

  it('control: temp files on disk (temp_store=FILE) are seen mid-sort, so temp_store=MEMORY is what keeps them out', () => {
    const db = new Database(join(dir.path, 'plain-temp.db'));
    try {
      db.pragma('temp_store = FILE');
      db.exec('CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
      const leaked = writeAndSort(db, canary);
      expect(leaked.length).toBeGreaterThan(0);
      expect(leaked[0]).toMatch(/etilqs_.* \(deleted\)$/);
    } finally {
      db.close();
    }
    expect(readFileSync(join(dir.path, 'plain-temp.db')).includes(Buffer.from(canary))).toBe(true);
  });
});
