import { useId, useState } from 'react';
import { FieldError } from '../components/FieldError';
import { PasswordInput } from './PasswordInput';

export type SecretMethod = 'passphrase' | 'recovery';

interface Props {
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit(method: SecretMethod, secret: string): void;
  /** Text for the recovery-key switch, e.g. "I do not remember it: use my recovery key". */
  recoverySwitchLabel?: string;
}

/** The passphrase, or the recovery key instead: used by restore and key repair. */
export function SecretForm({ submitLabel, busy, error, onSubmit, recoverySwitchLabel }: Props) {
  const [method, setMethod] = useState<SecretMethod>('passphrase');
  const [secret, setSecret] = useState('');
  const id = useId();
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (secret.length > 0) onSubmit(method, secret);
      }}
    >
      <label htmlFor={`${id}-secret`}>{method === 'passphrase' ? 'Passphrase' : 'Recovery key'}</label>
      {method === 'passphrase' ? (
        <PasswordInput
          id={`${id}-secret`}
          autoComplete="off"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
        />
      ) : (
        <input
          id={`${id}-secret`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          onChange={(event) => setSecret(event.target.value)}
        />
      )}
      <FieldError error={error} />
      <div className="row">
        <button
          type="button"
          className="link"
          onClick={() => {
            setMethod(method === 'passphrase' ? 'recovery' : 'passphrase');
            setSecret('');
          }}
        >
          {method === 'passphrase'
            ? (recoverySwitchLabel ?? 'Use my recovery key instead')
            : 'Use my passphrase instead'}
        </button>
        <button type="submit" className="primary" disabled={busy || secret.length === 0}>
          {busy ? 'One moment…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
