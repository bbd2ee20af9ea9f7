import type { SearchKind, SearchPage, SearchRequest } from '@shared/ipc/contracts/journal';
import type { Db } from '../db/openDatabase';
import { toErrorInfo } from '../ipc/toErrorInfo';
import { indexQueuedDocuments, MARK_END, MARK_START } from './searchIndex';
import { planSearch } from './searchQuery';
import { partsFromMarked, substringSnippet, withoutMarkdown } from './snippet';

interface Row {
  doc: number;
  kind: SearchKind;
  refId: string;
  date: string;
  title: string;
  marked: string | null;
  body: string | null;
}

/**
 * Searches journal entries and step notes together, newest first, with a highlighted
 * snippet for each hit. The FTS5 expression comes only from `planSearch`, so whatever a
 * person typed, the answer is hits or an empty list. Text saved since the last search is
 * indexed first, so the answer is about what was saved (or says, with `behind`, that the
 * newest text could not be indexed).
 */
export function searchDocuments(db: Db, request: SearchRequest): SearchPage {
  const plan = planSearch(request.text);
  if (plan.match === null && plan.substrings.length === 0) return { hits: [], next: null, behind: false };
  const behind = !catchUpIndex(db);

  const where: string[] = [];
  const params: Record<string, string | number> = { limit: request.limit + 1 };
  // An entry's title is the person's words; a step note's title is Mend's (the step and the
  // question it answers), so a note matches on what was written in it, or a common word of
  // a question ("partner", "hard") would find every note written under that question.
  if (plan.match !== null) {
    where.push(
      `search_index MATCH @match AND (d.kind = 'entry' OR search_index.rowid IN
         (SELECT rowid FROM search_index WHERE search_index MATCH @bodyMatch))`,
    );
    params['match'] = plan.match;
    params['bodyMatch'] = `body : (${plan.match})`;
  }
  plan.substrings.forEach((needle, index) => {
    where.push(`(instr(d.body, @s${index}) > 0 OR (d.kind = 'entry' AND instr(d.title, @s${index}) > 0))`);
    params[`s${index}`] = needle;
  });
  if (request.kinds !== undefined) {
    where.push(`d.kind IN (${request.kinds.map((_, index) => `@k${index}`).join(', ')})`);
    request.kinds.forEach((kind, index) => (params[`k${index}`] = kind));
  }
  if (request.after !== null) {
    where.push('(d.doc_date, d.id) < (@afterDate, @afterDoc)');
    params['afterDate'] = request.after.date;
    params['afterDoc'] = request.after.doc;
  }

  // The snippet is always the body's (column 1): the title is shown above it anyway, and for
  // a match in the title alone FTS5 gives the body's opening words, which say more.
  const columns = 'd.id AS doc, d.kind AS kind, d.ref_id AS refId, d.doc_date AS date, d.title AS title';
  const sql =
    plan.match !== null
      ? `SELECT ${columns},
           snippet(search_index, 1, '${MARK_START}', '${MARK_END}', '…', 24) AS marked,
           ${plan.substrings.length > 0 ? 'd.body' : 'NULL'} AS body
         FROM search_index JOIN search_docs d ON d.id = search_index.rowid
         WHERE ${where.join(' AND ')}
         ORDER BY d.doc_date DESC, d.id DESC LIMIT @limit`
      : `SELECT ${columns}, NULL AS marked, d.body AS body
         FROM search_docs d
         WHERE ${where.join(' AND ')}
         ORDER BY d.doc_date DESC, d.id DESC LIMIT @limit`;

  const rows = db.prepare(sql).all(params) as Row[];
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    hits: page.map((row) => ({
      kind: row.kind,
      refId: row.refId,
      date: row.date,
      title: row.title,
      snippet: snippetFor(row, plan.substrings),
    })),
    next: rows.length > request.limit && last !== undefined ? { date: last.date, doc: last.doc } : null,
    behind,
  };
}

/**
 * Moves queued text into the index. When storage refuses the write (a full disk, a folder that
 * turned read-only) it answers false and the search goes on over what is already indexed: a
 * person can still find their words, and is told the newest ones are missing. The queue is
 * kept (the failed transaction rolls back), so a later search catches up.
 */
function catchUpIndex(db: Db): boolean {
  try {
    indexQueuedDocuments(db);
    return true;
  } catch (error) {
    const { code } = toErrorInfo(error);
    if (code === 'DISK_FULL' || code === 'READ_ONLY') return false;
    throw error;
  }
}

function snippetFor(row: Row, substrings: readonly string[]) {
  // With substrings in play, FTS5 cannot mark them: prefer a window around the substring.
  if (substrings.length > 0 && row.body !== null) {
    const inBody = substrings.some((needle) => row.body?.includes(needle));
    return withoutMarkdown(substringSnippet(inBody ? row.body : row.title, substrings));
  }
  return withoutMarkdown(partsFromMarked(row.marked ?? ''));
}
