import { createHash, type Hash } from 'node:crypto';
import type { Db } from './openDatabase';

interface TableInfo {
  name: string;
  withoutRowid: boolean;
}

/** Writes one value with a type tag, so `1`, `'1'` and `x'01'` never hash alike. */
function feedValue(hash: Hash, value: unknown): void {
  if (value === null) hash.update('n;');
  else if (typeof value === 'bigint') hash.update(`i${String(value)};`);
  else if (typeof value === 'number') hash.update(`r${String(value)};`);
  else if (typeof value === 'string') hash.update(`s${Buffer.byteLength(value)}:`).update(value, 'utf8');
  else if (Buffer.isBuffer(value)) hash.update(`b${value.length}:`).update(value);
  else hash.update(`?${String(value)};`);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function tablesOf(db: Db): TableInfo[] {
  const rows = db
    .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
    .all() as {
    name: string;
    wr: number;
  }[];
  return rows
    .filter((row) => !row.name.startsWith('sqlite_'))
    .map((row) => ({ name: row.name, withoutRowid: row.wr === 1 }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function orderByFor(db: Db, table: TableInfo): string {
  if (!table.withoutRowid) return 'rowid';
  const keys = (
    db.prepare('SELECT name, pk FROM pragma_table_info(?)').all(table.name) as { name: string; pk: number }[]
  )
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk);
  return keys.map((column) => quoteIdent(column.name)).join(', ');
}

/**
 * A SHA-256 over the schema, the schema version and every row of every table, in a stable
 * order. Two databases with the same digest hold the same data, whatever their page layout:
 * a backup made with VACUUM INTO is compared with the live journal this way. Values are
 * streamed row by row, so memory stays flat on a big journal.
 */
export function contentDigest(db: Db): string {
  const hash = createHash('sha256');
  hash.update(`v${String(db.pragma('user_version', { simple: true }))};`);
  const schema = db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .raw(true)
    .iterate() as IterableIterator<unknown[]>;
  for (const row of schema) for (const value of row) feedValue(hash, value);
  for (const table of tablesOf(db)) {
    hash.update(`t${table.name.length}:${table.name}`);
    const statement = db
      .prepare(`SELECT * FROM ${quoteIdent(table.name)} ORDER BY ${orderByFor(db, table)}`)
      .raw(true)
      .safeIntegers(true);
    for (const row of statement.iterate() as IterableIterator<unknown[]>) {
      hash.update('r');
      for (const value of row) feedValue(hash, value);
    }
  }
  return hash.digest('hex');
}
