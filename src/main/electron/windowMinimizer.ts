import type { BrowserWindow } from 'electron';
import type { WindowMinimizer } from '../app/lockAndHide';

/** The WindowMinimizer port over Electron: minimises Mend's window, if there is one. */
export function electronWindowMinimizer(window: () => BrowserWindow | null): WindowMinimizer {
  return {
    minimize() {
      const current = window();
      if (current !== null && !current.isDestroyed()) current.minimize();
    },
  };
}
