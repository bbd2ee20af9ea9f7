import type { SearchKind } from '@shared/ipc/contracts/journal';
import type { Db } from '../db/openDatabase';
import { statement } from '../db/statements';

/**
 * The write side of the general search index. Every feature that has text worth finding
 * (journal entries, step notes) calls these inside its own write transaction. `search_docs`
 * triggers keep the FTS5 table in step (see migration 003). A document that changes while
 * someone types is queued instead (`queueDocument`, migration 008) and indexed by
 * `indexQueuedDocuments`, which every search runs first: either way a search never
 * disagrees with what was saved.
 */

export interface SearchDocument {
  kind: SearchKind;
  /** The owner's id as text: an entry id (`"42"`) or a note id. Unique within its kind. */
  refId: string;
  title: string;
  body: string;
  /** `YYYY-MM-DD`; results are listed newest first by this date. */
  date: string;
}

/** Private-use characters the search uses to mark matches in snippets. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/**
 * What goes into the index: NFC (so a word typed on one system finds text pasted from
 * another) and without the snippet markers (so stored text can never fake a highlight).
 */
export function indexableText(text: string): string {
  return text.normalize('NFC').replace(MARKERS, '');
}

/** A document as its row's named parameters, with the indexable text. */
function rowOf(doc: SearchDocument) {
  return {
    kind: doc.kind,
    refId: doc.refId,
    title: indexableText(doc.title),
    body: indexableText(doc.body),
    date: doc.date,
  };
}

/** Adds a document, or replaces the indexed text of the one with the same kind + ref id. */
export function indexDocument(db: Db, doc: SearchDocument): void {
  // This text is newer than any queued for the same document.
  statement(db, 'DELETE FROM search_pending WHERE kind = ? AND ref_id = ?').run(doc.kind, doc.refId);
  statement(
    db,
    `INSERT INTO search_docs (kind, ref_id, title, body, doc_date)
     VALUES (@kind, @refId, @title, @body, @date)
     ON CONFLICT (kind, ref_id) DO UPDATE SET
       title = excluded.title, body = excluded.body, doc_date = excluded.doc_date
     WHERE title IS NOT excluded.title OR body IS NOT excluded.body OR doc_date IS NOT excluded.doc_date`,
  ).run(rowOf(doc));
}

/**
 * Replaces a document's text at the next search rather than now: one plain row upserted in the
 * caller's transaction, where rewriting the FTS5 document costs several times the rest of a
 * save. For text saved again and again while someone types.
 */
export function queueDocument(db: Db, doc: SearchDocument): void {
  statement(
    db,
    `INSERT INTO search_pending (kind, ref_id, title, body, doc_date)
     VALUES (@kind, @refId, @title, @body, @date)
     ON CONFLICT (kind, ref_id) DO UPDATE SET
       title = excluded.title, body = excluded.body, doc_date = excluded.doc_date`,
  ).run(rowOf(doc));
}

/** Moves every queued document into the index, in one transaction; a search runs it first. */
export function indexQueuedDocuments(db: Db): void {
  const queued = statement(
    db,
    'SELECT kind, ref_id AS refId, title, body, doc_date AS date FROM search_pending',
  ).all() as SearchDocument[];
  if (queued.length === 0) return;
  db.transaction(() => {
    for (const doc of queued) indexDocument(db, doc);
  })();
}

/** Removes a document and its tokens (FTS5 secure-delete is on); a missing one is fine. */
export function removeDocument(db: Db, kind: SearchKind, refId: string): void {
  statement(db, 'DELETE FROM search_pending WHERE kind = ? AND ref_id = ?').run(kind, refId);
  statement(db, 'DELETE FROM search_docs WHERE kind = ? AND ref_id = ?').run(kind, refId);
}
