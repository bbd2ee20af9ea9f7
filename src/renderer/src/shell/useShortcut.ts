import { useEffect, useLayoutEffect, useRef } from 'react';

/** `mod` is Ctrl on Windows/Linux and Cmd on macOS. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  const mod = event.ctrlKey || event.metaKey;
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    mod === (shortcut.mod ?? false) &&
    event.shiftKey === (shortcut.shift ?? false) &&
    event.altKey === (shortcut.alt ?? false)
  );
}

/**
 * Runs `action` on the shortcut anywhere in the window. The listener is registered once and
 * always calls the latest `action` (updated before paint), so a key pressed right after a
 * screen appears is never handled by a stale callback.
 */
export function useShortcut(shortcut: Shortcut, action: () => void): void {
  const latest = useRef(action);
  useLayoutEffect(() => {
    latest.current = action;
  });
  const { key, mod, shift, alt } = shortcut;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matchesShortcut(event, { key, mod: mod ?? false, shift: shift ?? false, alt: alt ?? false })) {
        event.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, mod, shift, alt]);
}
