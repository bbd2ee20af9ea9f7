import type { LocalDate } from './dates';

/**
 * The English words the tracker's pure functions put in labels and sentences. Screens that
 * localise can pass their own formatters where a function accepts one.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const FULL_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "March" for `2026-03` or `2026-03-15`. */
export function fullMonthName(dateOrMonth: string): string {
  return FULL_MONTHS[Number(dateOrMonth.slice(5, 7)) - 1] ?? dateOrMonth;
}

/** "March 2026" for `2026-03` or `2026-03-15`. */
export function monthTitle(dateOrMonth: string): string {
  return `${fullMonthName(dateOrMonth)} ${dateOrMonth.slice(0, 4)}`;
}

/** "Mar" for `2026-03` or `2026-03-15`. */
export function monthName(dateOrMonth: string): string {
  return MONTHS[Number(dateOrMonth.slice(5, 7)) - 1] ?? dateOrMonth;
}

/** "3 Mar 2026" (day month year, which no reader can mistake for month/day). */
export function formatDay(date: LocalDate, withYear = true): string {
  const day = String(Number(date.slice(8, 10)));
  return withYear ? `${day} ${monthName(date)} ${date.slice(0, 4)}` : `${day} ${monthName(date)}`;
}

/** An axis label: "Mar" on the first of a month ("Jan 2027" in January), else "8 Mar". */
export function formatTickDate(date: LocalDate): string {
  if (date.endsWith('-01'))
    return date.slice(5, 7) === '01' ? `${monthName(date)} ${date.slice(0, 4)}` : monthName(date);
  return formatDay(date, false);
}

/** An average with one decimal: 3.1, 4.0. */
export function formatAverage(value: number): string {
  return value.toFixed(1);
}

/** "1 check-in", "22 check-ins". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
