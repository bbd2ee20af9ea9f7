import { existsSync } from 'node:fs';
import { copyFile, link, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir } from '../fs/atomicWrite';
import { SETTINGS_FILE } from '../settings/settingsService';
import { vaultPaths } from '../vault/vaultPaths';
import { holdsVault, isJournalId, newJournalId, type JournalLayout } from './journalLayout';
import type { JournalRegistry } from './journalRegistry';

/**
 * Moves the old layout (one vault straight in the data folder) into the first journal, so
 * that a kill at any moment leaves one complete layout on disk, never neither:
 *
 * 1. every file of the old vault is hard-linked (copied where links are not possible) into
 *    `journals/.migrate-<id>`, with a marker saying where it came from. The old files are
 *    untouched: until step 2, the old layout is the one in force.
 * 2. that folder is renamed to `journals/<id>` (one atomic rename): from here on the new
 *    layout is complete and in force.
 * 3. the registry gets "Journal 1", then the old names are unlinked and the marker goes.
 *
 * Every start finishes what a kill interrupted: a half-built `.migrate-` folder is thrown
 * away and rebuilt; a journal still carrying the marker gets its old names removed. Nothing
 * is decrypted or re-encrypted: the files are the same bytes.
 */

/** Written inside the new journal during the move; its presence means "old names still to remove". */
export const MIGRATION_MARKER = 'migrated-from-old-layout';
const STAGING_PREFIX = '.migrate-';

/** Everything of the old vault that lived straight in the data folder. */
export function legacyItems(dataDir: string): string[] {
  const paths = vaultPaths(dataDir);
  return [
    paths.database,
    paths.wal,
    paths.shm,
    paths.keyFile,
    paths.openMarker,
    paths.throttle,
    paths.backups,
    paths.backupState,
    paths.quarantine,
    paths.replaced,
    join(dataDir, SETTINGS_FILE),
  ];
}

/** Hard-links (or copies) `from` to `to`, folders recursively. */
async function linkTree(from: string, to: string): Promise<void> {
  const info = await lstat(from);
  if (info.isDirectory()) {
    await mkdir(to, { recursive: true, mode: 0o700 });
    for (const name of await readdir(from)) await linkTree(join(from, name), join(to, name));
    await fsyncDir(to);
    return;
  }
  if (!info.isFile()) return; // no symlinks or devices were ever part of a vault
  try {
    await link(from, to);
  } catch {
    // FAT and some network drives have no hard links; a copy is the same bytes.
    await copyFile(from, to);
  }
}

async function removeLegacyNames(dataDir: string): Promise<void> {
  for (const item of legacyItems(dataDir)) await rm(item, { recursive: true, force: true });
  await fsyncDir(dataDir);
}

/** Journals still marked as coming from the old layout (the move's last step was cut off). */
export async function markedJournals(layout: JournalLayout): Promise<string[]> {
  if (!existsSync(layout.journalsDir)) return [];
  const names = await readdir(layout.journalsDir);
  return names.filter((name) => isJournalId(name) && existsSync(join(layout.journalDir(name), MIGRATION_MARKER)));
}

export interface MigrationSteps {
  /** Called between steps; the kill test uses it to spread kill points over the whole move. */
  afterStep?: (step: string) => Promise<void> | void;
}

/** Returns the id of the journal the old layout became, or null when there was nothing to move. */
export async function migrateLegacyLayout(
  layout: JournalLayout,
  registry: JournalRegistry,
  steps: MigrationSteps = {},
): Promise<string | null> {
  const afterStep = steps.afterStep ?? (() => undefined);
  // A move that passed its commit point: finish it.
  const marked = await markedJournals(layout);
  if (marked.length > 0) {
    const [id] = marked as [string];
    await finish(layout, registry, id, afterStep);
    return id;
  }
  // Half-built staging folders hold only links or copies: the old layout is still whole.
  if (existsSync(layout.journalsDir)) {
    for (const name of await readdir(layout.journalsDir)) {
      if (name.startsWith(STAGING_PREFIX)) await rm(join(layout.journalsDir, name), { recursive: true, force: true });
    }
  }
  if (!holdsVault(layout.dataDir)) return null;

  const id = newJournalId();
  const staging = join(layout.journalsDir, `${STAGING_PREFIX}${id}`);
  await mkdir(staging, { recursive: true, mode: 0o700 });
  await afterStep('staging');
  for (const item of legacyItems(layout.dataDir)) {
    if (!existsSync(item)) continue;
    await linkTree(item, join(staging, item.slice(layout.dataDir.length + 1)));
    await afterStep(`linked ${item.slice(layout.dataDir.length + 1)}`);
  }
  await writeFile(join(staging, MIGRATION_MARKER), 'The old names in the data folder are still to be removed.\n');
  await fsyncDir(staging);
  await afterStep('marked');
  // The commit point.
  await rename(staging, layout.journalDir(id));
  await fsyncDir(layout.journalsDir);
  await afterStep('renamed');
  await finish(layout, registry, id, afterStep);
  return id;
}

async function finish(
  layout: JournalLayout,
  registry: JournalRegistry,
  id: string,
  afterStep: (step: string) => Promise<void> | void,
): Promise<void> {
  // "Journal 1", unless other journals were already here (then the next free neutral name).
  const name = (await registry.list()).find((entry) => entry.id === id)?.name ?? 'Journal 1';
  await registry.put({ id, name });
  await afterStep('registered');
  await removeLegacyNames(layout.dataDir);
  await afterStep('old names removed');
  await rm(join(layout.journalDir(id), MIGRATION_MARKER), { force: true });
  await fsyncDir(layout.journalDir(id));
}
