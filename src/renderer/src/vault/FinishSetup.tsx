import type { RecoveryKeyShown } from '../../../shared/ipc/contract';
import { call } from '../api';
import { useAsync } from '../useAsync';
import { RecoveryKeyStep } from './RecoveryKeyStep';

/**
 * Setup was interrupted before the recovery key was confirmed (e.g. the app closed): the old
 * key was never confirmed, so a fresh one is made and shown.
 */
export function FinishSetup({ onDone, onShowSafety }: { onDone(): void; onShowSafety(): void }) {
  const shown = useAsync<RecoveryKeyShown>(() => call('vault.newRecoveryKey', {}), []);
  return (
    <main className="centered" aria-labelledby="finish-setup-title">
      <h1 id="finish-setup-title">Finish setting up</h1>
      {shown.status === 'ready' && <RecoveryKeyStep shown={shown.value} onConfirmed={onDone} />}
      {shown.status === 'loading' && <p role="status">One moment…</p>}
      {shown.status === 'error' && <p role="alert">Mend could not make a recovery key. Please restart Mend.</p>}
      <button type="button" className="link safety-link" onClick={onShowSafety}>
        If you are not safe
      </button>
    </main>
  );
}
