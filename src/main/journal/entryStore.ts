import { MendError } from '@shared/errors';
import type {
  Entry,
  EntryFilter,
  EntrySummary,
  NeighborDirection,
  TimelineCursor,
  TrashedEntry,
} from '@shared/ipc/contracts/journal';
import { excerptOf } from '@shared/journalText';
import type { Db } from '../db/openDatabase';
import { statement } from '../db/statements';

/**
 * Plain SQL over the journal tables. No transactions and no search indexing here: the
 * service wraps each write so the entry, its tags and its search document change together.
 */

interface EntryRow {
  id: number;
  date: string;
  title: string;
  body: string;
  stepId: string | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

interface SummaryRow {
  id: number;
  date: string;
  title: string;
  head: string;
  stepId: string | null;
  updatedAt: number;
  deletedAt: number | null;
}

export interface EntryFields {
  date: string;
  title: string;
  body: string;
  tags: string[];
  stepId: string | null;
}

/** Only the start of a body ever leaves SQLite for a list: never whole bodies. */
const HEAD_CHARS = 400;

const SUMMARY_COLUMNS = `e.id AS id, e.entry_date AS date, e.title AS title, substr(e.body, 1, ${HEAD_CHARS}) AS head,
  e.step_id AS stepId, e.updated_at AS updatedAt, e.deleted_at AS deletedAt`;

function tagsFor(db: Db, ids: readonly number[]): Map<number, string[]> {
  const byEntry = new Map<number, string[]>();
  if (ids.length === 0) return byEntry;
  const rows = statement(
    db,
    `SELECT entry_id AS id, tag FROM journal_entry_tags
       WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY tag`,
  ).all(JSON.stringify(ids)) as { id: number; tag: string }[];
  for (const row of rows) byEntry.set(row.id, [...(byEntry.get(row.id) ?? []), row.tag]);
  return byEntry;
}

function toSummary(row: SummaryRow, tags: Map<number, string[]>): EntrySummary {
  return {
    id: row.id,
    date: row.date,
    title: row.title,
    excerpt: excerptOf(row.head),
    tags: tags.get(row.id) ?? [],
    stepId: row.stepId,
    updatedAt: row.updatedAt,
  };
}

function filterClauses(filter: EntryFilter): { where: string[]; params: Record<string, string | number> } {
  const where = ['e.deleted_at IS NULL'];
  const params: Record<string, string | number> = {};
  if (filter.tag !== undefined) {
    where.push('EXISTS (SELECT 1 FROM journal_entry_tags t WHERE t.entry_id = e.id AND t.tag = @tag)');
    params['tag'] = filter.tag;
  }
  if (filter.stepId !== undefined) {
    where.push('e.step_id = @stepId');
    params['stepId'] = filter.stepId;
  }
  if (filter.from !== undefined) {
    where.push('e.entry_date >= @from');
    params['from'] = filter.from;
  }
  if (filter.to !== undefined) {
    where.push('e.entry_date <= @to');
    params['to'] = filter.to;
  }
  return { where, params };
}

export function findEntry(db: Db, id: number): { entry: Entry; deletedAt: number | null } | null {
  const row = statement(
    db,
    `SELECT id, entry_date AS date, title, body, step_id AS stepId, created_at AS createdAt,
         updated_at AS updatedAt, deleted_at AS deletedAt
       FROM journal_entries WHERE id = ?`,
  ).get(id) as EntryRow | undefined;
  if (row === undefined) return null;
  const { deletedAt, ...rest } = row;
  return { entry: { ...rest, tags: tagsFor(db, [id]).get(id) ?? [] }, deletedAt };
}

/** A live (not trashed) entry, or NOT_FOUND. */
export function requireLiveEntry(db: Db, id: number): Entry {
  const found = findEntry(db, id);
  if (found === null || found.deletedAt !== null)
    throw new MendError('NOT_FOUND', 'That entry does not exist.');
  return found.entry;
}

export function insertEntry(db: Db, fields: EntryFields, now: number): number {
  const result = statement(
    db,
    `INSERT INTO journal_entries (entry_date, title, body, step_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(fields.date, fields.title, fields.body, fields.stepId, now, now);
  const id = Number(result.lastInsertRowid);
  writeTags(db, id, fields.tags);
  return id;
}

/** Rewrites the entry's row; its tags only when `tagsChanged` (a save while typing leaves them alone). */
export function updateEntry(
  db: Db,
  id: number,
  fields: EntryFields,
  now: number,
  tagsChanged: boolean,
): void {
  statement(
    db,
    `UPDATE journal_entries SET entry_date = ?, title = ?, body = ?, step_id = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(fields.date, fields.title, fields.body, fields.stepId, now, id);
  if (tagsChanged) writeTags(db, id, fields.tags);
}

/** What the timeline shows of one entry (its first characters, never the whole body). */
export function summaryOf(db: Db, id: number): EntrySummary {
  const row = statement(db, `SELECT ${SUMMARY_COLUMNS} FROM journal_entries e WHERE e.id = ?`).get(id) as
    SummaryRow | undefined;
  if (row === undefined) throw new MendError('NOT_FOUND', 'That entry does not exist.');
  return toSummary(row, tagsFor(db, [id]));
}

function writeTags(db: Db, id: number, tags: readonly string[]): void {
  statement(db, 'DELETE FROM journal_entry_tags WHERE entry_id = ?').run(id);
  const insert = statement(db, 'INSERT OR IGNORE INTO journal_entry_tags (entry_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(id, tag);
}

export function listEntries(
  db: Db,
  filter: EntryFilter,
  after: TimelineCursor | null,
  limit: number,
): { items: EntrySummary[]; next: TimelineCursor | null; total: number } {
  const { where, params } = filterClauses(filter);
  const total = (
    statement(db, `SELECT count(*) AS n FROM journal_entries e WHERE ${where.join(' AND ')}`).get(params) as {
      n: number;
    }
  ).n;
  const pageWhere = [...where];
  const pageParams: Record<string, string | number> = { ...params, limit: limit + 1 };
  if (after !== null) {
    pageWhere.push('(e.entry_date, e.id) < (@afterDate, @afterId)');
    pageParams['afterDate'] = after.date;
    pageParams['afterId'] = after.id;
  }
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM journal_entries e WHERE ${pageWhere.join(' AND ')}
       ORDER BY e.entry_date DESC, e.id DESC LIMIT @limit`,
  ).all(pageParams) as SummaryRow[];
  const page = rows.slice(0, limit);
  const tags = tagsFor(
    db,
    page.map((row) => row.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(row, tags)),
    next: rows.length > limit && last !== undefined ? { date: last.date, id: last.id } : null,
    total,
  };
}

export function neighborOf(
  db: Db,
  id: number,
  direction: NeighborDirection,
  filter: EntryFilter,
): number | null {
  const current = requireLiveEntry(db, id);
  const { where, params } = filterClauses(filter);
  const older = direction === 'older';
  where.push(`(e.entry_date, e.id) ${older ? '<' : '>'} (@curDate, @curId)`);
  const order = older ? 'DESC' : 'ASC';
  const row = statement(
    db,
    `SELECT e.id AS id FROM journal_entries e WHERE ${where.join(' AND ')}
       ORDER BY e.entry_date ${order}, e.id ${order} LIMIT 1`,
  ).get({ ...params, curDate: current.date, curId: current.id }) as { id: number } | undefined;
  return row?.id ?? null;
}

export function daysWithEntries(db: Db, month: string): { date: string; count: number }[] {
  return statement(
    db,
    `SELECT entry_date AS date, count(*) AS count FROM journal_entries
       WHERE deleted_at IS NULL AND entry_date BETWEEN ? AND ?
       GROUP BY entry_date ORDER BY entry_date`,
  ).all(`${month}-01`, `${month}-31`) as { date: string; count: number }[];
}

export function tagCounts(db: Db): { tag: string; count: number }[] {
  return statement(
    db,
    `SELECT t.tag AS tag, count(*) AS count FROM journal_entry_tags t
       JOIN journal_entries e ON e.id = t.entry_id AND e.deleted_at IS NULL
       GROUP BY t.tag ORDER BY count DESC, t.tag`,
  ).all() as { tag: string; count: number }[];
}

export function setDeletedAt(db: Db, id: number, deletedAt: number | null): void {
  statement(db, 'UPDATE journal_entries SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

export function trashedEntries(db: Db): TrashedEntry[] {
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM journal_entries e WHERE e.deleted_at IS NOT NULL
       ORDER BY e.deleted_at DESC, e.id DESC`,
  ).all() as SummaryRow[];
  const tags = tagsFor(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...toSummary(row, tags), deletedAt: row.deletedAt ?? 0 }));
}

