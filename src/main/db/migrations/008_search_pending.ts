import type { Migration } from '../migrate';

/**
 * Text waiting to be indexed. Rewriting an entry's FTS5 document on every autosave was about
 * 85% of a save's cost (2.7 ms of 3.2 ms in `npm run bench`), paid every half second while
 * someone types. A save now upserts the new document here, one plain row in the same
 * transaction as the entry, and every search first moves these rows into the index
 * (src/main/search/searchIndex.ts), so a search still never disagrees with what was saved.
 * The rows are inside the encrypted database like the entry itself, and removing a document
 * removes its waiting row too (secure_delete overwrites it).
 */
export const searchPendingMigration: Migration = {
  version: 8,
  name: 'search-pending',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS search_pending (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('entry', 'note')),
        ref_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        doc_date TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;
    `);
  },
};
