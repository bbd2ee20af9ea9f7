import { useEffect } from 'react';

/** `mod` is Ctrl on Windows/Linux and Cmd on macOS. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

function matches(event: KeyboardEvent, shortcut: Shortcut): boolean {
  const mod = event.ctrlKey || event.metaKey;
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    mod === (shortcut.mod ?? false) &&
    event.shiftKey === (shortcut.shift ?? false)
  );
}

/** Runs `action` on the shortcut anywhere in the window. */
export function useShortcut(shortcut: Shortcut, action: () => void): void {
  const { key, mod, shift } = shortcut;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matches(event, { key, mod: mod ?? false, shift: shift ?? false })) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, mod, shift, action]);
}
