import { localDateOf } from '../../../../shared/tracker/dates';

let counter = 0;

/** A short id for a new list item; unique within a list is all it needs. */
export function newItemId(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Today's date on this computer, `YYYY-MM-DD`. */
export function today(): string {
  return localDateOf(new Date());
}

/** A calendar date in words, e.g. "3 March 2025"; the date is read as a day, not an instant. */
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Moves keyboard focus to a field that has just been added, once it is on screen. */
export function focusSoon(elementId: string): void {
  requestAnimationFrame(() => document.getElementById(elementId)?.focus());
}
