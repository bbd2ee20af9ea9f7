import type { Migration } from '../migrate';

/**
 * The guided program's private state: chosen paths, the safety-check answers, step status,
 * the last opened step, a note per prompt and the exercise tools' data.
 *
 * Notes are keyed by prompt id and exercises by step id and kind, because those ids outlive
 * content versions; each row records the content version it was written against, so a later
 * version can tell which notes were written for wording it has since changed.
 */
export const programMigration: Migration = {
  version: 2,
  name: 'program',
  up(db) {
    db.exec(`
      CREATE TABLE program_tracks (
        track TEXT PRIMARY KEY CHECK (track IN ('broke-trust', 'was-hurt')),
        chosen_at INTEGER NOT NULL
      ) STRICT;

      -- One row: the latest answers, as JSON. Migration 6 drops the answers and keeps the date.
      CREATE TABLE program_safety_check (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        answers TEXT NOT NULL,
        content_version INTEGER NOT NULL,
        answered_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE program_step_status (
        step_id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done')),
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE program_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE prompt_notes (
        prompt_id TEXT PRIMARY KEY,
        step_id TEXT NOT NULL,
        text TEXT NOT NULL,
        content_version INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX prompt_notes_by_step ON prompt_notes (step_id);

      CREATE TABLE exercise_data (
        step_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        content_version INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (step_id, kind)
      ) STRICT;
    `);
  },
};
