import { describe, expect, it } from 'vitest';
import {
  applySessionRules,
  NO_DICTIONARY_DOWNLOADS,
  type HardenableSession,
  type RequestDetails,
} from '../../../src/main/electron/sessionRules';

type BeforeRequest = (details: RequestDetails, callback: (response: { cancel: boolean }) => void) => void;

/** A stand-in for Electron's session that keeps the handlers the rules install. */
function fakeSession() {
  const installed: {
    beforeRequest?: BeforeRequest;
    permissionRequest?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
    permissionCheck?: () => boolean;
    devicePermission?: () => boolean;
    dictionaryUrl?: string;
    spellcheck?: boolean;
  } = {};
  const session: HardenableSession = {
    setPermissionRequestHandler: (handler) => (installed.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (installed.permissionCheck = handler),
    setDevicePermissionHandler: (handler) => (installed.devicePermission = handler),
    setSpellCheckerDictionaryDownloadURL: (url) => (installed.dictionaryUrl = url),
    setSpellCheckerEnabled: (enabled) => (installed.spellcheck = enabled),
    webRequest: { onBeforeRequest: (listener) => (installed.beforeRequest = listener) },
  };
  return { session, installed };
}

function cancelled(listener: BeforeRequest | undefined, details: RequestDetails): boolean {
  if (listener === undefined) throw new Error('no onBeforeRequest listener installed');
  let answer: boolean | undefined;
  listener(details, (response) => (answer = response.cancel));
  if (answer === undefined) throw new Error('the listener did not answer');
  return answer;
}

describe('the hardened session (packaged app)', () => {
  const { session, installed } = fakeSession();
  applySessionRules(session, { devServerUrl: null, developerTools: false });

  it.each([
    'http://example.com/',
    'https://example.com/index.html',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'file:///C:/Users/someone/journal.txt',
    'data:text/html,<h1>hi</h1>',
    'blob:app://mend/0f6c',
    'http://localhost:5173/',
    'devtools://devtools/bundled/devtools_app.html',
  ])('cancels a document request to %s', (url) => {
    expect(cancelled(installed.beforeRequest, { url, resourceType: 'mainFrame' })).toBe(true);
    expect(cancelled(installed.beforeRequest, { url, resourceType: 'subFrame' })).toBe(true);
  });

  it.each(['image', 'script', 'xhr', 'webSocket', 'media', 'ping'])(
    'cancels an outside %s request',
    (resourceType) => {
      expect(cancelled(installed.beforeRequest, { url: 'https://example.com/x', resourceType })).toBe(true);
    },
  );

  it('lets the app protocol through, and only it', () => {
    expect(
      cancelled(installed.beforeRequest, { url: 'app://mend/index.html', resourceType: 'mainFrame' }),
    ).toBe(false);
    expect(
      cancelled(installed.beforeRequest, { url: 'app://mend/assets/index.js', resourceType: 'script' }),
    ).toBe(false);
  });

  it('denies every permission and keeps the spellchecker from downloading', () => {
    let granted: boolean | undefined;
    installed.permissionRequest?.(null, 'notifications', (answer) => (granted = answer));
    expect(granted).toBe(false);
    installed.permissionRequest?.(null, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    expect(installed.permissionCheck?.()).toBe(false);
    expect(installed.devicePermission?.()).toBe(false);
    expect(installed.spellcheck).toBe(false);
    expect(installed.dictionaryUrl).toBe(NO_DICTIONARY_DOWNLOADS);
    expect(new URL(NO_DICTIONARY_DOWNLOADS).hostname).toBe('0.0.0.0');
  });
});

describe('the hardened session (development)', () => {
  it('adds only the loopback dev server', () => {
    const { session, installed } = fakeSession();
    applySessionRules(session, { devServerUrl: 'http://localhost:5173', developerTools: true });
    expect(cancelled(installed.beforeRequest, { url: 'http://localhost:5173/src/main.tsx' })).toBe(false);
    expect(cancelled(installed.beforeRequest, { url: 'https://example.com/' })).toBe(true);
  });

  it('lets the DevTools the menu offers load in `npm start` (unpackaged, no dev server)', () => {
    const { session, installed } = fakeSession();
    applySessionRules(session, { devServerUrl: null, developerTools: true });
    const devtools = 'devtools://devtools/bundled/devtools_app.html';
    expect(cancelled(installed.beforeRequest, { url: devtools, resourceType: 'mainFrame' })).toBe(false);
    expect(cancelled(installed.beforeRequest, { url: 'https://example.com/', resourceType: 'xhr' })).toBe(
      true,
    );
    expect(cancelled(installed.beforeRequest, { url: 'http://localhost:5173/' })).toBe(true);
  });
});
