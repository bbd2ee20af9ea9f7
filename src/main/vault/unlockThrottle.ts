import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { MendError } from '@shared/errors';
import { atomicWrite } from '../fs/atomicWrite';

/**
 * Slows down guessing: the first attempts are free; from the 4th failure on, each further
 * failure doubles the wait (2 s, 4 s, 8 s … up to 5 minutes). Kept in a small file so a
 * restart does not reset it. The key file and the database are never touched on failure.
 */
const FREE_FAILURES = 3;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

const StateSchema = z.object({ failures: z.number().int().min(0), lastFailureAt: z.number() });
type ThrottleState = z.infer<typeof StateSchema>;

export interface UnlockThrottle {
  /** Milliseconds to wait before the next attempt is allowed (0 when allowed now). */
  waitMs(): Promise<number>;
  /** Throws RATE_LIMITED while a wait applies. */
  assertAllowed(): Promise<void>;
  recordFailure(): Promise<{ failures: number; waitMs: number }>;
  reset(): Promise<void>;
}

export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_MS);
}

/** A throttle file that cannot be used at all (a folder in its place, no permission). */
function unusable(path: string): MendError {
  return new MendError(
    'IO_FAILED',
    `Mend cannot use its file of unlock attempts (${path}). Please move whatever is in its place.`,
    { file: 'throttle', path },
  );
}

export function createUnlockThrottle(path: string, now: () => number): UnlockThrottle {
  async function read(): Promise<ThrottleState> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return { failures: 0, lastFailureAt: 0 };
      throw unusable(path);
    }
    // A damaged throttle file (empty, cut off, not JSON, wrong shape) must not lock anyone
    // out, nor reset the count: it counts as the free attempts used, so guessing stays slow.
    try {
      const parsed = StateSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: as damaged as the wrong shape.
    }
    return { failures: FREE_FAILURES, lastFailureAt: 0 };
  }

  async function write(state: ThrottleState): Promise<void> {
    try {
      await atomicWrite(path, JSON.stringify(state));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') throw unusable(path);
      throw error;
    }
  }

  /**
   * The wait runs from the last failure, but never from a time in the future (a clock that
   * went backwards, a file written on another machine): from `min(stored, now)`, and never
   * longer than the longest delay.
   */
  async function waitMs(): Promise<number> {
    const state = await read();
    const from = Math.min(state.lastFailureAt, now());
    // Stored as now, so the wait counts down from here instead of starting again each time.
    if (from < state.lastFailureAt) await write({ ...state, lastFailureAt: from });
    const until = from + delayAfter(state.failures);
    return Math.min(Math.max(0, until - now()), MAX_DELAY_MS);
  }

  return {
    waitMs,
    async assertAllowed() {
      const wait = await waitMs();
      if (wait > 0) {
        throw new MendError('RATE_LIMITED', 'Please wait before trying again.', {
          waitSeconds: Math.ceil(wait / 1000),
        });
      }
    },
    async recordFailure() {
      const state = await read();
      const next = { failures: state.failures + 1, lastFailureAt: now() };
      await write(next);
      return { failures: next.failures, waitMs: delayAfter(next.failures) };
    },
    async reset() {
      await write({ failures: 0, lastFailureAt: 0 });
    },
  };
}
