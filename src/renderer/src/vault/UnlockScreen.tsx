import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { recoveryKeyProblem } from '@shared/recoveryKeyGroups';
import { call, MendApiError } from '../api';
import { secretErrorMessage } from './secretErrors';
import { useAsync } from '../useAsync';
import './unlock.css';
import { FieldError } from '../components/FieldError';
import { PasswordInput } from './PasswordInput';
import { SafetyLink } from '../shell/SafetyLink';

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

/** Unlock with the passphrase, or with the recovery key when it is forgotten. */
export function UnlockScreen({ retryAfterSeconds, onUnlocked, onShowSafety, journalName = null, children }: Props) {
  const [method, setMethod] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [wait, setWait] = useState(retryAfterSeconds);
  const [keychainFailed, setKeychainFailed] = useState(false);
  const keychain = useAsync(() => call('vault.keychainStatus'), []);
  const offerKeychain = keychain.status === 'ready' && keychain.value.enabled && !keychainFailed;
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  /** After a failure the person retypes or corrects: keep them in the field, text selected. */
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus === 0) return;
    field.current?.focus();
    field.current?.select();
  }, [refocus]);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function submit() {
    const shape = method === 'recovery' ? recoveryKeyProblem(secret) : null;
    if (shape !== null) {
      setError(shape);
      setRefocus((n) => n + 1);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('vault.unlock', { method, secret });
      setSecret('');
      onUnlocked();
    } catch (failure) {
      if (failure instanceof MendApiError && failure.code === 'WRONG_SECRET') {
        setError(
          method === 'passphrase' ? 'That passphrase is not right.' : 'That recovery key is not right.',
        );
        setWait(Number(failure.detail?.['waitSeconds'] ?? 0));
      } else if (failure instanceof MendApiError && failure.code === 'DAMAGED') {
        // The secret was right but the journal is damaged: asking for the status again
        // brings up the recovery screen.
        onUnlocked();
      } else if (failure instanceof MendApiError && failure.code === 'RATE_LIMITED') {
        setError('Please wait a moment before trying again.');
        setWait(Number(failure.detail?.['waitSeconds'] ?? 0));
      } else {
        setError(secretErrorMessage(failure, method));
      }
    } finally {
      setBusy(false);
      // The button the person pressed was disabled while busy; focus goes back to the field.
      setRefocus((n) => n + 1);
    }
  }

  /** "Remember on this computer" is never the only way in: on failure, the passphrase. */
  async function unlockWithKeychain() {
    setBusy(true);
    setError(null);
    try {
      await call('vault.unlockWithKeychain');
      onUnlocked();
    } catch (failure) {
      if (failure instanceof MendApiError && failure.code === 'DAMAGED') {
        onUnlocked();
        return;
      }
      setKeychainFailed(true);
      setError('This computer could not open Mend this time. Please use your passphrase.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="centered" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Mend is locked</h1>
      {journalName !== null && <p className="journal-name">{journalName}</p>}
      {offerKeychain && (
        <div className="card stack keychain-unlock">
          <button type="button" className="primary" disabled={busy} onClick={() => void unlockWithKeychain()}>
            Open with this computer’s keychain
          </button>
          <p className="quiet">Or type your passphrase below.</p>
        </div>
      )}
      <form
        className="card stack"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={`${id}-secret`}>{method === 'passphrase' ? 'Passphrase' : 'Recovery key'}</label>
        {method === 'passphrase' ? (
          <PasswordInput
            ref={field}
            id={`${id}-secret`}
            autoComplete="current-password"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            aria-invalid={error !== null}
            autoFocus={!offerKeychain}
          />
        ) : (
          <input
            ref={field}
            id={`${id}-secret`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={secret}
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            onChange={(event) => setSecret(event.target.value)}
            aria-invalid={error !== null}
            autoFocus
          />
        )}
        <FieldError error={error} />
        {wait > 0 && (
          <p className="quiet" role="status">
            You can try again in {wait} {wait === 1 ? 'second' : 'seconds'}.
          </p>
        )}
        <button type="submit" className="primary" disabled={busy || wait > 0 || secret.length === 0}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        <button
          type="button"
          className="link"
          onClick={() => {
            setMethod(method === 'passphrase' ? 'recovery' : 'passphrase');
            setSecret('');
            setError(null);
          }}
        >
          {method === 'passphrase'
            ? 'I forgot my passphrase: use my recovery key'
            : 'Use my passphrase instead'}
        </button>
      </form>
      {children}
      <SafetyLink onShow={onShowSafety} />
    </main>
  );
}
