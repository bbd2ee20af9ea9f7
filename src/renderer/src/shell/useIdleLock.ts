import { useEffect } from 'react';
import { DEFAULT_SETTINGS } from '@shared/ipc/contract';
import { useSettings } from '../settings/settingsStore';
import { lockNow } from './lockNow';

/** What counts as the person being here. Captured on the window, so every element counts. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart'] as const;

/**
 * Locks Mend after the configured minutes without keyboard, mouse or scroll activity
 * (settings `autoLockMinutes`; null means never). Until the settings are read, or if they
 * cannot be, the shared default applies rather than never locking. Time is read from
 * `Date.now()` when the timer fires, so a timer the browser delayed (a hidden window) still
 * locks on time, and a test can move time on with Playwright's clock.
 */
export function useIdleLock(): void {
  const settings = useSettings();
  const minutes = settings === null ? DEFAULT_SETTINGS.autoLockMinutes : settings.autoLockMinutes;

  useEffect(() => {
    if (minutes === null) return;
    const limitMs = minutes * 60_000;
    let lastActivity = Date.now();
    let timer = 0;
    const check = () => {
      const idleMs = Date.now() - lastActivity;
      if (idleMs >= limitMs) void lockNow('idle');
      else timer = window.setTimeout(check, limitMs - idleMs);
    };
    const onActivity = () => {
      lastActivity = Date.now();
    };
    const options = { capture: true, passive: true } as const;
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, options);
    timer = window.setTimeout(check, limitMs);
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, options);
    };
  }, [minutes]);
}
