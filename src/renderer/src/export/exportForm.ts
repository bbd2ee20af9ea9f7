import type { ExportInclude, ExportOptions, ExportSelection, Paper } from '@shared/export/exportModel';
import type { ExportChoices, TrackId } from '@shared/ipc/contract';

/** The export screen's choices and how they become the request main validates. */

export type ExportFormat = 'pdf' | 'markdown' | 'json';

export interface ExportForm {
  format: ExportFormat;
  title: string;
  from: string;
  to: string;
  tracks: TrackId[];
  /** Steps left out (all steps of the chosen tracks are in by default). */
  excludedSteps: string[];
  /** With some steps left out: also include journal entries and check-ins. */
  withJournal: boolean;
  include: ExportInclude;
  tags: string[];
  paper: Paper;
}

/** US Letter where people use it, A4 elsewhere. */
export function defaultPaper(language: string): Paper {
  return /^(en-(US|CA|PH)|es-(US|MX)|fr-CA)$/i.test(language) ? 'Letter' : 'A4';
}

export function initialForm(choices: ExportChoices, language: string): ExportForm {
  return {
    format: 'pdf',
    title: '',
    from: '',
    to: '',
    tracks: choices.tracks.map((track) => track.id),
    excludedSteps: [],
    withJournal: false,
    include: { entries: true, notes: true, exercises: true, tracker: true },
    tags: [],
    paper: defaultPaper(language),
  };
}

/** A sentence about what is wrong with the choices, or null when they can be exported. */
export function formProblem(form: ExportForm, choices: ExportChoices): string | null {
  if (form.format === 'json') return null;
  if (form.from !== '' && form.to !== '' && form.from > form.to)
    return 'The start date is after the end date.';
  const { notes, exercises } = form.include;
  const journal = journalIncluded(form, choices);
  const entries = form.include.entries && journal;
  const tracker = form.include.tracker && journal;
  if (!entries && !notes && !exercises && !tracker) return 'Choose at least one thing to include.';
  return null;
}

/** The steps of the chosen paths that are in the export. */
function chosenSteps(form: ExportForm, choices: ExportChoices): string[] {
  return choices.tracks
    .filter((track) => form.tracks.includes(track.id))
    .flatMap((track) => track.steps.map((step) => step.id));
}

/** Whether the person left out some steps of the chosen paths: then the export is about those steps. */
export function stepsNarrowed(form: ExportForm, choices: ExportChoices): boolean {
  return chosenSteps(form, choices).some((id) => form.excludedSteps.includes(id));
}

/** Whether journal entries and check-ins can be in the export with these choices. */
export function journalIncluded(form: ExportForm, choices: ExportChoices): boolean {
  return !stepsNarrowed(form, choices) || form.withJournal;
}

export function selectionOf(form: ExportForm, choices: ExportChoices): ExportSelection {
  const steps = chosenSteps(form, choices);
  const title = form.title.trim();
  return {
    ...(title === '' ? {} : { title }),
    ...(form.from === '' ? {} : { from: form.from }),
    ...(form.to === '' ? {} : { to: form.to }),
    tracks: form.tracks,
    ...(stepsNarrowed(form, choices)
      ? { stepIds: steps.filter((id) => !form.excludedSteps.includes(id)), withJournal: form.withJournal }
      : {}),
    include: form.include,
    ...(form.tags.length === 0 ? {} : { tags: form.tags }),
  };
}

export function pdfOptionsOf(form: ExportForm, choices: ExportChoices): ExportOptions {
  return { ...selectionOf(form, choices), paper: form.paper };
}

export const toggled = <T>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((other) => other !== item);
