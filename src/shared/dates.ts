import { z } from 'zod';

/**
 * Mend's one date module. A calendar day is a `YYYY-MM-DD` string (a check-in's day, an
 * entry's day), never an instant.
 *
 * Every calculation runs on UTC midnights, where a day is always exactly `DAY_MS`, so
 * daylight-saving changes and the machine's time zone can never shift a day. Only
 * `localDateOf` and `today` read the local zone: they turn an instant into the day the
 * person lives in. The `format…` family is the only way a date becomes words: through
 * `Intl`, in the person's locale unless a caller names one.
 */

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A calendar month, `YYYY-MM`. */
export type MonthKey = string;
/** 0 = weeks start on Sunday, 1 = weeks start on Monday. */
export type WeekStart = 0 | 1;

/** One calendar day in milliseconds (exact on UTC midnights). */
export const DAY_MS = 86_400_000;
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
  return Math.round(utcDate(date).getTime() / DAY_MS);
}

export function fromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a whole day number: ${dayNumber}`);
  return fromUtcDate(new Date(dayNumber * DAY_MS));
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

/** The calendar date of `instant` in the machine's time zone: the day the person lives in. */
export function localDateOf(instant: Date | number): LocalDate {
  const date = typeof instant === 'number' ? new Date(instant) : instant;
  return format({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** Today's date on this computer (`now` for callers with their own clock). */
export function today(now: Date | number = Date.now()): LocalDate {
  return localDateOf(now);
}

/** `month` plus `delta` months: `2026-12` + 1 is `2027-01`. */
export function addMonths(month: MonthKey, delta: number): MonthKey {
  if (!Number.isInteger(delta)) throw new RangeError(`Not a whole number of months: ${delta}`);
  const { year, month: value } = monthParts(month);
  const index = year * 12 + (value - 1) + delta;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/**
 * The schema of a calendar day in IPC payloads and stored rows (rejects `2026-02-30`).
 * Named apart from the `LocalDate` type so an import says which one it means.
 */
export const LocalDateSchema = z
  .string()
  .regex(DATE_PATTERN, 'Use a date like 2026-03-15.')
  .refine(isValidLocalDate, 'That day is not on the calendar.');

// ---- Words: the format family ------------------------------------------------------------

/** How a month is written: "March" or "Mar". */
export type MonthStyle = 'long' | 'short';

export interface DayWords {
  /** "March" (default) or "Mar". */
  month?: MonthStyle;
  /** Print the year (default true). */
  year?: boolean;
  /** The locale; the person's own when left out. */
  locale?: string;
}

export interface DayWithWeekdayWords extends DayWords {
  /** "Tuesday" (default) or "Tue". */
  weekday?: MonthStyle;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are slow to build and a chart formats hundreds of days: keep one per style. */
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

/** A day in words: "3 March 2026" (en-GB), "March 3, 2026" (en-US); `{ month: 'short', year: false }` gives "3 Mar". */
export function formatDay(date: LocalDate, words: DayWords = {}): string {
  const { month = 'long', year = true, locale } = words;
  return formatter(locale, { day: 'numeric', month, ...(year ? { year: 'numeric' } : {}) }).format(
    utcDate(date),
  );
}

/** A day with its weekday: "Tuesday, 3 March 2026" (en-GB); `{ weekday: 'short', month: 'short', year: false }` gives "Tue 3 Mar". */
export function formatDayWithWeekday(date: LocalDate, words: DayWithWeekdayWords = {}): string {
  const { weekday = 'long', month = 'long', year = true, locale } = words;
  return formatter(locale, { weekday, day: 'numeric', month, ...(year ? { year: 'numeric' } : {}) }).format(
    utcDate(date),
  );
}

/** A month in words, for `2026-03` or any day in it: "March 2026"; `{ year: false }` gives "March". */
export function formatMonth(dateOrMonth: MonthKey | LocalDate, words: DayWords = {}): string {
  const { month = 'long', year = true, locale } = words;
  const first = firstDayOfMonth(dateOrMonth.slice(0, 7));
  return formatter(locale, { month, ...(year ? { year: 'numeric' } : {}) }).format(utcDate(first));
}

/** A weekday's name for a day: "Monday", or "Mon" with `'short'`. */
export function formatWeekday(date: LocalDate, style: MonthStyle = 'long', locale?: string): string {
  return formatter(locale, { weekday: style }).format(utcDate(date));
}

/** A moment (not a day) as people read it, in the machine's time zone: "5 Jan 2026, 09:00". */
export function formatMoment(ms: number, locale?: string): string {
  const key = `moment|${locale ?? ''}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(key, cached);
  }
  return cached.format(ms);
}
