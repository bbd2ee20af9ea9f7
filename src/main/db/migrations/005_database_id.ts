import type { Migration } from '../migrate';

/**
 * A random identifier for this journal, made once (at creation, or here for a journal made
 * before it existed) and never changed, not even when the data key is rotated. The key file
 * records it (and its checksum covers it), so a key file that belongs to another journal is
 * named as such instead of being taken for a damaged journal.
 */
export const DATABASE_ID = 'database_id';

export const databaseIdMigration: Migration = {
  version: 5,
  name: 'database id',
  up(db) {
    db.prepare(`INSERT OR IGNORE INTO vault_meta (key, value) VALUES (?, lower(hex(randomblob(16))))`).run(
      DATABASE_ID,
    );
  },
};
