import { app, session, type BrowserWindow } from 'electron';
import { isAllowedNavigation, isAllowedRequest } from '../security/requestPolicy';

/** Session-wide rules: no permissions, no network, no spellchecker downloads. */
export function hardenSession(devServerUrl: string | null): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
  // Chromium would otherwise fetch dictionaries from the network.
  ses.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  ses.setSpellCheckerEnabled(false);
}

/** Per-window rules: no navigation away, no new windows, no webviews. */
export function hardenWindow(window: BrowserWindow, entryUrl: string): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, entryUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, entryUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies to every web contents the app ever creates, including ones made by mistake. */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
