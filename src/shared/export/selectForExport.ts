import type {
  DateRange,
  ExportDocument,
  ExportEntry,
  ExportExercise,
  ExportSelection,
  ExportStep,
  ProgramSection,
} from './exportModel';

/**
 * Applies the person's choices to the full export data. Pure, so the rules below are tested
 * directly and every writer (PDF, Markdown) prints exactly the same selection.
 *
 * - The date range (both days included) filters everything that has a day: entries by their
 *   date, notes by the day they were last changed, exercise items that carry a date. Undated
 *   exercise items stay. Tracker charts are laid out for the range by the data source.
 * - `tracks` picks the program sections and tracker sections; `stepIds`, when given, narrows
 *   the steps and the whole export with them: journal entries and check-ins are left out
 *   unless `withJournal` asks for them too. Otherwise journal entries belong to no track and
 *   are filtered only by range and tags.
 * - `tags` keeps entries with at least one of the tags (compared without regard to case).
 * - Prompts without a note, blank notes and blank exercise items are left out, and so is a
 *   step with nothing left to show: the export holds what the person wrote, not empty forms.
 * - Entries come out by date, oldest first; entries of the same day keep their given order.
 */
export function selectForExport(document: ExportDocument, selection: ExportSelection): ExportDocument {
  const range = rangeOf(selection);
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  const inRange = (date: string): boolean => (from === null || date >= from) && (to === null || date <= to);
  const tracks = new Set(selection.tracks);
  const stepIds = selection.stepIds === undefined ? null : new Set(selection.stepIds);
  const wantedTags = new Set((selection.tags ?? []).map(normaliseTag));
  const journalToo = stepIds === null || selection.withJournal === true;

  const selectStep = (step: ExportStep): ExportStep | null => {
    if (stepIds !== null && !stepIds.has(step.stepId)) return null;
    const prompts = selection.include.notes
      ? step.prompts.filter(
          (prompt) => prompt.note !== null && hasText(prompt.note.body) && inRange(prompt.note.updatedOn),
        )
      : [];
    const exercise =
      selection.include.exercises && step.exercise ? selectExercise(step.exercise, inRange) : null;
    const tools = selection.include.exercises
      ? (step.tools ?? []).flatMap((tool) => selectExercise(tool, inRange) ?? [])
      : [];
    if (prompts.length === 0 && exercise === null && tools.length === 0) return null;
    return { ...step, prompts, exercise, tools };
  };

  const programSections = document.programSections.flatMap((section): ProgramSection[] => {
    if (!tracks.has(section.trackId)) return [];
    const steps = section.steps.flatMap((step) => selectStep(step) ?? []);
    return steps.length === 0 ? [] : [{ ...section, steps }];
  });

  const entries =
    selection.include.entries && journalToo
      ? sortByDate(
          document.entries.filter(
            (entry) =>
              inRange(entry.date) &&
              (wantedTags.size === 0 || entry.tags.some((tag) => wantedTags.has(normaliseTag(tag)))),
          ),
        )
      : [];

  const tracker =
    selection.include.tracker && journalToo
      ? document.tracker.filter((section) => tracks.has(section.trackId))
      : [];

  return {
    ...document,
    title: selection.title ?? document.title,
    range,
    programSections,
    entries,
    tracker,
  };
}

function rangeOf(selection: ExportSelection): DateRange | null {
  if (selection.from === undefined && selection.to === undefined) return null;
  return { from: selection.from ?? null, to: selection.to ?? null };
}

function selectExercise(exercise: ExportExercise, inRange: (date: string) => boolean): ExportExercise | null {
  const items = exercise.items.filter(
    (item) => hasText(item.text) && (item.date === null || inRange(item.date)),
  );
  return items.length === 0 ? null : { ...exercise, items };
}

function sortByDate(entries: ExportEntry[]): ExportEntry[] {
  // Array.prototype.sort is stable, so entries of one day keep the source's order.
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function hasText(text: string): boolean {
  return /\S/.test(text);
}

function normaliseTag(tag: string): string {
  return tag.trim().toLocaleLowerCase();
}
