import { join } from 'node:path';

/** Where each vault file lives inside the data folder. */
export interface VaultPaths {
  dir: string;
  database: string;
  /** SQLite's write-ahead log and its index, beside the database. */
  wal: string;
  shm: string;
  keyFile: string;
  /** Present only while the data key is being changed: the new key, and the way between both. */
  nextKeyFile: string;
  /** SQLite's rollback journal, which exists only while the journal is out of WAL mode (a rekey). */
  rollbackJournal: string;
  /** Present while the journal is open; after a crash it says the WAL still matters. */
  openMarker: string;
  throttle: string;
  backups: string;
  backupState: string;
  /** Damaged files, copied here untouched before anything else happens. */
  quarantine: string;
  /** Journals replaced by a restore, kept in case the person wants them back. */
  replaced: string;
}

export function vaultPaths(dataDir: string): VaultPaths {
  const database = join(dataDir, 'journal.mend.db');
  return {
    dir: dataDir,
    database,
    wal: `${database}-wal`,
    shm: `${database}-shm`,
    keyFile: join(dataDir, 'journal.mend.key'),
    nextKeyFile: join(dataDir, 'journal.mend.key.next'),
    rollbackJournal: `${database}-journal`,
    openMarker: join(dataDir, 'journal.mend.open'),
    throttle: join(dataDir, 'unlock-throttle.json'),
    backups: join(dataDir, 'backups'),
    backupState: join(dataDir, 'backup-state.json'),
    quarantine: join(dataDir, 'damaged'),
    replaced: join(dataDir, 'replaced'),
  };
}
