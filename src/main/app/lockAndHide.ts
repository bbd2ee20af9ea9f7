import type { VaultStatus } from '@shared/ipc/contract';
import type { VaultService } from '../vault/vaultService';

/** Minimises the app window (Electron's `BrowserWindow.minimize()`; a recording fake in tests). */
export interface WindowMinimizer {
  minimize(): void;
}

/** In the harness and any build without a window: nothing to minimise. */
export const NO_WINDOW: WindowMinimizer = { minimize: () => undefined };

/**
 * "Lock and hide": the renderer has saved what was being typed; this locks at once, with no
 * grace period, then asks the window to get out of sight. The lock comes first, so a
 * minimise that fails never leaves the journal open.
 */
export async function lockAndHide(
  vault: Pick<VaultService, 'lock'>,
  window: WindowMinimizer,
): Promise<VaultStatus> {
  const status = await vault.lock('hide');
  try {
    window.minimize();
  } catch {
    // The journal is locked, which is what matters; a window that will not minimise stays.
  }
  return status;
}
