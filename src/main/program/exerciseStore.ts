import type { ExerciseKind } from '@shared/content';
import { MendError } from '@shared/errors';
import { ExerciseData } from '@shared/exercises';
import type { ExerciseRecord } from '@shared/ipc/contract';
import type { Db } from '../db/openDatabase';

/**
 * Exercise tools' data, one JSON row per step and kind. The JSON is checked against the
 * schema again when read: a row that no longer fits is reported as damaged, never shown
 * half-understood, and never silently replaced by a blank tool that would overwrite it.
 */

/** Told about an exercise write inside its transaction (the search index listens). */
export type ExerciseWritten = (db: Db, written: { stepId: string; data: ExerciseData; now: number }) => void;

interface ExerciseRow {
  data: string;
  updated_at: number;
}

export function readExercise(db: Db, stepId: string, kind: ExerciseKind): ExerciseRecord {
  const row = db
    .prepare('SELECT data, updated_at FROM exercise_data WHERE step_id = ? AND kind = ?')
    .get(stepId, kind) as ExerciseRow | undefined;
  if (row === undefined) return { stepId, kind, data: null, updatedAt: null };
  return { stepId, kind, data: parseRow(row, kind), updatedAt: row.updated_at };
}

/** Every saved exercise (exports), ordered by step; a row that no longer fits is DAMAGED. */
export function listExercises(db: Db): { stepId: string; data: ExerciseData; updatedAt: number }[] {
  const rows = db
    .prepare('SELECT step_id, kind, data, updated_at FROM exercise_data ORDER BY step_id, kind')
    .all() as (ExerciseRow & { step_id: string; kind: string })[];
  return rows.map((row) => ({
    stepId: row.step_id,
    data: parseRow(row, row.kind),
    updatedAt: row.updated_at,
  }));
}

function parseRow(row: ExerciseRow, kind: string): ExerciseData {
  let raw: unknown;
  try {
    raw = JSON.parse(row.data);
  } catch {
    raw = undefined;
  }
  const parsed = ExerciseData.safeParse(raw);
  if (!parsed.success || parsed.data.kind !== kind) {
    throw new MendError('DAMAGED', 'The saved exercise could not be read.');
  }
  return parsed.data;
}

export function writeExercise(
  db: Db,
  stepId: string,
  data: ExerciseData,
  contentVersion: number,
  now: number,
): ExerciseRecord {
  // Parse again here, not only at the contract: this store is also the guard for callers inside main.
  const checked = ExerciseData.parse(data);
  db.prepare(
    `INSERT INTO exercise_data (step_id, kind, data, content_version, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (step_id, kind) DO UPDATE SET
       data = excluded.data, content_version = excluded.content_version, updated_at = excluded.updated_at`,
  ).run(stepId, checked.kind, JSON.stringify(checked), contentVersion, now);
  return { stepId, kind: checked.kind, data: checked, updatedAt: now };
}
