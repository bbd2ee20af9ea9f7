import type { Db } from '../db/openDatabase';

/**
 * Which steps have words written in them: a note on any of their prompts, or an exercise with
 * any text in it. A step with words and no status the person chose counts as in progress
 * (issue 15: progress moves by itself); a status the person set, "not started" included,
 * always wins, and "done" is only ever theirs to choose.
 */
export function stepsWithWords(db: Db): Set<string> {
  const started = new Set<string>();
  const noted = db.prepare('SELECT DISTINCT step_id FROM prompt_notes').pluck().all() as string[];
  for (const stepId of noted) started.add(stepId);
  const exercises = db.prepare('SELECT step_id, data FROM exercise_data').all() as {
    step_id: string;
    data: string;
  }[];
  for (const row of exercises) {
    if (!started.has(row.step_id) && hasWords(parse(row.data))) started.add(row.step_id);
  }
  return started;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // a damaged row is reported where it is read, not here
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Fields that are bookkeeping, not writing. */
const NOT_WORDS = new Set(['kind', 'id']);

/** True when any text field (not an id, kind or bare date) holds more than blanks. */
export function hasWords(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '' && !DATE_ONLY.test(value);
  if (Array.isArray(value)) return value.some(hasWords);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, inner]) => !NOT_WORDS.has(key) && hasWords(inner));
  }
  return false;
}
