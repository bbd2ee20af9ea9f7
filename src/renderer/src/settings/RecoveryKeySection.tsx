import { useId, useState } from 'react';
import type { RecoveryKeyShown } from '@shared/ipc/contract';
import { call, friendlyMessage, MendApiError } from '../api';
import { RecoveryKeyStep } from '../vault/RecoveryKeyStep';
import { Done, SettingsSection } from './SettingsSection';
import { FieldError } from '../components/FieldError';
import { PasswordInput } from '../vault/PasswordInput';

/** A new recovery key (the old one stops working), shown once and typed back, like at setup. */
export function RecoveryKeySection() {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<RecoveryKeyShown | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();

  if (shown !== null) {
    return (
      <SettingsSection title="Recovery key">
        <RecoveryKeyStep
          shown={shown}
          onConfirmed={() => {
            setShown(null);
            setDone('Your new recovery key is ready. The old one no longer opens Mend.');
          }}
        />
      </SettingsSection>
    );
  }

  return (
    <SettingsSection title="Recovery key">
      <p>
        If your recovery key was lost or someone else may have seen it, make a new one. The old key stops
        working. Backups made earlier still open with the old key.
      </p>
      <form
        className="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          setDone(null);
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
        <label htmlFor={`${id}-passphrase`}>Your passphrase</label>
        <PasswordInput
          id={`${id}-passphrase`}
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <FieldError error={error} />
        <button type="submit" disabled={busy || passphrase.length === 0}>
          {busy ? 'One moment…' : 'Make a new recovery key'}
        </button>
      </form>
      <Done text={done} />
    </SettingsSection>
  );
}
