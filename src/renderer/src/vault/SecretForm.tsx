import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FieldError } from '../components/FieldError';
import { PasswordInput } from './PasswordInput';

export type SecretMethod = 'passphrase' | 'recovery';

interface Props {
  submitLabel: string;
  busy: boolean;
  error: string | null;
  /**
   * Called with what was typed; the form waits for it, then puts the person back in the field
   * with the text selected (after a failure they retype or correct it). Resolving true (what
   * a busy action's run does when it succeeded) empties the field.
   */
  onSubmit(method: SecretMethod, secret: string): unknown;
  /** Told when the person switches between passphrase and recovery key (e.g. to clear the error). */
  onMethodChange?(method: SecretMethod): void;
  /** Text for the recovery-key switch, e.g. "I do not remember it: use my recovery key". */
  recoverySwitchLabel?: string;
  /** Said on the button while `busy` (default "One moment…"). */
  busyLabel?: string;
  /** The button stays disabled, e.g. while a countdown after repeated failures runs. */
  blocked?: boolean;
  /** Said under the error line, e.g. that countdown. */
  notice?: ReactNode;
  /** The passphrase field's autocomplete: "current-password" where it is the journal's own. */
  passphraseAutoComplete?: 'off' | 'current-password';
  /** Focus the passphrase field when the form appears. */
  autoFocus?: boolean;
  /** "row": switch and button side by side, inside a card; "stacked": the lock screen's own card. */
  layout?: 'row' | 'stacked';
}

/**
 * The passphrase, or the recovery key instead: the one form for every place a journal is
 * opened or confirmed with its secret (unlock, restore, key repair, removing a journal).
 */
export function SecretForm({
  submitLabel,
  busy,
  error,
  onSubmit,
  onMethodChange,
  recoverySwitchLabel,
  busyLabel = 'One moment…',
  blocked = false,
  notice,
  passphraseAutoComplete = 'off',
  autoFocus = false,
  layout = 'row',
}: Props) {
  const [method, setMethod] = useState<SecretMethod>('passphrase');
  const [secret, setSecret] = useState('');
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  /** Bumped after each attempt: the field takes the focus back once React has re-rendered. */
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts === 0) return;
    field.current?.focus();
    field.current?.select();
  }, [attempts]);

  const label = method === 'passphrase' ? 'Passphrase' : 'Recovery key';
  const switchButton = (
    <button
      type="button"
      className="link"
      onClick={() => {
        const next = method === 'passphrase' ? 'recovery' : 'passphrase';
        setMethod(next);
        setSecret('');
        onMethodChange?.(next);
      }}
    >
      {method === 'passphrase'
        ? (recoverySwitchLabel ?? 'Use my recovery key instead')
        : 'Use my passphrase instead'}
    </button>
  );
  const submitButton = (
    <button type="submit" className="primary" disabled={busy || blocked || secret.length === 0}>
      {busy ? busyLabel : submitLabel}
    </button>
  );

  return (
    <form
      className={layout === 'stacked' ? 'card stack' : 'stack'}
      onSubmit={async (event) => {
        event.preventDefault();
        if (secret.length === 0) return;
        if ((await onSubmit(method, secret)) === true) setSecret('');
        // The button the person pressed was disabled while busy; focus goes back to the field.
        setAttempts((n) => n + 1);
      }}
    >
      <label htmlFor={`${id}-secret`}>{label}</label>
      {method === 'passphrase' ? (
        <PasswordInput
          ref={field}
          id={`${id}-secret`}
          autoComplete={passphraseAutoComplete}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          aria-invalid={error !== null}
          autoFocus={autoFocus}
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
          // Shown because the person just asked for it: they type the key next.
          autoFocus
        />
      )}
      <FieldError error={error} />
      {notice}
      {layout === 'stacked' ? (
        <>
          {submitButton}
          {switchButton}
        </>
      ) : (
        <div className="row">
          {switchButton}
          {submitButton}
        </div>
      )}
    </form>
  );
}
