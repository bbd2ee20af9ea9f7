import { closeSync, existsSync, fsyncSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { fsyncDirSync } from '../fs/atomicWrite';
import type { VaultPaths } from './vaultPaths';

/**
 * Checks that need no key. SQLite3MultipleCiphers keeps bytes 16 to 23 of the header in the
 * clear (page size, format versions, reserved bytes), so a zero-byte, cut-off or random file
 * is recognised before anyone types a passphrase. Damage inside the pages is found at unlock,
 * when every page is read through the cipher.
 */
export function databaseLooksIntact(path: string): boolean {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return false;
  }
  if (size < 512) return false;
  const header = Buffer.alloc(24);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, 24, 0) !== 24) return false;
  } finally {
    closeSync(fd);
  }
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65_536 : raw;
  const powerOfTwo = pageSize >= 512 && pageSize <= 65_536 && (pageSize & (pageSize - 1)) === 0;
  const versionsKnown = [1, 2].includes(header[18] ?? 0) && [1, 2].includes(header[19] ?? 0);
  return powerOfTwo && versionsKnown && size % pageSize === 0;
}

/**
 * The open marker: written (and fsynced) right after the journal opens, removed only after a
 * clean close has emptied the WAL into the database. A marker with no WAL beside the
 * database therefore means the WAL, holding the latest committed changes, went missing.
 */
export function markOpen(paths: VaultPaths): void {
  const fd = openSync(paths.openMarker, 'w', 0o600);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  fsyncDirSync(paths.dir);
}

export function markClosed(paths: VaultPaths): void {
  rmSync(paths.openMarker, { force: true });
  fsyncDirSync(paths.dir);
}

export function walMissing(paths: VaultPaths): boolean {
  return existsSync(paths.openMarker) && existsSync(paths.database) && !existsSync(paths.wal);
}

/**
 * A WAL whose header is not SQLite's: SQLite would ignore it, and with it the newest commits,
 * then overwrite it. (The WAL header stays in the clear; only the frames are encrypted.) A
 * zero-byte or shorter-than-a-header WAL is what a checkpoint or a torn first write leaves,
 * and holds no commit.
 */
export function walUnreadable(paths: VaultPaths): boolean {
  let size: number;
  try {
    size = statSync(paths.wal).size;
  } catch {
    return false;
  }
  if (size < 32) return false;
  const magic = Buffer.alloc(4);
  const fd = openSync(paths.wal, 'r');
  try {
    readSync(fd, magic, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return (magic.readUInt32BE(0) & 0xfffffffe) !== 0x377f0682;
}
