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
    include: { entries: true, notes: true, exercises: true, tracker: true },
    tags: [],
    paper: defaultPaper(language),
  };
}

/** A sentence about what is wrong with the choices, or null when they can be exported. */
export function formProblem(form: ExportForm): string | null {
  if (form.format === 'json') return null;
  if (form.from !== '' && form.to !== '' && form.from > form.to)
    return 'The start date is after the end date.';
  const { entries, notes, exercises, tracker } = form.include;
  if (!entries && !notes && !exercises && !tracker) return 'Choose at least one thing to include.';
  return null;
}

export function selectionOf(form: ExportForm, choices: ExportChoices): ExportSelection {
  const chosenSteps = choices.tracks
    .filter((track) => form.tracks.includes(track.id))
    .flatMap((track) => track.steps.map((step) => step.id));
  const title = form.title.trim();
  return {
    ...(title === '' ? {} : { title }),
    ...(form.from === '' ? {} : { from: form.from }),
    ...(form.to === '' ? {} : { to: form.to }),
    tracks: form.tracks,
    ...(form.excludedSteps.length === 0
      ? {}
      : { stepIds: chosenSteps.filter((id) => !form.excludedSteps.includes(id)) }),
    include: form.include,
    ...(form.tags.length === 0 ? {} : { tags: form.tags }),
  };
}

export function pdfOptionsOf(form: ExportForm, choices: ExportChoices): ExportOptions {
  return { ...selectionOf(form, choices), paper: form.paper };
}

export const toggled = <T>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((other) => other !== item);
