import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The options of the main window. Kept pure (only a type import) so a unit test can assert
 * every security-relevant value without launching Electron.
 */
export function mainWindowOptions(
  preloadPath: string,
  { packaged }: { packaged: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Mend',
    backgroundColor: '#f7f4ef',
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
