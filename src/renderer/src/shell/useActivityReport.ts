import { useEffect } from 'react';
import { call } from '../api';
import { ACTIVITY_EVENTS } from './useIdleLock';

/** At most one report per this many milliseconds, and one more for the last activity. */
const ACTIVITY_REPORT_MS = 10_000;

/**
 * Tells main that the person is here (`app.activity`), so main's own auto-lock, which locks
 * when it stops hearing this, is a backstop for a window that hangs or crashes. Runs on every
 * screen (setup too), throttled: the first activity is sent at once, later ones at most every
 * ten seconds, and the last one always, so main never hears of activity later than it was.
 */
export function useActivityReport(): void {
  useEffect(() => {
    let lastSent = 0;
    let trailing = 0;
    const send = () => {
      lastSent = Date.now();
      // Nothing to tell the person if a report fails: the window's own idle lock still runs.
      call('app.activity').catch(() => undefined);
    };
    const onActivity = () => {
      const since = Date.now() - lastSent;
      if (since >= ACTIVITY_REPORT_MS) send();
      else if (trailing === 0) {
        trailing = window.setTimeout(() => {
          trailing = 0;
          send();
        }, ACTIVITY_REPORT_MS - since);
      }
    };
    const options = { capture: true, passive: true } as const;
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, options);
    return () => {
      window.clearTimeout(trailing);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, options);
    };
  }, []);
}
