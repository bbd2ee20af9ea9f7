import { friendlyMessage } from '../api';
import type { AsyncState } from '../useAsync';

interface Props {
  /** A loader's state that is not ready yet, or failed. */
  state: Exclude<AsyncState<unknown>, { status: 'ready' }>;
  /** Said while it loads, e.g. "Opening the entry…". */
  waiting?: string;
  /** Placement on the page, e.g. "screen" for a whole screen. */
  className?: string;
}

/**
 * What a view shows instead of its content while the data loads (quietly, read out
 * politely) or when it could not be read (the code's words, announced), so every screen
 * waits and fails the same way. Use: `if (loaded.status !== 'ready') return <NotReady state={loaded} />`.
 */
export function NotReady({ state, waiting = 'One moment…', className }: Props) {
  if (state.status === 'loading') {
    return (
      <p className={className === undefined ? 'status' : `${className} status`} role="status">
        {waiting}
      </p>
    );
  }
  return (
    <p className={className} role="alert">
      {friendlyMessage(state.error)}
    </p>
  );
}
