import type { SaveState } from './useAutosave';
import './autosave.css';

const WORDS: Record<SaveState, string> = {
  idle: '',
  pending: 'Not saved yet',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Could not save yet. Your words are still here, and Mend will try again.',
};

/** A quiet, polite live region: screen readers hear "Saved" without losing their place. */
export function SaveIndicator({ state, id }: { state: SaveState; id?: string }) {
  return (
    <span id={id} className={`save-indicator save-${state}`} role="status" aria-live="polite">
      {WORDS[state]}
    </span>
  );
}
