/** Today's date where the person is, `YYYY-MM-DD`. */
export function todayLocal(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function utcDate(date: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const longFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

/** "May 2024" for `2024-05` or `2024-05-31`. */
export function monthLabel(dateOrMonth: string): string {
  return monthFormat.format(utcDate(dateOrMonth.length === 7 ? `${dateOrMonth}-01` : dateOrMonth));
}

/** "Fri, May 31". */
export function dayLabel(date: string): string {
  return dayFormat.format(utcDate(date));
}

/** "May 31, 2024". */
export function longDateLabel(date: string): string {
  return longFormat.format(utcDate(date));
}

/** `2024-05` plus `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, m - 1 + delta, 1));
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Days in a `YYYY-MM` month, and the weekday (0 = Monday) of its first day. */
export function monthGrid(month: string): { days: string[]; leadingBlanks: number } {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  const count = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
  const days = Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  return { days, leadingBlanks: (first + 6) % 7 };
}
