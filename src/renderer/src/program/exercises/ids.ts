import { flushSync } from 'react-dom';
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

/**
 * Adds a field and moves keyboard focus into it before the next key is handled: the update
 * is committed at once, so letters typed right after "Add" land in the new field instead of
 * being lost (waiting for the next frame dropped them on a busy machine).
 */
export function addThenFocus(add: () => void, elementId: string): void {
  flushSync(add);
  document.getElementById(elementId)?.focus();
}
