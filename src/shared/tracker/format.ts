import { formatDay, formatMonth, type LocalDate } from '../dates';

/**
 * The tracker's own words for numbers and axis labels; dates become words only through the
 * format family in shared/dates.
 */

/** An axis label: the month on the first of a month (with the year in January), else the day. */
export function formatTickDate(date: LocalDate): string {
  if (date.endsWith('-01')) return formatMonth(date, { month: 'short', year: date.slice(5, 7) === '01' });
  return formatDay(date, { month: 'short', year: false });
}

/** An average with one decimal: 3.1, 4.0. */
export function formatAverage(value: number): string {
  return value.toFixed(1);
}

/** "1 check-in", "22 check-ins". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
