import type { DateRange, ExportDocument, StepStatus } from '@shared/export/exportModel';
import { formatDay, formatDayWithWeekday, formatMonth } from '@shared/dates';
import { countOf } from '@shared/tracker/format';

/**
 * Every English word the printed export uses, in one place, so a translation changes one
 * file. Dates print with the month as a word ("3 Mar 2026" in en-GB), which no reader can take for
 * month/day, in the locale main runs in.
 */

export const WORDS = {
  brand: 'Mend',
  notEncryptedTitle: 'This file is not encrypted.',
  notEncryptedBody:
    'Anyone who opens it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.',
  madeOn: 'Made on',
  period: 'Period',
  includes: 'Includes',
  tagsFilter: 'Entries tagged',
  contents: 'Contents',
  program: 'Guided steps',
  journal: 'Journal entries',
  tracker: 'Tracker',
  nothing: 'Nothing in your journal matched these choices.',
  exercise: 'Exercise',
  edited: 'last changed',
  forStep: 'Written for',
  legendDaily: 'Each day’s answer',
  legendAverage: 'Rolling average',
  done: 'Done',
  notDone: 'Not done yet',
  dailyTable: 'Day by day',
  day: 'Day',
  repair: 'Toward repair',
  checkinNote: 'Note',
  questions: 'Questions',
  noNote: 'No note written yet.',
} as const;

const STATUS: Record<StepStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

export const formatDate = (date: string): string => formatDay(date, { month: 'short' });
/** An entry's date line: "Tuesday, 3 Mar 2026". */
export const formatEntryDate = (date: string): string => formatDayWithWeekday(date, { month: 'short' });
/** A month heading: "March 2026". */
export const monthTitle = (month: string): string => formatMonth(month);

export function statusWords(status: StepStatus): string {
  return STATUS[status];
}

export function rangeWords(range: DateRange | null): string {
  if (range === null || (range.from === null && range.to === null)) return 'All dates';
  if (range.from !== null && range.to !== null) {
    return range.from === range.to
      ? formatDate(range.from)
      : `${formatDate(range.from)} to ${formatDate(range.to)}`;
  }
  return range.from !== null ? `From ${formatDate(range.from)}` : `Up to ${formatDate(range.to ?? '')}`;
}

export function stepHeading(order: number, title: string): string {
  return `Step ${order}: ${title}`;
}

/** "12 journal entries, notes on 3 steps, 2 exercises, tracker charts", or null when empty. */
export function includesWords(document: ExportDocument): string | null {
  const steps = document.programSections.flatMap((section) => section.steps);
  const withNotes = steps.filter((step) => step.prompts.length > 0).length;
  const exercises = steps.filter((step) => step.exercise !== null).length;
  const charts = document.tracker.reduce((sum, section) => sum + section.charts.length, 0);
  const parts = [
    document.entries.length > 0 ? countOf(document.entries.length, 'journal entry', 'journal entries') : null,
    withNotes > 0 ? `notes on ${countOf(withNotes, 'step')}` : null,
    exercises > 0 ? countOf(exercises, 'exercise') : null,
    charts > 0 ? countOf(charts, 'tracker chart') : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(', ');
}
