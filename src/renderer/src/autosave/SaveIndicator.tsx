import type { SaveStatus } from './autosave';
import './autosave.css';

const WORDS: Record<Exclude<SaveStatus['kind'], 'failed'>, string> = {
  idle: '',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
};

/**
 * Every editor's save line: a quiet, polite live region, so screen readers hear "Saved"
 * without losing their place. A failed save says why and offers to try again at once.
 */
export function SaveIndicator({ status, onRetry, id }: { status: SaveStatus; onRetry(): void; id?: string }) {
  return (
    <span id={id} className={`save-indicator save-${status.kind}`} role="status" data-testid="save-status">
      {status.kind === 'failed' ? (
        <>
          Not saved yet. {status.message} Mend will keep trying.{' '}
          <button type="button" className="link" onClick={onRetry}>
            Try again now
          </button>
        </>
      ) : (
        WORDS[status.kind]
      )}
    </span>
  );
}
