import { useId, useState } from 'react';
import type { RecoveryKeyShown } from '@shared/ipc/contract';
import { call, friendlyMessage, MendApiError } from '../api';
import { FieldError } from '../components/FieldError';
import { RecoveryKeyStep } from './RecoveryKeyStep';

/**
 * Setup was interrupted before the recovery key was confirmed (e.g. the app closed): the old
 * key was never confirmed, so a fresh one is made and shown. Making one needs the passphrase
 * (also after a keychain unlock): someone at an open screen must not take over the way in.
 */
export function FinishSetup({ onDone, onShowSafety }: { onDone(): void; onShowSafety(): void }) {
  const [shown, setShown] = useState<RecoveryKeyShown | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <main className="centered" aria-labelledby="finish-setup-title">
      <h1 id="finish-setup-title">Finish setting up</h1>
      {shown !== null ? (
        <RecoveryKeyStep shown={shown} onConfirmed={onDone} />
      ) : (
        <form
          className="card stack"
          onSubmit={async (event) => {
            event.preventDefault();
            setBusy(true);
            setError(null);
            try {
              setShown(await call('vault.newRecoveryKey', { passphrase }));
              setPassphrase('');
            } catch (failure) {
              setError(
                failure instanceof MendApiError && failure.code === 'WRONG_SECRET'
                  ? 'Your passphrase is not right.'
                  : friendlyMessage(failure),
              );
            } finally {
              setBusy(false);
            }
          }}
        >
          <p>
            Your recovery key was never confirmed, so Mend will make a new one for you to write down. Please
            type your passphrase first.
          </p>
          <label htmlFor={`${id}-passphrase`}>Your passphrase</label>
          <input
            id={`${id}-passphrase`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <FieldError error={error} />
          <button type="submit" className="primary" disabled={busy || passphrase.length === 0}>
            {busy ? 'One moment…' : 'Make my recovery key'}
          </button>
        </form>
      )}
      <button type="button" className="link safety-link" onClick={onShowSafety}>
        If you are not safe
      </button>
    </main>
  );
}
