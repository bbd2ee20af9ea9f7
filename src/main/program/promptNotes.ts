import type { PromptNote } from '@shared/ipc/contract';
import type { Db } from '../db/openDatabase';

/**
 * Private notes, one per prompt. Every write of a note goes through `writePromptNote`, so a
 * feature that must follow note text (the search index) hooks in at exactly one place.
 */

export interface PromptNoteWrite {
  promptId: string;
  stepId: string;
  text: string;
  contentVersion: number;
  now: number;
}

/**
 * Called after each note write, inside the same transaction; `text` is '' when the note was
 * cleared. Throwing rolls the write back, so the note and whatever follows it stay in step.
 */
export type PromptNoteWritten = (db: Db, note: PromptNoteWrite) => void;

interface NoteRow {
  prompt_id: string;
  text: string;
  content_version: number;
  updated_at: number;
}

const toNote = (row: NoteRow): PromptNote => ({
  promptId: row.prompt_id,
  text: row.text,
  contentVersion: row.content_version,
  updatedAt: row.updated_at,
});

/**
 * The one function that writes a prompt note. An empty text deletes the row (with
 * secure_delete on, the old words are overwritten), so a cleared note leaves nothing behind.
 */
export function writePromptNote(db: Db, note: PromptNoteWrite, onWritten?: PromptNoteWritten): PromptNote {
  db.transaction(() => {
    if (note.text === '') {
      db.prepare('DELETE FROM prompt_notes WHERE prompt_id = ?').run(note.promptId);
    } else {
      db.prepare(
        `INSERT INTO prompt_notes (prompt_id, step_id, text, content_version, created_at, updated_at)
         VALUES (@promptId, @stepId, @text, @contentVersion, @now, @now)
         ON CONFLICT (prompt_id) DO UPDATE SET
           text = excluded.text,
           content_version = excluded.content_version,
           updated_at = excluded.updated_at`,
      ).run(note);
    }
    onWritten?.(db, note);
  })();
  return {
    promptId: note.promptId,
    text: note.text,
    contentVersion: note.contentVersion,
    updatedAt: note.now,
  };
}

/** Every note stored for a step, including notes on prompts a later content version removed. */
export function listPromptNotes(db: Db, stepId: string): PromptNote[] {
  const rows = db
    .prepare(
      'SELECT prompt_id, text, content_version, updated_at FROM prompt_notes WHERE step_id = ? ORDER BY prompt_id',
    )
    .all(stepId) as NoteRow[];
  return rows.map(toNote);
}

/** Every stored note of every step (exports), ordered by prompt id. */
export function listAllPromptNotes(db: Db): PromptNote[] {
  const rows = db
    .prepare('SELECT prompt_id, text, content_version, updated_at FROM prompt_notes ORDER BY prompt_id')
    .all() as NoteRow[];
  return rows.map(toNote);
}
