import { MendError } from '@shared/errors';
import type { TrackId } from '@shared/ipc/contract';
import type { LocalDate } from '@shared/dates';
import { Checkin } from '@shared/tracker/checkins';
import type { Db } from '../db/openDatabase';

/**
 * The SQL behind the tracker: one row per (track, date) in `tracker_checkins`, the answers
 * as JSON. Every row read back is checked by the same zod schema that checked it going in.
 */

interface Row {
  track: string;
  date: string;
  answers: string;
}

export interface TrackTotalsRow {
  track: TrackId;
  count: number;
  first: LocalDate;
  last: LocalDate;
}

/** The answers without the key columns, which live in their own columns. */
function answersOf(checkin: Checkin): string {
  const { track: _track, date: _date, ...answers } = checkin;
  return JSON.stringify(answers);
}

function toCheckin(row: Row): Checkin {
  let answers: unknown;
  try {
    answers = JSON.parse(row.answers);
  } catch {
    answers = null;
  }
  const parsed = Checkin.safeParse(
    typeof answers === 'object' && answers !== null ? { ...answers, track: row.track, date: row.date } : null,
  );
  if (!parsed.success) {
    // Nothing is changed or dropped: the row stays as it is for a later version to read.
    throw new MendError('DAMAGED', 'A check-in in your journal could not be read.');
  }
  return parsed.data;
}

/** Inserts or replaces the day's check-in; `created` says whether the day was empty before. */
export function upsertCheckin(db: Db, checkin: Checkin, nowMs: number): { created: boolean } {
  return db.transaction(() => {
    const existing = db
      .prepare('SELECT 1 FROM tracker_checkins WHERE track = ? AND date = ?')
      .get(checkin.track, checkin.date);
    db.prepare(
      `INSERT INTO tracker_checkins (track, date, answers, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (track, date) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at`,
    ).run(checkin.track, checkin.date, answersOf(checkin), nowMs, nowMs);
    return { created: existing === undefined };
  })();
}

export function findCheckin(db: Db, track: TrackId, date: LocalDate): Checkin | null {
  const row = db
    .prepare('SELECT track, date, answers FROM tracker_checkins WHERE track = ? AND date = ?')
    .get(track, date) as Row | undefined;
  return row === undefined ? null : toCheckin(row);
}

/** The track's check-ins from `from` to `to`, both included, oldest first. */
export function checkinsBetween(db: Db, track: TrackId, from: LocalDate, to: LocalDate): Checkin[] {
  const rows = db
    .prepare(
      `SELECT track, date, answers FROM tracker_checkins
       WHERE track = ? AND date >= ? AND date <= ? ORDER BY date`,
    )
    .all(track, from, to) as Row[];
  return rows.map(toCheckin);
}

export function deleteCheckin(db: Db, track: TrackId, date: LocalDate): boolean {
  return db.prepare('DELETE FROM tracker_checkins WHERE track = ? AND date = ?').run(track, date).changes > 0;
}

export function trackTotals(db: Db): TrackTotalsRow[] {
  return db
    .prepare(
      `SELECT track, COUNT(*) AS count, MIN(date) AS first, MAX(date) AS last
       FROM tracker_checkins GROUP BY track`,
    )
    .all() as TrackTotalsRow[];
}
