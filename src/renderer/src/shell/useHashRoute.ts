import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = () => window.location.hash;

/** Splits `#/journal/entry/42` into `['journal', 'entry', '42']`. */
function parseHash(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => decodeURIComponent(part));
}

export function hrefFor(segments: readonly string[]): string {
  return `#/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
}

export function navigate(segments: readonly string[]): void {
  window.location.hash = hrefFor(segments);
}

/**
 * The current screen, kept in the URL hash so a lock (which reloads the page) brings the
 * person back to where they were. Only ids go in the hash, never journal text.
 */
export function useHashRoute(): { segments: string[]; go(segments: readonly string[]): void } {
  const hash = useSyncExternalStore(subscribe, snapshot);
  const go = useCallback((segments: readonly string[]) => navigate(segments), []);
  return { segments: parseHash(hash), go };
}
