import type { Migration } from '../migrate';
import { coreMigration } from './001_core';
import { programMigration } from './002_program';
import { journalMigration } from './003_journal';
import { trackerMigration } from './004_tracker';
import { databaseIdMigration } from './005_database_id';
import { safetyCheckDateMigration } from './006_safety_check_date';
import { talkedCheckinMigration } from './007_talked_checkin';
import { searchPendingMigration } from './008_search_pending';

/** Every schema migration, in order. Each feature adds its own file and one line here. */
export const MIGRATIONS: readonly Migration[] = [
  coreMigration,
  programMigration,
  journalMigration,
  trackerMigration,
  databaseIdMigration,
  safetyCheckDateMigration,
  talkedCheckinMigration,
  searchPendingMigration,
];
