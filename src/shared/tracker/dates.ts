/**
 * Calendar dates as `YYYY-MM-DD` strings, the way a check-in names its day.
 *
 * Every calculation runs on UTC midnights, where a day is always exactly 86 400 000 ms, so
 * daylight-saving changes and the machine's time zone can never shift a day. The only
 * function that reads the local zone is `localDateOf`, which turns "now" into today's date.
 */

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A calendar month, `YYYY-MM`. */
export type MonthKey = string;
/** 0 = weeks start on Sunday, 1 = weeks start on Monday. */
export type WeekStart = 0 | 1;

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, `month` 1..12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function readParts(value: string): DateParts | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date such as `2024-02-29`; false for `2026-02-30` or `2026-1-5`. */
export function isValidLocalDate(value: string): boolean {
  return readParts(value) !== null;
}

function parts(date: LocalDate): DateParts {
  const result = readParts(date);
  if (!result) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return result;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format({ year, month, day }: DateParts): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date as a `Date` at UTC midnight (what d3's UTC scales expect). */
export function utcDate(date: LocalDate): Date {
  const { year, month, day } = parts(date);
  const result = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  result.setUTCFullYear(year, month - 1, day);
  return result;
}

/** The calendar date of a `Date`'s UTC fields (the inverse of `utcDate`). */
export function fromUtcDate(instant: Date): LocalDate {
  return format({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  });
}

/** Whole days since 1970-01-01 (negative before). */
export function toDayNumber(date: LocalDate): number {
  return Math.round(utcDate(date).getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a whole day number: ${dayNumber}`);
  return fromUtcDate(new Date(dayNumber * MS_PER_DAY));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const days: LocalDate[] = [];
  for (let day = start; day <= end; day += 1) days.push(fromDayNumber(day));
  return days;
}

/** 0 = Sunday .. 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return utcDate(date).getUTCDay();
}

/** The first day of the week that holds `date`. */
export function startOfWeek(date: LocalDate, weekStartsOn: WeekStart = 1): LocalDate {
  const offset = (dayOfWeek(date) - weekStartsOn + 7) % 7;
  return addDays(date, -offset);
}

/** 0..6: the row of `date` in a week that starts on `weekStartsOn`. */
export function weekdayIndex(date: LocalDate, weekStartsOn: WeekStart = 1): number {
  return (dayOfWeek(date) - weekStartsOn + 7) % 7;
}

export function monthKey(date: LocalDate): MonthKey {
  const { year, month } = parts(date);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function monthParts(month: MonthKey): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(month);
  const year = Number(match?.[1]);
  const value = Number(match?.[2]);
  if (!match || year < 1 || value < 1 || value > 12) {
    throw new RangeError(`Not a calendar month (YYYY-MM): ${JSON.stringify(month)}`);
  }
  return { year, month: value };
}

export function firstDayOfMonth(month: MonthKey): LocalDate {
  return format({ ...monthParts(month), day: 1 });
}

export function lastDayOfMonth(month: MonthKey): LocalDate {
  const { year, month: value } = monthParts(month);
  return format({ year, month: value, day: daysInMonth(year, value) });
}

/** Every month touched by `from`..`to`, in order; empty when `to` is before `from`. */
export function eachMonth(from: LocalDate, to: LocalDate): MonthKey[] {
  if (to < from) return [];
  const months: MonthKey[] = [];
  let { year, month } = parts(from);
  const last = monthKey(to);
  for (;;) {
    const key = `${pad(year, 4)}-${pad(month, 2)}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

/** The calendar date of `instant` in the machine's time zone: what the person calls "today". */
export function localDateOf(instant: Date): LocalDate {
  return format({ year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() });
}
