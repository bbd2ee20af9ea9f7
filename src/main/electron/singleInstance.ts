/** The few window methods a second launch needs; Electron's BrowserWindow has them all. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Runs in the first Mend when someone launches it again: bring the existing window to the
 * front (restoring it if minimized), or open one if none is left (macOS keeps running with
 * no window). Pure over a tiny interface, so it is unit-tested without Electron.
 */
export function focusRunningInstance(window: FocusableWindow | null, openWindow: () => void): void {
  if (window === null || window.isDestroyed()) {
    openWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
