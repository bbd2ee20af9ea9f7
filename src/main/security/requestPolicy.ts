import { APP_SCHEME } from './appOrigin';

/** What a build allows beyond the app's own scheme; a packaged build allows nothing more. */
export interface RequestRules {
  /** The Vite dev server on loopback (`npm run dev`), or null. */
  devServerUrl?: string | null;
  /**
   * DevTools' own pages (`devtools://`, served by Electron from inside the binary, never
   * the network): true only in unpackaged builds (`npm start`, `npm run dev`), whose View
   * menu offers them. Packaged builds pass false (`!app.isPackaged`).
   */
  developerTools?: boolean;
}

/**
 * Mend never touches the network. Every request the renderer makes must be to the app's
 * own scheme; in development the Vite dev server on loopback is allowed as well, and in an
 * unpackaged build the DevTools' own pages.
 */
export function isAllowedRequest(url: string, rules: RequestRules = {}): boolean {
  const devServerUrl = rules.devServerUrl ?? null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return true;
  if (parsed.protocol === 'devtools:') return rules.developerTools === true;
  if (devServerUrl !== null) {
    const dev = new URL(devServerUrl);
    const sameDevHost = parsed.host === dev.host && ['localhost', '127.0.0.1'].includes(parsed.hostname);
    return sameDevHost && ['http:', 'ws:'].includes(parsed.protocol);
  }
  return false;
}

/** Top-level navigation may only reload the app itself; everything else is refused. */
export function isAllowedNavigation(url: string, entryUrl: string): boolean {
  try {
    const target = new URL(url);
    const entry = new URL(entryUrl);
    return target.protocol === entry.protocol && target.host === entry.host;
  } catch {
    return false;
  }
}
