import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTimestamp } from '../fs/copyAside';

/** The file names inside each backup folder. */
export const BACKUP_DATABASE = 'journal.mend.db';
export const BACKUP_KEY_FILE = 'journal.mend.key';
/** Folders being written; a crash may leave one behind, which the next backup removes. */
export const PARTIAL_PREFIX = '.partial-';

const ID_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

export interface StoredBackup {
  id: string;
  createdAt: number;
  dir: string;
  database: string;
  keyFile: string;
  sizeBytes: number;
}

export function backupIdFor(ms: number): string {
  return fileTimestamp(ms);
}

/** The creation time encoded in an id, or null when the name is not a backup's. */
export function parseBackupId(id: string): number | null {
  const match = ID_PATTERN.exec(id);
  if (match === null) return null;
  const [, date, hours, minutes, seconds, millis] = match;
  const ms = Date.parse(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(ms) ? null : ms;
}

export function storedBackup(root: string, id: string): Omit<StoredBackup, 'sizeBytes'> | null {
  const createdAt = parseBackupId(id);
  if (createdAt === null) return null;
  const dir = join(root, id);
  return { id, createdAt, dir, database: join(dir, BACKUP_DATABASE), keyFile: join(dir, BACKUP_KEY_FILE) };
}

/** Complete backups (both files present), newest first. */
export async function listBackups(root: string): Promise<StoredBackup[]> {
  if (!existsSync(root)) return [];
  const found: StoredBackup[] = [];
  for (const name of await readdir(root)) {
    const backup = storedBackup(root, name);
    if (backup === null || !existsSync(backup.keyFile)) continue;
    try {
      found.push({ ...backup, sizeBytes: (await stat(backup.database)).size });
    } catch {
      // An incomplete folder is not offered for restore.
    }
  }
  return found.sort((a, b) => b.createdAt - a.createdAt);
}
