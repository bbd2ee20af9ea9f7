import type Database from 'better-sqlite3-multiple-ciphers';
import { MendError } from '@shared/errors';
import { MIGRATIONS } from './migrations';

export interface Migration {
  /** 1, 2, 3, …: the `user_version` the database has after this migration. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** The newest schema this build knows. */
export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, migration) => Math.max(max, migration.version), 0);
}

/**
 * Brings the schema up to date, one migration per transaction, tracked in `user_version`.
 * A database from a newer Mend is refused untouched rather than half-understood.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestSchemaVersion(migrations);
  if (current > latest) {
    throw new MendError('NEWER_VERSION', 'This journal was made by a newer version of Mend.');
  }
  const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
