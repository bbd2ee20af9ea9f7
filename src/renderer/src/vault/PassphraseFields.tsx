import { useId, useState } from 'react';
import { passphraseStrength } from './passphraseStrength';

interface Props {
  onSubmit(passphrase: string): void;
  submitLabel: string;
  busy: boolean;
  /** Labels for the two fields (e.g. "New passphrase" on the settings screen). */
  label?: string;
  repeatLabel?: string;
  autoFocus?: boolean;
}

/** A new passphrase, typed twice, with calm strength feedback. */
export function PassphraseFields({
  onSubmit,
  submitLabel,
  busy,
  label = 'Passphrase',
  repeatLabel = 'Type it again',
  autoFocus = true,
}: Props) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [touched, setTouched] = useState(false);
  const id = useId();
  const strength = passphraseStrength(first);
  const mismatch = touched && second.length > 0 && first !== second;
  const ready = strength.score >= 1 && first === second;
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (ready) onSubmit(first);
      }}
    >
      <label htmlFor={`${id}-p1`}>{label}</label>
      <input
        id={`${id}-p1`}
        type="password"
        autoComplete="new-password"
        value={first}
        onChange={(event) => setFirst(event.target.value)}
        aria-describedby={`${id}-strength`}
        autoFocus={autoFocus}
      />
      <div className="strength" id={`${id}-strength`} aria-live="polite">
        <meter min={0} max={4} value={strength.score} aria-label="Passphrase strength" />
        <span>
          <strong>{strength.label}.</strong> {strength.hint}
        </span>
      </div>
      <label htmlFor={`${id}-p2`}>{repeatLabel}</label>
      <input
        id={`${id}-p2`}
        type="password"
        autoComplete="new-password"
        value={second}
        onChange={(event) => setSecond(event.target.value)}
        onBlur={() => setTouched(true)}
        aria-invalid={mismatch}
      />
      {mismatch && <p className="field-error">The two passphrases are not the same yet.</p>}
      <button type="submit" className="primary" disabled={!ready || busy}>
        {busy ? 'One moment…' : submitLabel}
      </button>
    </form>
  );
}
