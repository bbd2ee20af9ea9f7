import type { LockReason } from '../../../shared/ipc/contract';
import { call } from '../api';

/**
 * Locks the vault and reloads the page, so no journal text survives in renderer memory.
 * The reload happens even if the call fails: showing the lock screen is always safe.
 */
export async function lockNow(reason: LockReason): Promise<void> {
  try {
    await call('vault.lock', { reason });
  } finally {
    window.location.reload();
  }
}
