import { z } from 'zod';
import { VaultStatus } from './vault';

/**
 * What the application menu (and its shortcuts) asks the renderer to do. Main only names
 * the command; the renderer decides where that leads, because it owns the screens.
 */
export const AppCommand = z.enum([
  'new-entry',
  'search',
  'export',
  'lock',
  'lock-and-hide',
  'preferences',
  'safety',
]);
export type AppCommand = z.infer<typeof AppCommand>;

export const desktopContract = {
  /**
   * Lock and hide: locks at once (no grace period: the renderer has already saved what was
   * being typed) and asks the window to minimise.
   */
  'app.lockAndHide': { input: z.undefined(), output: VaultStatus },
} as const;

export const desktopEvents = {
  'app.command': z.object({ command: AppCommand }).strict(),
} as const;
