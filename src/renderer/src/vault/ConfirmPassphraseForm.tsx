import { useId, useState, type ReactNode } from 'react';
import { friendlyMessage, MendApiError } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { PasswordInput } from './PasswordInput';

interface Props {
  /** What the button does, e.g. "Make a new recovery key". */
  submitLabel: string;
  /** Called with the typed passphrase; a rejection is shown under the field. */
  onConfirm(passphrase: string): Promise<unknown>;
  label?: string;
  /** The button is the screen's main action. */
  primary?: boolean;
  className?: string;
  /** Said above the field, inside the form. */
  children?: ReactNode;
}

const wrongPassphrase = (failure: unknown): string =>
  failure instanceof MendApiError && failure.code === 'WRONG_SECRET'
    ? 'Your passphrase is not right.'
    : friendlyMessage(failure);

/**
 * The passphrase, typed once to confirm something that changes the way in (a new recovery
 * key, remembering Mend on this computer): someone at an open window must not do it alone.
 * The field is emptied once it has served.
 */
export function ConfirmPassphraseForm({
  submitLabel,
  onConfirm,
  label = 'Your passphrase',
  primary = false,
  className = 'stack',
  children,
}: Props) {
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useBusyAction();
  const id = useId();
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          await onConfirm(passphrase);
          setPassphrase('');
        }, wrongPassphrase);
      }}
    >
      {children}
      <label htmlFor={`${id}-passphrase`}>{label}</label>
      <PasswordInput
        id={`${id}-passphrase`}
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        aria-invalid={error !== null}
      />
      <FieldError error={error} />
      <button
        type="submit"
        className={primary ? 'primary' : undefined}
        disabled={busy || passphrase.length === 0}
      >
        {busy ? 'One moment…' : submitLabel}
      </button>
    </form>
  );
}
