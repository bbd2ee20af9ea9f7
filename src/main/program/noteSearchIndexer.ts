import type { ProgramContent } from '@shared/content';
import { localDateOf } from '@shared/dates';
import { queueDocument, removeDocument } from '../search/searchIndex';
import { exerciseItems } from '@shared/export/exerciseItems';
import type { ExerciseWritten } from './exerciseStore';
import type { PromptNoteWritten } from './promptNotes';

/**
 * Keeps step notes findable: every note write (inside its transaction) queues its text for the
 * general search index (indexed by the next search, like a journal edit: notes autosave while
 * someone types), titled with the step and the question it answers. A cleared note leaves
 * the index and the queue at once, so search never finds words that were erased.
 */
export function noteSearchIndexer(program: ProgramContent): PromptNoteWritten {
  const titles = new Map<string, string>();
  for (const track of program.tracks) {
    for (const step of track.steps) {
      for (const prompt of step.prompts) titles.set(prompt.id, `${step.title}: ${prompt.text}`);
    }
  }
  return (db, note) => {
    if (note.text === '') {
      removeDocument(db, 'note', note.promptId);
      return;
    }
    queueDocument(db, {
      kind: 'note',
      refId: note.promptId,
      title: titles.get(note.promptId) ?? 'A note from an earlier version of a step',
      body: note.text,
      date: localDateOf(note.now),
    });
  };
}

/** The search ref of an exercise tool: `<stepId>:<kind>`, which the renderer opens on its step. */
export function exerciseSearchRef(stepId: string, kind: string): string {
  return `${stepId}:${kind}`;
}

/**
 * Keeps the exercise tools findable the same way: every save queues the words the person
 * wrote in the tool (what the exports show), titled with the step and the tool. Tools live in
 * the index beside the notes, as kind `note`, because both are "something written in the
 * program" and open on their step; the ref tells them apart (see `exerciseSearchRef`).
 * A tool emptied of words leaves the index.
 */
export function exerciseSearchIndexer(program: ProgramContent): ExerciseWritten {
  const titles = new Map<string, string>();
  for (const track of program.tracks) {
    for (const step of track.steps) {
      for (const exercise of [step.exercise, ...(step.tools ?? [])])
        titles.set(exerciseSearchRef(step.id, exercise.kind), `${step.title}: ${exercise.title}`);
    }
  }
  return (db, { stepId, data, now }) => {
    const refId = exerciseSearchRef(stepId, data.kind);
    const body = exerciseItems(data)
      .map((item) => item.text.trim())
      .filter((text) => text !== '')
      .join('\n');
    if (body === '') {
      removeDocument(db, 'note', refId);
      return;
    }
    queueDocument(db, {
      kind: 'note',
      refId,
      title: titles.get(refId) ?? 'An exercise from an earlier version of a step',
      body,
      date: localDateOf(new Date(now)),
    });
  };
}