/** Erases trashed entries (tags go with them by cascade). Returns how many rows went. */
export function eraseTrashed(db: Db, id: number | undefined): number {
  if (id === undefined)
    return statement(db, 'DELETE FROM journal_entries WHERE deleted_at IS NOT NULL').run().changes;
  return statement(db, 'DELETE FROM journal_entries WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes;
}

export function eraseTrashedBefore(db: Db, cutoff: number): number {
  return statement(db, 'DELETE FROM journal_entries WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(
    cutoff,
  ).changes;
}

/** Every live entry in full, oldest day first (exports). Bodies are read in one pass, not per id. */
export function allLiveEntries(db: Db): Entry[] {
  const rows = statement(
    db,
    `SELECT id, entry_date AS date, title, body, step_id AS stepId, created_at AS createdAt,
         updated_at AS updatedAt
       FROM journal_entries WHERE deleted_at IS NULL ORDER BY entry_date, created_at, id`,
  ).all() as Omit<EntryRow, 'deletedAt'>[];
  const tags = tagsFor(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, tags: tags.get(row.id) ?? [] }));
}

/** How many entries exist at all, trashed ones included (an import refuses a journal with any). */
export function countAllEntries(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n;
}

/** Inserts an imported entry with its own times, and its id when it has one (keeps links stable). */
export function insertImportedEntry(
  db: Db,
  fields: EntryFields,
  times: { id: number | null; createdAt: number; updatedAt: number },
): number {
  const result = statement(
    db,
    `INSERT INTO journal_entries (id, entry_date, title, body, step_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(times.id, fields.date, fields.title, fields.body, fields.stepId, times.createdAt, times.updatedAt);
  const id = Number(result.lastInsertRowid);
  writeTags(db, id, fields.tags);
  return id;
}
