import type { LockReason } from '@shared/ipc/contract';
import { call } from '../api';
import { flushAll } from './flushers';
import { isHoldingForUnlock, markLockingHere } from './heldWork';

/** How long a lock waits for unsaved text to reach the journal before locking anyway. */
export const FLUSH_BEFORE_LOCK_MS = 3000;

/**
 * Saves what editors still hold, locks the vault, and reloads the page, so no journal text
 * survives in renderer memory. The reload happens even if the call fails: showing the lock
 * screen is always safe.
 */
export async function lockNow(reason: LockReason): Promise<void> {
  await afterSaving(() => call('vault.lock', { reason }));
}

/**
 * "Lock and hide": saves what is being typed, then main locks at once and minimises the
 * window. The page reloads behind it, so nothing written stays in memory.
 */
export async function lockAndHide(): Promise<void> {
  await afterSaving(() => call('app.lockAndHide'));
}

/** The shortcut for "lock and hide", shown beside the control and on the safety page. */
export const LOCK_AND_HIDE_SHORTCUT = { key: 'h', mod: true, shift: true } as const;
export const LOCK_AND_HIDE_KEYS = 'Ctrl+Shift+H (Cmd+Shift+H on a Mac)';

async function afterSaving(lock: () => Promise<unknown>): Promise<void> {
  // Already locked, with unsaved text waiting for the unlock: leave it alone.
  if (isHoldingForUnlock()) return;
  markLockingHere();
  try {
    await flushAll(FLUSH_BEFORE_LOCK_MS);
    await lock();
  } finally {
    window.location.reload();
  }
}

/** After an unlock that follows a lock by main: save what the editors held, then reload. */
export async function saveHeldWorkAndReload(): Promise<void> {
  try {
    await flushAll(FLUSH_BEFORE_LOCK_MS);
  } finally {
    window.location.reload();
  }
}
