import { EXERCISE_LABELS } from './exerciseItems';
import type { ExportExercise } from './exportModel';

/**
 * Letters and agreements that a person may want on paper by themselves (to read aloud, to
 * sign, to give): which exercise kinds have one, what the button says, the page's heading, and
 * which of the exercise's export items it is.
 */

export interface PrintableKind {
  /** The button on the step page, e.g. "Print the apology draft". */
  action: string;
  /** The one heading on the printed page. */
  heading: string;
  /** The export item's label that holds the text (null for a tool with one text). */
  label: string | null;
}

export const PRINTABLE_KINDS: Readonly<Partial<Record<string, PrintableKind>>> = {
  'apology-workshop': {
    action: 'Print the apology draft',
    heading: 'My apology',
    label: EXERCISE_LABELS.draft,
  },
  'openness-plan': { action: 'Print the openness agreement', heading: 'Our openness agreement', label: null },
  'anger-release': {
    action: 'Print the letter',
    heading: 'The letter I will not send',
    label: EXERCISE_LABELS.letter,
  },
};

/** The heading and the text of an exercise's printable item, or null when it has none or it is blank. */
export function printableItemOf(exercise: ExportExercise | null): { heading: string; text: string } | null {
  if (exercise === null) return null;
  const kind = PRINTABLE_KINDS[exercise.kind];
  if (kind === undefined) return null;
  const item = exercise.items.find((candidate) => candidate.label === kind.label);
  if (item === undefined || !/\S/.test(item.text)) return null;
  return { heading: kind.heading, text: item.text };
}
