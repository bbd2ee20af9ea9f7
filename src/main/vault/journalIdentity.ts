import { closeSync, openSync, readSync } from 'node:fs';
import type { Db } from '../db/openDatabase';
import { DATABASE_ID } from '../db/migrations/005_database_id';
import type { KeyBinding, KeyFile } from './keyFile';

/**
 * Which journal a key file belongs to. SQLite3MultipleCiphers keeps a random cipher salt in
 * the clear in the first 16 bytes of the file; it stays the same across writes, checkpoints
 * and backups (VACUUM INTO copies it) and changes with every rekey. So the salt, unlike the
 * identifier inside the journal, can be compared before anyone types a secret.
 */
export function readFileSalt(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const salt = Buffer.alloc(16);
    return readSync(fd, salt, 0, 16, 0) === 16 ? salt.toString('hex') : null;
  } finally {
    closeSync(fd);
  }
}

export function readDatabaseId(db: Db): string | null {
  const row = db.prepare('SELECT value FROM vault_meta WHERE key = ?').get(DATABASE_ID) as
    | { value: string }
    | undefined;
  return row?.value ?? null;
}

/** The binding for the open journal at `path`, or null when the file cannot say. */
export function bindingOf(db: Db, path: string): KeyBinding | null {
  const id = readDatabaseId(db);
  const salt = readFileSalt(path);
  return id === null || salt === null ? null : { id, salt };
}

/**
 * True when the key file names a journal other than the file at `databasePath` (a key file
 * copied from another journal, or one from before the data key was changed). A version 1
 * file cannot say, so it never counts as a mismatch.
 */
export function belongsElsewhere(keyFile: KeyFile, databasePath: string): boolean {
  if (keyFile.database === undefined) return false;
  const salt = readFileSalt(databasePath);
  // A plain SQLite file starts with its magic, not a salt: that is a damaged journal.
  return salt !== null && salt !== PLAIN_SQLITE_MAGIC && salt !== keyFile.database.salt;
}

/** "SQLite format 3\0" in hex. */
const PLAIN_SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1').toString('hex');

export function sameBinding(a: KeyBinding | undefined, b: KeyBinding | null): boolean {
  return a !== undefined && b !== null && a.id === b.id && a.salt === b.salt;
}
