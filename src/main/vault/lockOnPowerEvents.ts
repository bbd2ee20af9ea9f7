import type { EventPayload, LockReason } from '@shared/ipc/contract';
import type { PowerEvent, PowerEvents } from '../power/powerEvents';

const REASONS: Record<PowerEvent, LockReason> = { suspend: 'suspend', 'lock-screen': 'screen-lock' };

/**
 * How long main waits for the window to save what is still being typed before it locks by
 * itself. Short, because the person has stepped away; long enough for a save to arrive
 * (the window sends its saves at once, and main handles them before this timer fires).
 */
export const POWER_LOCK_GRACE_MS = 800;

export interface PowerLockOptions {
  power: PowerEvents;
  vault: {
    isUnlocked(): boolean;
    lock(reason: LockReason): Promise<unknown>;
    onBeforeLock(listener: () => void): () => void;
  };
  bus: { emit(event: 'vault.lockRequested', payload: EventPayload<'vault.lockRequested'>): void };
  graceMs?: number;
}

/**
 * Locks the journal when the computer suspends or its screen locks: the person is away, and
 * whoever wakes the machine should find Mend locked.
 * - On suspend, main locks at once: the OS may freeze the process within moments, so there
 *   is no waiting for the window. A window that still held unsaved words keeps them behind
 *   the lock screen and saves them after the unlock (renderer `shell/heldWork.ts`).
 * - On screen lock (macOS and Windows; Linux has no such event), the computer keeps running,
 *   so the window is asked first (`vault.lockRequested`) to save the last keystrokes and lock
 *   itself; main locks anyway after a short grace, so a frozen window never keeps it open.
 * Returns a function that stops listening.
 */
export function lockOnPowerEvents({ power, vault, bus, graceMs = POWER_LOCK_GRACE_MS }: PowerLockOptions): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const cancelPending = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  // Once the window has locked by itself, a pending fallback must not lock the session the
  // person unlocks next.
  const stopWatchingLock = vault.onBeforeLock(cancelPending);
  const stops = (Object.keys(REASONS) as PowerEvent[]).map((event) =>
    power.on(event, () => {
      if (!vault.isUnlocked()) return;
      const reason = REASONS[event];
      if (event === 'suspend') {
        void vault.lock(reason).catch(() => undefined);
        return;
      }
      bus.emit('vault.lockRequested', { reason });
      const timer = setTimeout(() => {
        timers.delete(timer);
        // A failed lock leaves nothing to report to a person who is not there; the next
        // unlock screen is shown either way once the window reloads.
        void vault.lock(reason).catch(() => undefined);
      }, graceMs);
      timers.add(timer);
    }),
  );
  return () => {
    for (const stop of stops) stop();
    stopWatchingLock();
    cancelPending();
  };
}
