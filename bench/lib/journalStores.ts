import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../src/main/db/migrate';
import { applyRequiredPragmas } from '../../src/main/db/connectionPragmas';
import type { Db } from '../../src/main/db/openDatabase';
import { createEventBus } from '../../src/main/ipc/eventBus';
import { createJournalService, type JournalService } from '../../src/main/journal/journalService';
import { noteSearchIndexer } from '../../src/main/program/noteSearchIndexer';
import { writePromptNote } from '../../src/main/program/promptNotes';
import { createTrackerService, type TrackerService } from '../../src/main/tracker/trackerService';
import { upsertCheckin } from '../../src/main/tracker/trackerStore';
import { createVaultService } from '../../src/main/vault/vaultService';
import type { ProgramContent } from '../../src/shared/content';
import { TEST_ARGON2 } from '../../tests/harness/core';
import type { BenchSizes } from '../measurement';
import { dailyCheckins, journalEntries, NEWEST_DAY, stepNotes } from './dataset';

/**
 * The same journal, written twice through the same services and migrations: once into the
 * real encrypted vault, once into an unencrypted SQLite file with the very same pragmas
 * (WAL, synchronous=FULL, secure_delete, ...). Only the cipher differs between the two.
 */

export interface JournalStore {
  label: 'encrypted' | 'plain';
  db(): Db;
  journal: JournalService;
  tracker: TrackerService;
  /** Ids of the entries, newest first. */
  ids: number[];
  close(): Promise<void>;
}

export const BENCH_PASSPHRASE = 'bench passphrase for the synthetic journal';
/** A fixed clock just after the newest entry, so "today" is the same on every run. */
const benchNow = () => Date.parse(`${NEWEST_DAY}T21:00:00Z`);

/** A plain SQLite file opened the way openDatabase opens the vault, minus the key. */
export function openPlainDatabase(path: string): Db {
  const db = new Database(path);
  applyRequiredPragmas(db, { readOnly: false, platform: process.platform });
  migrate(db);
  return db;
}

function seed(db: Db, journal: JournalService, program: ProgramContent, sizes: BenchSizes): number[] {
  const entries = journalEntries(sizes);
  const ids = journal.insertMany(entries);
  const indexNote = noteSearchIndexer(program);
  db.transaction(() => {
    for (const note of stepNotes(program)) {
      writePromptNote(db, { ...note, contentVersion: 1, now: benchNow() }, indexNote);
    }
    for (const checkin of dailyCheckins(sizes)) upsertCheckin(db, checkin, benchNow());
  })();
  // Start every measurement from a checkpointed WAL, as after a normal unlock.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return ids;
}

export async function encryptedStore(
  dir: string,
  program: ProgramContent,
  sizes: BenchSizes,
): Promise<JournalStore> {
  const vault = createVaultService({
    dataDir: join(dir, 'vault'),
    bus: createEventBus(),
    argon2: TEST_ARGON2,
  });
  await vault.create(BENCH_PASSPHRASE);
  const journal = createJournalService({ vault, now: benchNow });
  const tracker = createTrackerService({ vault, now: benchNow });
  const ids = seed(vault.db(), journal, program, sizes);
  return {
    label: 'encrypted',
    db: () => vault.db(),
    journal,
    tracker,
    ids,
    close: async () => {
      await vault.lock('manual');
      await vault.dispose();
    },
  };
}

export function plainStore(dir: string, program: ProgramContent, sizes: BenchSizes): JournalStore {
  const db = openPlainDatabase(join(dir, 'plain.sqlite'));
  const vault = { db: () => db };
  const journal = createJournalService({ vault, now: benchNow });
  const tracker = createTrackerService({ vault, now: benchNow });
  const ids = seed(db, journal, program, sizes);
  return {
    label: 'plain',
    db: () => db,
    journal,
    tracker,
    ids,
    close: async () => {
      db.close();
    },
  };
}
