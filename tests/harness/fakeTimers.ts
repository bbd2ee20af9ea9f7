import type { Timers } from '../../src/main/lifecycle/idleLock';

/** A clock the test moves by hand: `advance` runs every timer that falls due, in order. */
export interface FakeTimers extends Timers {
  advance(ms: number): void;
  pending(): number;
}

export function createFakeTimers(start = Date.parse('2026-03-31T21:00:00Z')): FakeTimers {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (due === undefined) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].callback();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}
