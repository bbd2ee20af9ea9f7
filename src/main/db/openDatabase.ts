import Database from 'better-sqlite3-multiple-ciphers';
import { MendError } from '@shared/errors';
import { withKeyLiteral } from '../vault/secretBytes';
import { applyRequiredPragmas, setCipher } from './connectionPragmas';
import { migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file when it does not exist (first run); otherwise a missing file is an error. */
  create: boolean;
  /** The operating system (`process.platform` unless a test asks for another): macOS adds fullfsync. */
  platform?: NodeJS.Platform;
}

export function isSqliteCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && codes.includes(code);
}

/** True for the errors SQLite gives when a page fails to decrypt or the file is not a database. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Sets the cipher and the raw key on a fresh connection; the key text is wiped at once. */
function applyKey(db: Db, dataKey: Uint8Array): void {
  setCipher(db);
  withKeyLiteral(dataKey, (literal) => db.key(literal));
}

/** A connection to the file, or NO_VAULT when it is missing (and must exist). */
function connect(path: string, options: { readonly?: boolean; fileMustExist: boolean }): Db {
  try {
    return new Database(path, options);
  } catch (error) {
    if (isSqliteCode(error, 'SQLITE_CANTOPEN'))
      throw new MendError('NO_VAULT', 'The journal file is missing.');
    throw error;
  }
}

/**
 * Opens an encrypted file read-only (a backup, a restore candidate, or the journal before
 * it is trusted). A read-only connection never writes the main file, not even a checkpoint
 * on close, so a damaged file stays exactly as it was for the copy set aside. With the
 * wrong key or a damaged header, the pragmas' first read throws SQLite's damage error.
 */
export function openReadOnly(
  path: string,
  dataKey: Uint8Array,
  platform: NodeJS.Platform = process.platform,
): Db {
  const db = connect(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, dataKey);
    applyRequiredPragmas(db, { readOnly: true, platform });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Reads every page of a file through the cipher, which authenticates each one
 * (ChaCha20-Poly1305), so a flipped bit anywhere in the tree is reported as DAMAGED before
 * any text is shown. Returns the schema version. Throws NEWER_VERSION for a file from a newer
 * Mend, DAMAGED for anything unreadable.
 */
export function verifyDatabase(
  path: string,
  dataKey: Uint8Array,
  platform: NodeJS.Platform = process.platform,
): number {
  let db: Db | null = null;
  try {
    // Inside the try: with the wrong key or a damaged header, the pragmas' first read fails.
    db = openReadOnly(path, dataKey, platform);
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new MendError('DAMAGED', 'The journal file is damaged.', { file: 'database' });
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    if (isDamageError(error)) {
      throw new MendError('DAMAGED', 'The journal file is damaged.', { file: 'database' });
    }
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Opens the encrypted journal with the raw 32-byte data key (SQLite's own KDF is skipped:
 * the key already came out of Argon2id), checks the key really decrypts it, applies and
 * reads back the pragmas (`connectionPragmas.ts`), and runs pending migrations.
 */
export function openDatabase(path: string, dataKey: Uint8Array, options: OpenOptions): Db {
  const db = connect(path, { fileMustExist: !options.create });
  try {
    applyKey(db, dataKey);
    try {
      // `PRAGMA key` always says ok; the first real read tells whether the key fits.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (isSqliteCode(error, 'SQLITE_NOTADB', 'SQLITE_CORRUPT')) {
        throw new MendError('DAMAGED', 'The journal file could not be decrypted.', { file: 'database' });
      }
      throw error;
    }
    applyRequiredPragmas(db, { readOnly: false, platform: options.platform ?? process.platform });
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

/**
 * A writable connection with `dataKey` for finishing a data-key change after a crash, or
 * null when the key does not decrypt the file. Its first read replays a hot rollback journal
 * (which SQLite3MultipleCiphers writes under the old key during a rekey), so a rekey cut off
 * part-way is undone before anything else. No migrations, no journal-mode change: the caller
 * finishes the rekey and closes it.
 */
export function openForRekey(path: string, dataKey: Uint8Array): Db | null {
  const db = new Database(path, { fileMustExist: true });
  try {
    applyKey(db, dataKey);
    db.pragma('temp_store = MEMORY');
    db.pragma('mmap_size = 0');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    if (isSqliteCode(error, 'SQLITE_NOTADB')) return null;
    throw error;
  }
}
