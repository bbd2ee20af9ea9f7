import { useEffect, useRef } from 'react';

/** The journal's keyboard shortcuts, named once so buttons can announce them. */
export const NEW_KEYS = { aria: 'Control+N Meta+N', label: 'Ctrl+N' };
export const SEARCH_KEYS = { aria: 'Control+F Meta+F', label: 'Ctrl+F' };
export const OLDER_KEYS = { aria: 'Alt+ArrowDown', label: 'Alt+↓' };
export const NEWER_KEYS = { aria: 'Alt+ArrowUp', label: 'Alt+↑' };

export interface JournalKeyActions {
  newEntry(): void;
  focusSearch(): void;
  neighbor(direction: 'older' | 'newer'): void;
}

/** Listens for the journal's shortcuts while the journal is on screen. */
export function useJournalShortcuts(actions: JournalKeyActions): void {
  // The listener is added once and always calls the latest actions.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { newEntry, focusSearch, neighbor } = latest.current;
      const mod = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'n') newEntry();
      else if (mod && key === 'f') focusSearch();
      else if (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowDown')
        neighbor('older');
      else if (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowUp') neighbor('newer');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
