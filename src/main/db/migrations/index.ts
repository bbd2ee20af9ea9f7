import type { Migration } from '../migrate';
import { coreMigration } from './001_core';
import { journalMigration } from './003_journal';

/** Every schema migration, in order. Each feature adds its own file and one line here. */
export const MIGRATIONS: readonly Migration[] = [coreMigration, journalMigration];
