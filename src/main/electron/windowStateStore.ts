import { ipcMain, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { SavedWindowState } from './windowState';

export interface WindowStateStore {
  load(): SavedWindowState | null;
  save(state: SavedWindowState): void;
}

const KEY = 'mainWindow';

/**
 * Window geometry in `window-state.json` beside the vault folder (electron-store writes
 * atomically). It holds only position, size and the maximized flag, never journal text.
 */
export function createWindowStateStore(): WindowStateStore {
  const store = new Store<Record<string, unknown>>({ name: 'window-state', clearInvalidConfig: true });
  // electron-store answers a synchronous IPC message so stores can live in a renderer. Mend
  // never does that, and the page should not be able to ask main anything outside the contract.
  ipcMain.removeAllListeners('electron-store-get-data');
  return {
    load() {
      const parsed = SavedWindowState.safeParse(store.get(KEY));
      return parsed.success ? parsed.data : null;
    },
    save(state) {
      store.set(KEY, SavedWindowState.parse(state));
    },
  };
}

/** Remembers the window's normal (un-maximized) bounds and whether it was maximized, on close. */
export function rememberWindowState(window: BrowserWindow, store: WindowStateStore): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    try {
      store.save({
        bounds: {
          x: Math.round(bounds.x),
          y: Math.round(bounds.y),
          width: Math.round(bounds.width),
          height: Math.round(bounds.height),
        },
        maximized: window.isMaximized(),
      });
    } catch {
      // A full or read-only disk costs only the window position; closing must go on.
    }
  });
}
