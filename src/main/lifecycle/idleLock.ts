import type { LockReason } from '@shared/ipc/contract';

/**
 * Main's own auto-lock. The window runs the idle timer people see (it saves what is being
 * typed, then locks), and reports activity to main (`app.activity`); main locks by itself
 * when it has not heard from the window for the auto-lock period, and at once when the
 * window's process is gone or stops responding. Before, the idle lock lived only in the
 * window, so a hung or crashed window left the journal unlocked indefinitely.
 *
 * Main waits a little longer than the window (MAIN_LOCK_MARGIN_MS): the window's own lock,
 * which saves the last keystrokes first, normally comes first, and main's is the backstop.
 * The clock is a port, so the tests drive it with a fake.
 */

export const MAIN_LOCK_MARGIN_MS = 5_000;

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_TIMERS: Timers = {
  now: () => Date.now(),
  // unref: main's auto-lock never keeps a process alive by itself (tests, a quitting app).
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleLockOptions {
  vault: {
    isUnlocked(): boolean;
    lock(reason: LockReason): Promise<unknown>;
    onUnlocked(listener: () => void): () => void;
  };
  /** The auto-lock period in minutes at start (null: never). */
  autoLockMinutes: number | null;
  timers?: Timers;
}

export interface IdleLock {
  /** The window reported that the person is here. */
  activity(): void;
  /** Settings changed. */
  setAutoLockMinutes(minutes: number | null): void;
  /** The window's process is gone, or it stopped responding: nobody can be using it. */
  windowLost(): void;
  dispose(): void;
}

export function createIdleLock(options: IdleLockOptions): IdleLock {
  const timers = options.timers ?? SYSTEM_TIMERS;
  const { vault } = options;
  let minutes = options.autoLockMinutes;
  let lastHeard = timers.now();
  let timer: unknown = null;

  const stop = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const limitMs = (): number | null => (minutes === null ? null : minutes * 60_000 + MAIN_LOCK_MARGIN_MS);

  const lock = () => {
    // A failed lock has nobody to tell: the window reloads to the lock screen either way.
    if (vault.isUnlocked()) void vault.lock('idle').catch(() => undefined);
  };

  /**
   * One timer runs whenever there is a period, locked or not (a journal can become unlocked
   * by setup as well as by an unlock); when it fires it locks if the journal is open and
   * main has not heard from the window for the period, and otherwise waits again.
   */
  function schedule(): void {
    stop();
    const limit = limitMs();
    if (limit === null) return;
    const check = () => {
      timer = null;
      const silent = timers.now() - lastHeard;
      if (vault.isUnlocked() && silent >= limit) lock();
      timer = timers.setTimeout(check, silent >= limit ? limit : limit - silent);
    };
    timer = timers.setTimeout(check, Math.max(0, lastHeard + limit - timers.now()));
  }

  // Unlocking is the person being here.
  const stopUnlocked = vault.onUnlocked(() => {
    lastHeard = timers.now();
  });
  schedule();

  return {
    activity() {
      // The timer reads lastHeard when it fires, so activity costs no rescheduling.
      lastHeard = timers.now();
    },
    setAutoLockMinutes(next) {
      minutes = next;
      schedule();
    },
    windowLost: lock,
    dispose() {
      stop();
      stopUnlocked();
    },
  };
}
