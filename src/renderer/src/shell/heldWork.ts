/**
 * When main locks first (the computer is suspending: main does not wait for the window), an
 * editor may still hold words it had not saved. Then the page is not reloaded: it keeps its
 * editors (hidden and inert behind the lock screen) and saves their text right after the
 * next unlock, then reloads as every lock does. Only the text still unsaved stays in the
 * window's memory meanwhile; the journal itself is locked.
 */
let holding = false;

export function holdForUnlock(): void {
  holding = true;
}

/** While holding, nothing else may lock or reload the page: that would lose the held text. */
export function isHoldingForUnlock(): boolean {
  return holding;
}
