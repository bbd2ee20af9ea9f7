import type { ProgramContent } from '@shared/content';
import { localDateOf } from '@shared/dates';
import { indexDocument, removeDocument } from '../search/searchIndex';
import type { PromptNoteWritten } from './promptNotes';

/**
 * Keeps step notes findable: every note write (inside its transaction) updates the general
 * search index, titled with the step and the question it answers. A cleared note leaves
 * the index too, so search never finds words that were erased.
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
    indexDocument(db, {
      kind: 'note',
      refId: note.promptId,
      title: titles.get(note.promptId) ?? 'A note from an earlier version of a step',
      body: note.text,
      date: localDateOf(note.now),
    });
  };
}
