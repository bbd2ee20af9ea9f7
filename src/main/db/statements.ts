import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './openDatabase';

type Statement = Database.Statement;

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection. Hot paths (autosave, bulk inserts)
 * run the same SQL thousands of times; a new connection after unlock gets a fresh cache.
 */
export function statement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
