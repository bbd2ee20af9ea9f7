import type { KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';

let counter = 0;

/** A short id for a new list item; unique within a list is all it needs. */
export function newItemId(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
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

/**
 * Enter in a list item's line adds the next item (and moves there), as in any list editor.
 * Not while an input method is composing, where Enter picks a word.
 */
export function addOnEnter(event: KeyboardEvent<HTMLInputElement>, add: () => void): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  event.preventDefault();
  add();
}
