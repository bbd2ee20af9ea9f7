import type { Migration } from '../migrate';

/**
 * The safety check keeps only when it was done, never the answers. Vaults made before this
 * stored the answers as JSON; this rebuilds the table without that column, so a forced
 * unlock can no longer show "afraid of partner: yes". Every connection runs with
 * secure_delete on, so the dropped table's pages are overwritten, not left in free space.
 */
export const safetyCheckDateMigration: Migration = {
  version: 6,
  name: 'safety-check-date',
  up(db) {
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('program_safety_check');
    // Nothing to erase where the table already has the new shape (a schema version set back by hand).
    if (!columns.includes('answers')) return;
    db.exec(`
      CREATE TABLE program_safety_check_done (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        content_version INTEGER NOT NULL,
        completed_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO program_safety_check_done (id, content_version, completed_at)
        SELECT id, content_version, answered_at FROM program_safety_check;
      DROP TABLE program_safety_check;
      ALTER TABLE program_safety_check_done RENAME TO program_safety_check;
    `);
  },
};
