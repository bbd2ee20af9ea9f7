import { useEffect, useId, useState, type ReactNode } from 'react';
import { recoveryKeyProblem } from '@shared/recoveryKeyGroups';
import { call, MendApiError } from '../api';
import { useBusyAction } from '../components/useBusyAction';
import { SafetyLink } from '../shell/SafetyLink';
import { useAsync } from '../useAsync';
import { SecretForm, type SecretMethod } from './SecretForm';
import { secretErrorMessage } from './secretErrors';
import './unlock.css';

interface Props {
  retryAfterSeconds: number;
  /** Asks the app for the vault status again (unlocked, or damaged). */
  onUnlocked(): void;
  onShowSafety(): void;
  /** The journal's name, shown when there are several (null: one journal, as before). */
  journalName?: string | null;
  /** Links below the form: another journal, a new one. */
  children?: ReactNode;
}

const waitOf = (failure: MendApiError): number => Number(failure.detail?.['waitSeconds'] ?? 0);

/** Unlock with the passphrase, or with the recovery key when it is forgotten. */
export function UnlockScreen({
  retryAfterSeconds,
  onUnlocked,
  onShowSafety,
  journalName = null,
  children,
}: Props) {
  const { busy, error, run, setError } = useBusyAction();
  const [wait, setWait] = useState(retryAfterSeconds);
  const [keychainFailed, setKeychainFailed] = useState(false);
  const keychain = useAsync(() => call('vault.keychainStatus'), []);
  const offerKeychain = keychain.status === 'ready' && keychain.value.enabled && !keychainFailed;
  const id = useId();

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function unlock(method: SecretMethod, secret: string) {
    // A recovery key is checked for its shape first, so a mistyped group is named before a try.
    const shape = method === 'recovery' ? recoveryKeyProblem(secret) : null;
    if (shape !== null) {
      setError(shape);
      return;
    }
    return run(
      async () => {
        try {
          await call('vault.unlock', { method, secret });
        } catch (failure) {
          // DAMAGED: the secret was right but the journal is damaged, and asking for the
          // status again (below) brings up the recovery screen.
          if (!(failure instanceof MendApiError && failure.code === 'DAMAGED')) {
            const waits =
              failure instanceof MendApiError && ['WRONG_SECRET', 'RATE_LIMITED'].includes(failure.code);
            if (waits) setWait(waitOf(failure));
            throw failure;
          }
        }
        onUnlocked();
      },
      (failure) => {
        if (failure instanceof MendApiError && failure.code === 'WRONG_SECRET') {
          return method === 'passphrase'
            ? 'That passphrase is not right.'
            : 'That recovery key is not right.';
        }
        if (failure instanceof MendApiError && failure.code === 'RATE_LIMITED') {
          return 'Please wait a moment before trying again.';
        }
        return secretErrorMessage(failure, method);
      },
    );
  }

  /** "Remember on this computer" is never the only way in: on failure, the passphrase. */
  function unlockWithKeychain() {
    void run(
      async () => {
        try {
          await call('vault.unlockWithKeychain');
        } catch (failure) {
          if (!(failure instanceof MendApiError && failure.code === 'DAMAGED')) {
            setKeychainFailed(true);
            throw failure;
          }
        }
        onUnlocked();
      },
      () => 'This computer could not open Mend this time. Please use your passphrase.',
    );
  }

  return (
    <main className="centered" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Mend is locked</h1>
      {journalName !== null && <p className="journal-name">{journalName}</p>}
      {offerKeychain && (
        <div className="card stack keychain-unlock">
          <button type="button" className="primary" disabled={busy} onClick={unlockWithKeychain}>
            Open with this computer’s keychain
          </button>
          <p className="quiet">Or type your passphrase below.</p>
        </div>
      )}
      <SecretForm
        layout="stacked"
        submitLabel="Unlock"
        busyLabel="Unlocking…"
        busy={busy}
        error={error}
        blocked={wait > 0}
        notice={
          wait > 0 && (
            <p className="quiet" role="status">
              You can try again in {wait} {wait === 1 ? 'second' : 'seconds'}.
            </p>
          )
        }
        recoverySwitchLabel="I forgot my passphrase: use my recovery key"
        passphraseAutoComplete="current-password"
        autoFocus={!offerKeychain}
        onSubmit={unlock}
        onMethodChange={() => setError(null)}
      />
      {children}
      <SafetyLink onShow={onShowSafety} />
    </main>
  );
}
