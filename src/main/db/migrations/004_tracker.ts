import type { Migration } from '../migrate';

/**
 * The self-forgiveness tracker: one row per track and calendar day. The answers are a JSON
 * object checked by the zod schemas on the way in and out, so a new question needs no
 * schema change; track and date are real columns because they are the key and the range.
 */
export const trackerMigration: Migration = {
  version: 4,
  name: 'tracker',
  up(db) {
    db.exec(`
      CREATE TABLE tracker_checkins (
        track TEXT NOT NULL CHECK (track IN ('broke-trust', 'was-hurt')),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        answers TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'object'),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (track, date)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
