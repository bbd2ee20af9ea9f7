import type Database from 'better-sqlite3-multiple-ciphers';
import { MendError } from '@shared/errors';

/**
 * The settings every SQLite connection to a Mend file runs with: the journal, the read-only
 * check before it is trusted, backup copies being verified, restore candidates. One list and
 * one function, so no connection can miss one (the audit found the verification and backup
 * connections without `temp_store=MEMORY`, and the cipher set but never read back).
 *
 * - cipher chacha20: ChaCha20-Poly1305 on every page; set before the key, read back after.
 * - journal_mode WAL + synchronous FULL: every acknowledged commit survives a power cut.
 *   (Writable connections only: a read-only one cannot change the journal mode, and a
 *   backup copy made by VACUUM INTO is in rollback mode until it is put in place.)
 * - temp_store MEMORY: SQLite3MultipleCiphers does not encrypt temporary files.
 * - secure_delete: deleted text is overwritten, not left in free pages.
 * - mmap_size 0: every read goes through the cipher layer.
 * - fullfsync + checkpoint_fullfsync on macOS: there plain fsync leaves data in the drive's
 *   cache; F_FULLFSYNC asks the drive to write it out. Elsewhere fsync already does.
 * - query_only on read-only connections: nothing can write through them, even by mistake.
 */

export const CIPHER = 'chacha20';

export interface RequiredPragma {
  name: string;
  /** The value written in `PRAGMA name = set`. */
  set: string;
  /** What `PRAGMA name` must answer afterwards. */
  expected: string | number;
}

export interface ConnectionKind {
  readOnly: boolean;
  /** The operating system the app runs on (`process.platform`), passed in so tests can ask for any. */
  platform: NodeJS.Platform;
}

/** The pragmas a connection of this kind sets (after the key) and reads back. Pure. */
export function requiredPragmas({ readOnly, platform }: ConnectionKind): RequiredPragma[] {
  return [
    ...(readOnly ? [] : [{ name: 'journal_mode', set: 'WAL', expected: 'wal' }]),
    { name: 'synchronous', set: 'FULL', expected: 2 },
    { name: 'temp_store', set: 'MEMORY', expected: 2 },
    { name: 'secure_delete', set: 'ON', expected: 1 },
    { name: 'foreign_keys', set: 'ON', expected: 1 },
    { name: 'mmap_size', set: '0', expected: 0 },
    ...(platform === 'darwin'
      ? [
          { name: 'fullfsync', set: 'ON', expected: 1 },
          { name: 'checkpoint_fullfsync', set: 'ON', expected: 1 },
        ]
      : []),
    ...(readOnly ? [{ name: 'query_only', set: 'ON', expected: 1 }] : []),
  ];
}

/** Sets the cipher; must come before the key. */
export function setCipher(db: Database.Database): void {
  db.pragma(`cipher = '${CIPHER}'`);
}

/**
 * Sets every required pragma for this kind of connection and reads each one back, with the
 * cipher. A mismatch refuses the connection: a journal that silently ran with, say, temp
 * files on disk would break the privacy promise.
 */
export function applyRequiredPragmas(db: Database.Database, kind: ConnectionKind): void {
  const refuse = (name: string): never => {
    throw new MendError('INTERNAL', `The journal could not be opened safely (${name}).`);
  };
  if (db.pragma('cipher', { simple: true }) !== CIPHER) refuse('cipher');
  for (const { name, set, expected } of requiredPragmas(kind)) {
    db.pragma(`${name} = ${set}`);
    if (db.pragma(name, { simple: true }) !== expected) refuse(name);
  }
}
