import { isAllowedRequest, type RequestRules } from '../security/requestPolicy';

/** A request as Electron's `webRequest` reports it (only the fields the rules read). */
export interface RequestDetails {
  url: string;
  resourceType?: string;
}

/**
 * The part of Electron's `Session` the rules touch. Electron's session satisfies it; a test
 * passes a fake and drives the captured handlers, which proves the wiring, not just the
 * policy function.
 */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: RequestDetails, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/** An address that cannot be fetched: Chromium would otherwise download dictionaries. */
export const NO_DICTIONARY_DOWNLOADS = 'https://0.0.0.0/';

/** Session-wide rules: no permissions, no network, no spellchecker downloads. */
export function applySessionRules(ses: HardenableSession, rules: RequestRules): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Every request (documents, scripts, images, sockets) that is not the app's own
  // protocol is cancelled before Chromium opens a connection (plus, unpackaged, the dev
  // server and DevTools' own pages: see RequestRules).
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, rules) });
  });
  // Spellchecking stays off: Chromium's Hunspell would fetch dictionaries over the network
  // and keep learned words in a plaintext file (see docs/desktop.md).
  ses.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
  ses.setSpellCheckerEnabled(false);
}
