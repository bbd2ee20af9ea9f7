import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createMend, type Mend } from './createMend';
import { registerAppScheme, serveRenderer } from './electron/appProtocol';
import { electronRevealer, electronSaveTarget } from './electron/exportDialogs';
import { hardenAllContents, hardenSession, hardenWindow } from './electron/hardening';
import { connectIpc } from './electron/ipcBridge';
import { createElectronPdfPrinter } from './electron/pdfPrinter';
import { mainWindowOptions } from './electron/windowOptions';
import { APP_ENTRY_URL, APP_ORIGIN } from './security/appOrigin';

// Lifecycle only: every decision lives in a service or a pure policy module.
const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
const windowIds = new Set<number>();

registerAppScheme();
app.enableSandbox();
hardenAllContents();

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

function createWindow(): BrowserWindow {
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  const window = new BrowserWindow(mainWindowOptions(preload, { packaged: app.isPackaged }));
  windowIds.add(window.id);
  const id = window.id;
  window.on('closed', () => windowIds.delete(id));
  const entryUrl = devServerUrl ?? APP_ENTRY_URL;
  hardenWindow(window, entryUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}

async function start(): Promise<Mend> {
  await app.whenReady();
  hardenSession(devServerUrl);
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const mend = await createMend({
    dataDir: join(app.getPath('userData'), 'vault'),
    resourcesDir: resourcesDir(),
    version: app.getVersion(),
    policy: {
      appOrigin: devServerUrl !== null ? new URL(devServerUrl).origin : APP_ORIGIN,
      isKnownWindow: (id) => id !== null && windowIds.has(id),
    },
    exportPorts: {
      printer: createElectronPdfPrinter(),
      saveTarget: electronSaveTarget(() => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null),
      revealer: electronRevealer,
    },
    onUnexpectedError: (channel, error) => {
      const name = error instanceof Error ? error.name : 'unknown';
      console.error(`[mend] unexpected failure on ${channel}: ${name}`);
    },
  });
  connectIpc(mend.dispatch, mend.bus);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  return mend;
}

const ready = start();

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void ready.then((mend) => mend.dispose());
});
