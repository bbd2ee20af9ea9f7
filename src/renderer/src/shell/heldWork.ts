/**
 * When main locks first (the computer is suspending: main does not wait for the window; or
 * main's own idle lock, or the screen-lock fallback), an editor may still hold words it had
 * not saved. Then the page is not reloaded: it keeps its
 * editors (hidden and inert behind the lock screen) and saves their text right after the
 * next unlock, then reloads as every lock does. Only the text still unsaved stays in the
 * window's memory meanwhile; the journal itself is locked.
 */
let holding = false;
let lockingHere = false;

/** This window is locking by itself (lockNow): it saved first and reloads anyway. */
export function markLockingHere(): void {
  lockingHere = true;
}

/** Whether the lock under way was started by this window, not by main. */
export function isLockingHere(): boolean {
  return lockingHere;
}

export function holdForUnlock(): void {
  holding = true;
}

/** While holding, nothing else may lock or reload the page: that would lose the held text. */
export function isHoldingForUnlock(): boolean {
  return holding;
}
