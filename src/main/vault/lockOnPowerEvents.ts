import type { LockReason } from '../../shared/ipc/contract';
import type { PowerEvent, PowerEvents } from '../power/powerEvents';

const REASONS: Record<PowerEvent, LockReason> = { suspend: 'suspend', 'lock-screen': 'screen-lock' };

/**
 * Locks the journal when the computer suspends or its screen locks: the person is away, and
 * whoever wakes the machine should find Mend locked. Returns a function that stops listening.
 */
export function lockOnPowerEvents(
  power: PowerEvents,
  vault: { lock(reason: LockReason): Promise<unknown> },
): () => void {
  const stops = (Object.keys(REASONS) as PowerEvent[]).map((event) =>
    power.on(event, () => {
      // A failed lock leaves nothing to report to a person who is not there; the next
      // unlock screen is shown either way once the window reloads.
      void vault.lock(REASONS[event]).catch(() => undefined);
    }),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
