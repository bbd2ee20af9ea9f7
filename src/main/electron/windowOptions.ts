import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, type Rect } from './windowState';

export interface MainWindowSetup {
  packaged: boolean;
  /** Where the window was last time (already fitted to today's displays), or null. */
  bounds?: Rect | null;
  /** Paint the first frame dark, so a dark theme does not flash white on start. */
  dark?: boolean;
}

/** The first frame's colour, matching `--bg` in the renderer's styles for each theme. */
export const BACKGROUND = { light: '#f7f4ef', dark: '#1d1f1e' } as const;

/**
 * The options of the main window. Kept pure (only a type import) so a unit test can assert
 * every security-relevant value without launching Electron.
 */
export function mainWindowOptions(
  preloadPath: string,
  { packaged, bounds = null, dark = false }: MainWindowSetup,
): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? { width: 1100, height: 760 }),
    ...(bounds === null ? { center: true } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    // Always just "Mend": the title shows in the taskbar, window switchers and screen
    // shares, so it must never carry journal text (index.ts also refuses page titles).
    title: 'Mend',
    backgroundColor: dark ? BACKGROUND.dark : BACKGROUND.light,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Developer tools exist only in development builds.
      devTools: !packaged,
    },
  };
}
