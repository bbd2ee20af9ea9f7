import type { Migration } from '../migrate';

/**
 * The journal and the general search index.
 *
 * - `journal_entries`: one row per entry. `deleted_at` set means "in the trash"; rows are
 *   erased for real when the trash is emptied or after 30 days (secure_delete overwrites them).
 *   AUTOINCREMENT so an erased id is never handed out again (an old link cannot point at a
 *   different entry).
 * - `search_docs` + `search_index`: an external-content FTS5 index shared by every kind of
 *   text (journal entries here, step notes from the program feature), keyed by kind + ref id.
 *   Triggers keep the index in step with `search_docs`, so callers only write documents.
 *   FTS5's own `secure-delete` option removes a deleted document's tokens at once instead of
 *   leaving them in old index segments.
 */
export const journalMigration: Migration = {
  version: 3,
  name: 'journal',
  up(db) {
    db.exec(`
      CREATE TABLE journal_entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_date TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        step_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
      ) STRICT;

      CREATE INDEX journal_entries_timeline ON journal_entries (entry_date DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX journal_entries_step ON journal_entries (step_id, entry_date DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX journal_entries_trash ON journal_entries (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE journal_entry_tags (
        entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (entry_id, tag)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX journal_entry_tags_by_tag ON journal_entry_tags (tag, entry_id);

      CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('entry', 'note')),
        ref_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        doc_date TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;

      CREATE INDEX search_docs_by_date ON search_docs (doc_date DESC, id DESC);

      CREATE VIRTUAL TABLE search_index USING fts5 (
        title,
        body,
        content = 'search_docs',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);

      CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_index (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
      CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
        INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_index (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
    `);
  },
};
