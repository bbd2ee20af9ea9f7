import type { Mend } from '../../../src/main/createMend';
import { trustedSender } from '../../harness/core';
import { closeTestMend, openTestVault } from '../../harness/testVault';

export interface JournalTestContext {
  mend: Mend;
  /** Calls a channel through the real dispatcher and returns the value, or throws its error code. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** The raw envelope, for tests about failures. */
  raw(channel: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  /** Moves the test clock. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** A set-up, unlocked vault with a clock the test controls. */
export async function openJournal(start = Date.UTC(2024, 4, 10, 12)): Promise<JournalTestContext> {
  let clock = start;
  const { dir, mend } = await openTestVault({ now: () => clock });
  const raw = (channel: string, input?: unknown) =>
    mend.dispatch(channel, input, trustedSender) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: { code: string };
    }>;
  return {
    mend,
    raw,
    async call<T>(channel: string, input?: unknown): Promise<T> {
      const envelope = await raw(channel, input);
      if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error?.code ?? '?'}`);
      return envelope.value as T;
    },
    advance(ms) {
      clock += ms;
    },
    close: () => closeTestMend({ dir, mend }),
  };
}
