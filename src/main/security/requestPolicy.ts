import { APP_SCHEME } from './appOrigin';

/**
 * Mend never touches the network. Every request the renderer makes must be to the app's
 * own scheme; in development the Vite dev server on loopback is allowed as well.
 */
export function isAllowedRequest(url: string, devServerUrl: string | null = null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return true;
  // DevTools' own pages are local and only exist in development builds.
  if (parsed.protocol === 'devtools:') return devServerUrl !== null;
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
