/**
 * Every autosaving editor on screen registers its flush here, so whatever is about to drop
 * the page (a lock, which reloads it; closing the window; quitting) can save the last
 * keystrokes first. `flushAllNotes` is what the lock path awaits.
 */

export type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();
let listening = false;

/** Starts each registered flush now; resolves when all have settled. Never rejects. */
export async function flushAllNotes(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush().catch(() => undefined)));
}

/**
 * The page is going away or out of sight: start the saves. The IPC messages leave right
 * away, so main receives them even if the page is gone before the answers come back.
 */
function onLeave(): void {
  void flushAllNotes();
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'hidden') onLeave();
}

function listenForPageExit(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('pagehide', onLeave);
  window.addEventListener('beforeunload', onLeave);
  document.addEventListener('visibilitychange', onVisibilityChange);
}

export function registerFlusher(flush: Flusher): () => void {
  listenForPageExit();
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}
