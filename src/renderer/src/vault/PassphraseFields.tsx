import { useEffect, useId, useState } from 'react';
import { MIN_LENGTH, passphraseStrength, type Strength } from '@shared/passphraseStrength';
import { FieldError } from '../components/FieldError';
import { PasswordInput } from './PasswordInput';

interface Props {
  onSubmit(passphrase: string): void;
  submitLabel: string;
  busy: boolean;
  /** Labels for the two fields (e.g. "New passphrase" on the settings screen). */
  label?: string;
  repeatLabel?: string;
  autoFocus?: boolean;
}

const EMPTY: Strength = {
  score: 0,
  label: 'Empty',
  hint: 'Choose a passphrase only you know.',
  tone: 'weak',
  acceptable: false,
};

/** What is asked, shown in plain grey before the first keystroke: nothing typed is not a mistake. */
const REQUIREMENT = `At least ${MIN_LENGTH} characters that others could not guess: a few unrelated words work well.`;

/** The estimate for what is typed now; the estimator is asynchronous, so an old answer never wins. */
function useStrength(passphrase: string): Strength {
  const [strength, setStrength] = useState<{ for: string; value: Strength }>({ for: '', value: EMPTY });
  useEffect(() => {
    let current = true;
    void passphraseStrength(passphrase).then((value) => {
      if (current) setStrength({ for: passphrase, value });
    });
    return () => {
      current = false;
    };
  }, [passphrase]);
  return strength.for === passphrase ? strength.value : { ...strength.value, acceptable: false };
}

/** A new passphrase, typed twice, with a Show toggle and strength words and colour that agree. */
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
  const [shown, setShown] = useState(false);
  const [refused, setRefused] = useState(false);
  const id = useId();
  const strength = useStrength(first);
  // Before the first keystroke: the requirement in plain words, never a verdict or an error.
  const nothingTyped = first.length === 0;
  const mismatch = touched && second.length > 0 && first !== second;
  const ready = strength.acceptable && first === second;
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        setRefused(!strength.acceptable);
        if (ready) onSubmit(first);
      }}
    >
      <label htmlFor={`${id}-p1`}>{label}</label>
      <PasswordInput
        id={`${id}-p1`}
        autoComplete="new-password"
        value={first}
        visible={shown}
        onChange={(event) => {
          setFirst(event.target.value);
          setRefused(false);
        }}
        aria-describedby={`${id}-strength`}
        aria-invalid={refused}
        autoFocus={autoFocus}
      />
      <div
        className="strength"
        id={`${id}-strength`}
        data-tone={nothingTyped ? 'none' : strength.tone}
        aria-live="polite"
      >
        <div className="strength-bar" aria-hidden="true">
          <span style={{ width: `${nothingTyped ? 0 : ((strength.score + 1) / 5) * 100}%` }} />
        </div>
        {nothingTyped ? (
          <span>{REQUIREMENT}</span>
        ) : (
          <span>
            <strong>{strength.label}.</strong> {strength.hint}
          </span>
        )}
      </div>
      <FieldError
        error={
          refused ? `Mend cannot use this passphrase: it would be guessed too easily. ${strength.hint}` : null
        }
      />
      <label htmlFor={`${id}-p2`}>{repeatLabel}</label>
      <PasswordInput
        id={`${id}-p2`}
        autoComplete="new-password"
        value={second}
        visible={shown}
        onChange={(event) => setSecond(event.target.value)}
        onBlur={() => setTouched(true)}
        aria-invalid={mismatch}
      />
      <label className="choice">
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        Show what I type
      </label>
      <FieldError error={mismatch ? 'The two passphrases are not the same yet.' : null} />
      <button type="submit" className="primary" disabled={busy || nothingTyped || first !== second}>
        {busy ? 'One moment…' : submitLabel}
      </button>
    </form>
  );
}
