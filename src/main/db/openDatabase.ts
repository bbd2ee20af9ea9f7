import Database from 'better-sqlite3-multiple-ciphers';
import { MendError } from '../../shared/errors';
import { rawKeyLiteral, wipe } from '../vault/secretBytes';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * The pragmas every connection sets and reads back. A mismatch refuses to open: a journal
 * that silently ran with, say, temp files on disk would break the privacy promise.
 * - WAL + synchronous=FULL: every acknowledged commit survives a crash or power loss.
 * - temp_store=MEMORY: SQLite3MultipleCiphers does not encrypt temp files.
 * - secure_delete: deleted text is overwritten, not left in free pages.
 * - mmap_size=0: all reads go through the cipher layer.
 */
const REQUIRED_PRAGMAS: readonly [name: string, set: string, expected: string | number][] = [
  ['journal_mode', 'WAL', 'wal'],
  ['synchronous', 'FULL', 2],
  ['temp_store', 'MEMORY', 2],
  ['secure_delete', 'ON', 1],
  ['foreign_keys', 'ON', 1],
  ['mmap_size', '0', 0],
];

export interface OpenOptions {
  /** Create the file when it does not exist (first run); otherwise a missing file is an error. */
  create: boolean;
}

function isSqliteCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && codes.includes(code);
}

/**
 * Opens the encrypted journal with the raw 32-byte data key (SQLite's own KDF is skipped:
 * the key already came out of Argon2id), checks the key really decrypts it, applies and
 * verifies the pragmas, and runs pending migrations.
 */
export function openDatabase(path: string, dataKey: Uint8Array, options: OpenOptions): Db {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: !options.create });
  } catch (error) {
    if (isSqliteCode(error, 'SQLITE_CANTOPEN')) throw new MendError('NO_VAULT', 'The journal file is missing.');
    throw error;
  }
  try {
    db.pragma(`cipher = 'chacha20'`);
    const literal = rawKeyLiteral(dataKey);
    try {
      db.key(literal);
    } finally {
      wipe(literal);
    }
    try {
      // `PRAGMA key` always says ok; the first real read tells whether the key fits.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (isSqliteCode(error, 'SQLITE_NOTADB', 'SQLITE_CORRUPT')) {
        throw new MendError('DAMAGED', 'The journal file could not be decrypted.', { file: 'database' });
      }
      throw error;
    }
    for (const [name, set, expected] of REQUIRED_PRAGMAS) {
      db.pragma(`${name} = ${set}`);
      const actual = db.pragma(name, { simple: true });
      if (actual !== expected) {
        throw new MendError('INTERNAL', `The journal could not be opened safely (${name}).`);
      }
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (isSqliteCode(error, 'SQLITE_CORRUPT', 'SQLITE_NOTADB')) {
      throw new MendError('DAMAGED', 'The journal file is damaged.', { file: 'database' });
    }
    throw error;
  }
}
