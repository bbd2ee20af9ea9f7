/**
 * Unsaved work that must reach main before the vault locks or the page goes away. Editors
 * register a flusher while they hold text main has not stored; `lockNow` awaits them (with a
 * time limit, because a lock must still happen), and page-hide / close fire them too.
 */
export type Flusher = () => Promise<unknown>;

const flushers = new Map<Flusher, () => boolean>();

function flushInBackground(): void {
  // Each call is sent to main at once; the page may be gone before the answer returns.
  void flushAll(0);
}

/** Called once at start-up (main.tsx): the page going away or out of sight flushes every editor. */
export function flushWhenPageHides(): void {
  window.addEventListener('pagehide', flushInBackground);
  window.addEventListener('beforeunload', flushInBackground);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushInBackground();
  });
}

/**
 * Adds a flusher; returns its remover. `hasUnsaved` says whether it holds text main has not
 * stored (by default: yes, for as long as it is registered).
 */
export function registerFlusher(flusher: Flusher, hasUnsaved: () => boolean = () => true): () => void {
  flushers.set(flusher, hasUnsaved);
  return () => {
    flushers.delete(flusher);
  };
}

/**
 * Runs every flusher and waits for all of them, or `timeLimitMs` (0: do not wait). Never
 * throws: a failed save keeps its text in the editor and says so there.
 */
export async function flushAll(timeLimitMs: number): Promise<void> {
  const running = Promise.allSettled([...flushers.keys()].map((flusher) => flusher()));
  if (timeLimitMs <= 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeLimitMs);
  });
  await Promise.race([running, limit]);
  clearTimeout(timer);
}

/** Whether any editor holds text main has not stored. */
export function hasUnsavedWork(): boolean {
  return [...flushers.values()].some((hasUnsaved) => hasUnsaved());
}
