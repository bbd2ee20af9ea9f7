import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { registerFlusher } from '../shell/flushers';

/** idle: nothing typed yet; pending: typed, waiting for the pause; error: kept here, will retry. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave {
  state: SaveState;
  /** Saves now if anything is unsaved; resolves once it is stored (or failed). Never rejects. */
  flush(): Promise<void>;
}

export const AUTOSAVE_DELAY_MS = 600;
/** Steady typing never pauses: save at most this long after the first unsaved change anyway. */
export const AUTOSAVE_MAX_WAIT_MS = 500;

/**
 * Saves `value` a short pause after it last changed, and whenever `flush` is called (on blur,
 * before a lock, when the page goes away, when the editor unmounts). The value the editor
 * mounted with counts as saved. A change is recognised by identity, so pass state that is
 * replaced on every edit (strings, or objects updated immutably).
 *
 * Saves never overlap and always send the newest value; a failed save keeps the text dirty,
 * so the next change, blur or flush tries again.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  delayMs = AUTOSAVE_DELAY_MS,
): Autosave {
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef(value);
  const saveLatest = useRef(save);
  const stored = useRef(value);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** When the oldest change not yet sent was made (null: everything typed was sent). */
  const unsentSince = useRef<number | null>(null);

  useLayoutEffect(() => {
    latest.current = value;
    saveLatest.current = save;
  });

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    for (;;) {
      if (inFlight.current !== null) {
        await inFlight.current;
        continue;
      }
      const next = latest.current;
      if (Object.is(next, stored.current)) return;
      unsentSince.current = null;
      let failed = false;
      const run = (async () => {
        setState('saving');
        try {
          await saveLatest.current(next);
          stored.current = next;
          setState(Object.is(latest.current, next) ? 'saved' : 'pending');
        } catch {
          failed = true;
          setState('error');
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run;
      await run;
      if (failed) return;
    }
  }, []);

  useEffect(() => {
    if (Object.is(value, stored.current)) return;
    unsentSince.current ??= Date.now();
    const untilMaxWait = unsentSince.current + Math.min(delayMs, AUTOSAVE_MAX_WAIT_MS) - Date.now();
    timer.current = setTimeout(() => void flush(), Math.max(0, Math.min(delayMs, untilMaxWait)));
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [value, delayMs, flush]);

  // Reflect "typed but not yet saved" without waiting for the timer.
  const dirty = !Object.is(value, stored.current);
  const shown: SaveState = dirty && (state === 'idle' || state === 'saved') ? 'pending' : state;

  useEffect(() => {
    const unregister = registerFlusher(flush, () => !Object.is(latest.current, stored.current));
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  return { state: shown, flush };
}
