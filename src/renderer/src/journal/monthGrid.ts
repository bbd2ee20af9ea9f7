import {
  eachDay,
  firstDayOfMonth,
  lastDayOfMonth,
  weekdayIndex,
  type LocalDate,
  type MonthKey,
} from '@shared/dates';

/** The days of a `YYYY-MM` month, and how many blank cells precede the first in a week that starts on Monday. */
export function monthGrid(month: MonthKey): { days: LocalDate[]; leadingBlanks: number } {
  const first = firstDayOfMonth(month);
  return { days: eachDay(first, lastDayOfMonth(month)), leadingBlanks: weekdayIndex(first, 1) };
}
