import type { ProgramState, StepStatus, TrackId } from '@shared/ipc/contract';
import type { Db } from '../db/openDatabase';
import { safetyCheckReofferDue } from '@shared/safetyCheck';
import type { ProgramIndex } from './programIndex';
import { stepsWithWords } from './startedSteps';

/** Reads and writes the person's place in the program: paths, safety check, step status. */

const LAST_OPENED_STEP = 'last_opened_step';
const SAFETY_CHECK_POSTPONED = 'safety_check_postponed_at';

export function readProgramState(db: Db, index: ProgramIndex, now: number): ProgramState {
  const chosen = new Set(
    (db.prepare('SELECT track FROM program_tracks').all() as { track: TrackId }[]).map((row) => row.track),
  );
  const check = db.prepare('SELECT completed_at FROM program_safety_check WHERE id = 1').get() as
    { completed_at: number } | undefined;
  const safetyCheckDoneAt = check?.completed_at ?? null;
  const postponed = db.prepare('SELECT value FROM program_meta WHERE key = ?').get(SAFETY_CHECK_POSTPONED) as
    { value: string } | undefined;
  const stored = new Map(
    (
      db.prepare('SELECT step_id, status FROM program_step_status').all() as {
        step_id: string;
        status: StepStatus;
      }[]
    ).map((row) => [row.step_id, row.status]),
  );
  const written = stepsWithWords(db);
  const steps: Record<string, StepStatus> = {};
  for (const step of index.steps) {
    steps[step.id] = stored.get(step.id) ?? (written.has(step.id) ? 'in-progress' : 'not-started');
  }

  const last = db.prepare('SELECT value FROM program_meta WHERE key = ?').get(LAST_OPENED_STEP) as
    { value: string } | undefined;
  // A step a newer content dropped is not a place anyone can continue from.
  const lastOpenedStepId = last !== undefined && last.value in steps ? last.value : null;

  return {
    contentVersion: index.version,
    tracks: index.trackOrder.filter((track) => chosen.has(track)),
    safetyCheckDone: safetyCheckDoneAt !== null,
    safetyCheckDoneAt,
    safetyCheckReoffer: safetyCheckReofferDue(
      safetyCheckDoneAt,
      postponed === undefined ? null : Number(postponed.value),
      now,
    ),
    steps,
    lastOpenedStepId,
  };
}

/** Replaces the chosen paths; keeps the original date for a path chosen again. */
export function writeTracks(db: Db, tracks: readonly TrackId[], now: number): void {
  db.transaction(() => {
    const keep = JSON.stringify(tracks);
    db.prepare('DELETE FROM program_tracks WHERE track NOT IN (SELECT value FROM json_each(?))').run(keep);
    const insert = db.prepare('INSERT OR IGNORE INTO program_tracks (track, chosen_at) VALUES (?, ?)');
    for (const track of tracks) insert.run(track, now);
  })();
}

/** Records that the safety check was done, and when. There is no column for answers. */
export function writeSafetyCheckDone(db: Db, contentVersion: number, now: number): void {
  db.prepare(
    `INSERT INTO program_safety_check (id, content_version, completed_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET content_version = excluded.content_version, completed_at = excluded.completed_at`,
  ).run(contentVersion, now);
}

/** "Not now" on the re-offer: the next offer waits another few weeks from today. */
export function writeSafetyCheckPostponed(db: Db, now: number): void {
  db.prepare('INSERT OR REPLACE INTO program_meta (key, value) VALUES (?, ?)').run(
    SAFETY_CHECK_POSTPONED,
    String(now),
  );
}

export function writeStepStatus(db: Db, stepId: string, status: StepStatus, now: number): void {
  db.prepare(
    `INSERT INTO program_step_status (step_id, status, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (step_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
  ).run(stepId, status, now);
}

export function writeLastOpenedStep(db: Db, stepId: string): void {
  db.prepare('INSERT OR REPLACE INTO program_meta (key, value) VALUES (?, ?)').run(LAST_OPENED_STEP, stepId);
}

export interface StepProgressRow {
  stepId: string;
  status: StepStatus;
  updatedAt: number;
}

/**
 * Every step's status with when it last changed (exports), including steps content dropped:
 * the stored ones, and `in-progress` for a step with words written in it and no status chosen
 * (dated by its newest note or exercise), so an export says what the screen says.
 */
export function listStepProgress(db: Db): StepProgressRow[] {
  const stored = db
    .prepare(
      'SELECT step_id AS stepId, status, updated_at AS updatedAt FROM program_step_status ORDER BY step_id',
    )
    .all() as StepProgressRow[];
  const chosen = new Set(stored.map((row) => row.stepId));
  const lastWritten = db
    .prepare(
      `SELECT max(updated_at) FROM (
       SELECT updated_at FROM prompt_notes WHERE step_id = @stepId
       UNION ALL SELECT updated_at FROM exercise_data WHERE step_id = @stepId)`,
    )
    .pluck();
  const derived = [...stepsWithWords(db)]
    .filter((stepId) => !chosen.has(stepId))
    .map((stepId): StepProgressRow => ({
      stepId,
      status: 'in-progress',
      updatedAt: (lastWritten.get({ stepId }) as number | null) ?? 0,
    }));
  return [...stored, ...derived].sort((a, b) => (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0));
}

/** Writes a status only where the step has none yet (imports never overwrite). */
export function insertStepStatusIfAbsent(db: Db, row: StepProgressRow): void {
  db.prepare('INSERT OR IGNORE INTO program_step_status (step_id, status, updated_at) VALUES (?, ?, ?)').run(
    row.stepId,
    row.status,
    row.updatedAt,
  );
}
