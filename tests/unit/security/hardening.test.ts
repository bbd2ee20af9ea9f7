import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src/main/electron/windowOptions';
import { APP_ENTRY_URL } from '../../../src/main/security/appOrigin';
import { isAllowedNavigation, isAllowedRequest } from '../../../src/main/security/requestPolicy';

describe('main window options', () => {
  it('use the secure values', () => {
    const options = mainWindowOptions('/app/preload/index.cjs', { packaged: true });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('offer developer tools only in development', () => {
    expect(mainWindowOptions('/p', { packaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('are always titled just "Mend", open where the window was, and paint the theme first', () => {
    const bounds = { x: -1500, y: 100, width: 1100, height: 760 };
    const options = mainWindowOptions('/p', { packaged: true, bounds, dark: true });
    expect(options).toMatchObject({ title: 'Mend', ...bounds, backgroundColor: '#1d1f1e' });
    expect(options.center).toBeUndefined();
    const fresh = mainWindowOptions('/p', { packaged: true });
    expect(fresh).toMatchObject({ title: 'Mend', width: 1100, height: 760, center: true, backgroundColor: '#f7f4ef' });
  });
});

describe('request policy', () => {
  it.each(['app://mend/index.html', 'app://mend/assets/a.js'])('allows the app protocol: %s', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://example.com/uuid',
    'ftp://example.com/',
    'devtools://devtools/bundled/inspector.html',
    'garbage',
  ])('blocks %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });

  it('allows only the loopback dev server in development', () => {
    const dev = { devServerUrl: 'http://localhost:5173' };
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
  });

  const devtoolsPages = [
    'devtools://devtools/bundled/devtools_app.html',
    'devtools://devtools/bundled/inspector.html?ws=127.0.0.1:9222',
    'devtools://theme/colors.css?sets=ui,chrome',
  ];

  it.each(devtoolsPages)('an unpackaged build (npm start, no dev server) lets DevTools load %s', (url) => {
    expect(isAllowedRequest(url, { devServerUrl: null, developerTools: true })).toBe(true);
    expect(isAllowedRequest(url, { devServerUrl: 'http://localhost:5173', developerTools: true })).toBe(true);
  });

  it.each(devtoolsPages)('a packaged build never lets %s load, dev server or not', (url) => {
    expect(isAllowedRequest(url, { devServerUrl: null, developerTools: false })).toBe(false);
    expect(isAllowedRequest(url, { devServerUrl: 'http://localhost:5173', developerTools: false })).toBe(false);
    expect(isAllowedRequest(url)).toBe(false);
  });

  it('DevTools open nothing else: the network stays closed in an unpackaged build', () => {
    const unpackaged = { devServerUrl: null, developerTools: true };
    for (const url of [
      'https://chrome-devtools-frontend.appspot.com/serve_file/x',
      'http://127.0.0.1:9222/json',
      'chrome://version',
    ])
      expect(isAllowedRequest(url, unpackaged)).toBe(false);
  });

  it('allows navigation only within the app', () => {
    expect(isAllowedNavigation('app://mend/index.html#/journal', APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', APP_ENTRY_URL)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP_ENTRY_URL)).toBe(false);
    expect(isAllowedNavigation('app://other/index.html', APP_ENTRY_URL)).toBe(false);
  });
});
