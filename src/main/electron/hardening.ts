import { app, session, type BrowserWindow } from 'electron';
import { isAllowedNavigation, type RequestRules } from '../security/requestPolicy';
import { applySessionRules } from './sessionRules';

/** Session-wide rules: no permissions, no network, no spellchecker downloads. */
export function hardenSession(rules: RequestRules): void {
  applySessionRules(session.defaultSession, rules);
}

/**
 * Per-window rules: no navigation away, no new windows, no webviews, and in packaged builds
 * no developer tools (webPreferences already disables them; this closes any that appear).
 */
export function hardenWindow(
  window: BrowserWindow,
  entryUrl: string,
  { packaged }: { packaged: boolean },
): void {
  const contents = window.webContents;
  if (packaged) contents.on('devtools-opened', () => contents.closeDevTools());
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
