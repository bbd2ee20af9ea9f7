import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { vaultPaths } from '../vault/vaultPaths';

/**
 * Where journals live inside the data folder:
 *
 *   <data>/journals.json          the registry: ids and the names people chose, nothing else
 *   <data>/journals/<id>/         one complete vault (database, key file, backups, damaged
 *                                 copies, throttle, its own settings.json)
 *   <data>/journals/.migrate-<id> a first journal being assembled from the old layout
 *   <data>/journals/<id>.removing a journal being erased (never offered again)
 *
 * The old layout (one vault straight in the data folder) is moved into the first journal
 * by `legacyMigration.ts`.
 */
export interface JournalLayout {
  dataDir: string;
  registry: string;
  journalsDir: string;
  /** A damaged registry is copied here, untouched, before it is rebuilt. */
  quarantine: string;
  journalDir(id: string): string;
}

export function journalLayout(dataDir: string): JournalLayout {
  const journalsDir = join(dataDir, 'journals');
  return {
    dataDir,
    registry: join(dataDir, 'journals.json'),
    journalsDir,
    quarantine: join(dataDir, 'damaged-registry'),
    journalDir: (id) => join(journalsDir, id),
  };
}

/** Random, so an id says nothing about when or by whom a journal was made. */
const ID_PATTERN = /^[0-9a-f]{16}$/;

export function isJournalId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export function newJournalId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * True when `dir` holds a vault's key file, database or write-ahead log (even a damaged
 * one), or backups of one: a journal whose files vanished is still offered, so its recovery
 * screen can restore a backup.
 */
export function holdsVault(dir: string): boolean {
  const paths = vaultPaths(dir);
  if ([paths.keyFile, paths.database, paths.wal].some((path) => existsSync(path))) return true;
  try {
    return readdirSync(paths.backups).length > 0;
  } catch {
    return false;
  }
}

/**
 * Every journal folder on disk, whatever the registry says: a folder named like an id that
 * holds a vault (even a damaged one, so the person is offered it and told what is wrong).
 * Sorted by id, so the order reveals nothing about age.
 */
export function scanJournalFolders(layout: JournalLayout): string[] {
  let names: string[];
  try {
    names = readdirSync(layout.journalsDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => isJournalId(name))
    .filter((name) => {
      const dir = layout.journalDir(name);
      try {
        return statSync(dir).isDirectory() && holdsVault(dir);
      } catch {
        return false;
      }
    })
    .sort();
}
