import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  DAY_MS,
  formatDay,
  formatDayWithWeekday,
  formatMonth,
  formatMoment,
  formatWeekday,
  LocalDateSchema,
  today,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  eachDay,
  eachMonth,
  firstDayOfMonth,
  fromDayNumber,
  isLeapYear,
  isValidLocalDate,
  lastDayOfMonth,
  localDateOf,
  monthKey,
  startOfWeek,
  toDayNumber,
  weekdayIndex,
} from '../../../src/shared/dates';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('calendar validation', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-05', false],
    ['2026-01-05T00:00', false],
    ['', false],
  ])('%s is %s', (value, valid) => {
    expect(isValidLocalDate(value)).toBe(valid);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual(
      [29, 28, 30, 31],
    );
  });

  it('refuses to compute with a date that is not on the calendar', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-01', '2026/01/02')).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
});

// The same answers in zones with daylight-saving changes on these dates (Europe 2026-03-29
// and 2026-10-25, the US 2026-03-08 and 2026-11-01, Lord Howe's half-hour shift 2026-04-05)
// and far from UTC: local-time arithmetic would lose or repeat a day in some of them.
describe.each([
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
])('date arithmetic in %s', (zone) => {
  it('adds and counts days across daylight-saving changes', () => {
    process.env.TZ = zone;
    expect(eachDay('2026-03-27', '2026-03-31')).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(eachDay('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-11-02', -2)).toBe('2026-10-31');
    expect(addDays('2026-04-04', 1)).toBe('2026-04-05');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-01', '2026-11-30')).toBe(60);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('walks leap days and year ends', () => {
    process.env.TZ = zone;
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(eachDay('2024-02-27', '2024-03-01')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('finds weekdays and week starts', () => {
    process.env.TZ = zone;
    expect(dayOfWeek('2026-03-15')).toBe(0); // a Sunday
    expect(dayOfWeek('2024-02-29')).toBe(4); // a Thursday
    expect(startOfWeek('2026-03-15')).toBe('2026-03-09');
    expect(startOfWeek('2026-03-15', 0)).toBe('2026-03-15');
    expect(startOfWeek('2026-03-16')).toBe('2026-03-16');
    expect(startOfWeek('2024-03-01')).toBe('2024-02-26');
    expect(startOfWeek('2027-01-01')).toBe('2026-12-28');
    expect(startOfWeek('2027-01-01', 0)).toBe('2026-12-27');
    expect(weekdayIndex('2026-03-15')).toBe(6);
    expect(weekdayIndex('2026-03-15', 0)).toBe(0);
  });
});

describe('day numbers', () => {
  it('counts from 1970-01-01 and back again', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(11017)).toBe('2000-03-01');
    expect(fromDayNumber(toDayNumber('0099-06-15'))).toBe('0099-06-15');
  });

  it('gives an empty list when the range runs backwards', () => {
    expect(eachDay('2026-03-02', '2026-03-01')).toEqual([]);
    expect(eachDay('2026-03-01', '2026-03-01')).toEqual(['2026-03-01']);
  });
});

describe('months', () => {
  it('names, starts and ends months, with February in leap years', () => {
    expect(monthKey('2026-03-15')).toBe('2026-03');
    expect(firstDayOfMonth('2024-02')).toBe('2024-02-01');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
    expect(lastDayOfMonth('2026-04')).toBe('2026-04-30');
    expect(() => firstDayOfMonth('2026-13')).toThrow(RangeError);
  });

  it('lists every month a range touches, across a year end', () => {
    expect(eachMonth('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(eachMonth('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
    expect(eachMonth('2026-04-01', '2026-03-31')).toEqual([]);
  });
});

describe('localDateOf', () => {
  it("reads the calendar day in the machine's zone, not UTC's", () => {
    const instant = new Date('2026-03-31T12:30:00Z');
    process.env.TZ = 'Pacific/Auckland'; // UTC+13 that day
    expect(localDateOf(instant)).toBe('2026-04-01');
    process.env.TZ = 'America/Los_Angeles'; // UTC-7
    expect(localDateOf(new Date('2026-04-01T03:00:00Z'))).toBe('2026-03-31');
    process.env.TZ = 'UTC';
    expect(localDateOf(instant)).toBe('2026-03-31');
  });
});

describe('today', () => {
  it('is the local date of now, or of the clock a caller passes', () => {
    process.env.TZ = 'America/New_York';
    expect(today(new Date('2026-04-01T03:00:00Z'))).toBe('2026-03-31');
    expect(today(Date.parse('2026-04-01T03:00:00Z') + DAY_MS)).toBe('2026-04-01');
    expect(today()).toBe(localDateOf(new Date()));
  });
});

describe('LocalDateSchema', () => {
  it('accepts real calendar dates and refuses the rest, with words a person can act on', () => {
    expect(LocalDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(LocalDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe(
      'That day is not on the calendar.',
    );
    expect(LocalDateSchema.safeParse('2026-2-3').error?.issues[0]?.message).toBe(
      'Use a date like 2026-03-15.',
    );
    expect(LocalDateSchema.safeParse(20260203).success).toBe(false);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03', 1, '2026-04'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-05', -17, '2024-12'],
    ['2026-05', 0, '2026-05'],
  ])('%s %+d months is %s', (month, delta, expected) => {
    expect(addMonths(month, delta)).toBe(expected);
  });
  it('refuses a fraction of a month', () => {
    expect(() => addMonths('2026-05', 0.5)).toThrow(RangeError);
  });
});

describe('the format family (Intl, locale-aware)', () => {
  it('writes a day in the named locale, the month as a word', () => {
    expect(formatDay('2026-03-03', { locale: 'en-GB' })).toBe('3 March 2026');
    expect(formatDay('2026-03-03', { locale: 'en-US' })).toBe('March 3, 2026');
    expect(formatDay('2026-03-03', { locale: 'de-DE' })).toBe('3. März 2026');
    expect(formatDay('2026-03-03', { locale: 'en-GB', month: 'short' })).toBe('3 Mar 2026');
    expect(formatDay('2026-03-03', { locale: 'en-GB', month: 'short', year: false })).toBe('3 Mar');
  });
  it('reads the date as a day, never shifted by the time zone', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(formatDay('2026-01-01', { locale: 'en-GB' })).toBe('1 January 2026');
    process.env.TZ = 'Pacific/Pago_Pago';
    expect(formatDay('2026-01-01', { locale: 'en-GB' })).toBe('1 January 2026');
  });
  it('writes a day with its weekday', () => {
    expect(formatDayWithWeekday('2026-03-03', { locale: 'en-GB' })).toBe('Tuesday, 3 March 2026');
    expect(formatDayWithWeekday('2026-03-03', { locale: 'en-US', month: 'short' })).toBe(
      'Tuesday, Mar 3, 2026',
    );
    expect(
      formatDayWithWeekday('2026-03-03', { locale: 'en-GB', weekday: 'short', month: 'short', year: false }),
    ).toBe('Tue 3 Mar');
    expect(formatWeekday('2026-03-03', 'short', 'en-GB')).toBe('Tue');
  });
  it('writes a month, from a month or any day in it', () => {
    expect(formatMonth('2026-03', { locale: 'en-GB' })).toBe('March 2026');
    expect(formatMonth('2026-03-31', { locale: 'en-GB' })).toBe('March 2026');
    expect(formatMonth('2026-03', { locale: 'en-GB', year: false })).toBe('March');
    expect(formatMonth('2026-03', { locale: 'fr-FR', month: 'short', year: false })).toBe('mars');
  });
  it('writes a moment with its time', () => {
    process.env.TZ = 'UTC';
    expect(formatMoment(Date.parse('2026-01-05T09:00:00Z'), 'en-GB')).toBe('5 Jan 2026, 09:00');
  });
  it('refuses a string that is not a day rather than printing "Invalid Date"', () => {
    expect(() => formatDay('2026-02-30')).toThrow(RangeError);
  });
});
