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

export function createUnlockThrottle(path: string, now: () => number): UnlockThrottle {
  async function read(): Promise<ThrottleState> {
    try {
      const parsed = StateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      // A damaged throttle file must not lock anyone out, nor reset to zero silently forever:
      // treat it as the free-attempt limit reached, so guessing stays slow.
      return parsed.success ? parsed.data : { failures: FREE_FAILURES, lastFailureAt: 0 };
    } catch {
      return { failures: 0, lastFailureAt: 0 };
    }
  }

  async function waitMs(): Promise<number> {
    const state = await read();
    const until = state.lastFailureAt + delayAfter(state.failures);
    return Math.max(0, until - now());
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
      await atomicWrite(path, JSON.stringify(next));
      return { failures: next.failures, waitMs: delayAfter(next.failures) };
    },
    async reset() {
      await atomicWrite(path, JSON.stringify({ failures: 0, lastFailureAt: 0 }));
    },
  };
}
