import { join } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, Menu, nativeTheme, screen } from 'electron';
import type { Settings } from '@shared/ipc/contract';
import { createMend, type Mend } from './createMend';
import { registerAppScheme, serveRenderer } from './electron/appProtocol';
import { electronRevealer, electronSaveTarget } from './electron/exportDialogs';
import { hardenAllContents, hardenSession, hardenWindow } from './electron/hardening';
import { connectIpc } from './electron/ipcBridge';
import { electronLocaleCountry } from './electron/localeCountry';
import { electronWindowMinimizer } from './electron/windowMinimizer';
import { menuTemplate } from './electron/menuTemplate';
import { focusRunningInstance } from './electron/singleInstance';
import { powerMonitorEvents } from './electron/powerMonitorEvents';
import { safeStorageKeychain } from './electron/safeStorageKeychain';
import { createElectronPaperPrinter, createElectronPdfPrinter } from './electron/pdfPrinter';
import { mainWindowOptions } from './electron/windowOptions';
import { applyNativeTheme, applyWindowPrivacy, keepNeutralTitle } from './electron/windowPrivacy';
import { restoreBounds } from './electron/windowState';
import {
  createWindowStateStore,
  rememberWindowState,
  type WindowStateStore,
} from './electron/windowStateStore';
import { chooseDataDir } from './lifecycle/dataFolder';
import { startOrExplain } from './lifecycle/startupFailure';
import { APP_ENTRY_URL, APP_ORIGIN } from './security/appOrigin';

// Lifecycle only: every decision lives in a service or a pure policy module.
const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
/** Unpackaged builds (`npm start`, `npm run dev`) have DevTools: the View menu offers them. */
const developerTools = !app.isPackaged;
const windowIds = new Set<number>();
let mainWindow: BrowserWindow | null = null;
/** Set once the app is ready; a second launch during start-up simply waits for the first window. */
let openWindow: (() => void) | null = null;

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

/** The displays' work areas, primary first: restoreBounds falls back to the first one. */
function displayAreas() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)];
}

function createWindow(settings: Settings, windowState: WindowStateStore, onWindowLost: () => void): BrowserWindow {
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  const saved = windowState.load();
  const window = new BrowserWindow(
    mainWindowOptions(preload, {
      packaged: app.isPackaged,
      bounds: restoreBounds(saved, displayAreas()),
      dark: nativeTheme.shouldUseDarkColors,
    }),
  );
  windowIds.add(window.id);
  const id = window.id;
  window.on('closed', () => {
    windowIds.delete(id);
    if (mainWindow === window) mainWindow = null;
  });
  const entryUrl = devServerUrl ?? APP_ENTRY_URL;
  hardenWindow(window, entryUrl, { packaged: app.isPackaged });
  keepNeutralTitle(window);
  applyWindowPrivacy(window, settings);
  rememberWindowState(window, windowState);
  // A crashed or hung window cannot run its idle lock or save anything: main locks at once.
  window.webContents.on('render-process-gone', onWindowLost);
  window.on('unresponsive', onWindowLost);
  window.once('ready-to-show', () => {
    // maximize() also shows the window.
    if (saved?.maximized === true) window.maximize();
    else window.show();
  });
  void window.loadURL(entryUrl);
  mainWindow = window;
  return window;
}

async function start(): Promise<Mend> {
  await app.whenReady();
  // DevTools' pages may load only where the menu offers DevTools; a packaged build allows none.
  hardenSession({ devServerUrl, developerTools });
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const mend = await createMend({
    // The data folder: the journals registry and one folder per journal (an older version's
    // single vault here is moved into the first journal at start).
    dataDir: chooseDataDir({ packaged: app.isPackaged, env: process.env, userDataDir: app.getPath('userData') }),
    resourcesDir: resourcesDir(),
    version: app.getVersion(),
    keychain: safeStorageKeychain(),
    power: powerMonitorEvents(),
    localeCountry: electronLocaleCountry,
    windowMinimizer: electronWindowMinimizer(() => mainWindow),
    policy: {
      appOrigin: devServerUrl !== null ? new URL(devServerUrl).origin : APP_ORIGIN,
      isKnownWindow: (id) => id !== null && windowIds.has(id),
    },
    exportPorts: {
      printer: createElectronPdfPrinter(),
      paperPrinter: createElectronPaperPrinter(),
      clipboard: {
        writeText: (text) => clipboard.writeText(text),
        readText: () => clipboard.readText(),
        clear: () => clipboard.clear(),
      },
      saveTarget: electronSaveTarget(() => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null),
      revealer: electronRevealer,
    },
    onUnexpectedError: (channel, error) => {
      const name = error instanceof Error ? error.name : 'unknown';
      console.error(`[mend] unexpected failure on ${channel}: ${name}`);
    },
  });
  connectIpc(mend.dispatch, mend.bus);

  const windowState = createWindowStateStore();
  let settings = await mend.appSettings.get();
  applyNativeTheme(settings);
  mend.appSettings.onChange((next) => {
    settings = next;
    applyNativeTheme(next);
    for (const window of BrowserWindow.getAllWindows()) applyWindowPrivacy(window, next);
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        process.platform,
        { command: (command) => mend.bus.emit('app.command', { command }) },
        { appName: app.getName(), developerTools },
      ),
    ),
  );

  const open = () => {
    createWindow(settings, windowState, () => mend.windowLost());
  };
  openWindow = open;
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  open();
  return mend;
}

function runPrimaryInstance(): void {
  registerAppScheme();
  app.enableSandbox();
  hardenAllContents();
  app.on('second-instance', () => focusRunningInstance(mainWindow, () => openWindow?.()));
  // A failed start shows a plain dialog and exits, instead of living on without a window.
  const ready = startOrExplain(start, {
    showError: (title, message) => dialog.showErrorBox(title, message),
    exit: (code) => app.exit(code),
    log: (line) => console.error(line),
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
      return;
    }
    // macOS keeps Mend running with no window; a window opened later (Dock, a second
    // launch) must ask for the passphrase again, so nothing stays open meanwhile.
    void ready.then((mend) => mend?.journals.current()?.vault.lock('manual'));
  });

  app.on('will-quit', () => {
    void ready.then((mend) => mend?.dispose());
  });
}

// One Mend at a time: a second launch hands over to the first (which focuses its window)
// and quits, so two processes never open the same vault.
if (app.requestSingleInstanceLock()) runPrimaryInstance();
else app.quit();
