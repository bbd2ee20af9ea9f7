import { useId, useState } from 'react';
import type { RecoveryKeyShown } from '@shared/ipc/contract';
import { call, friendlyMessage } from '../api';
import { FieldError } from '../components/FieldError';

interface Props {
  shown: RecoveryKeyShown;
  onConfirmed(): void;
}

/** Shows the recovery key once, then asks for two of its groups back before setup finishes. */
export function RecoveryKeyStep({ shown, onConfirmed }: Props) {
  const [phase, setPhase] = useState<'show' | 'confirm'>('show');
  const [answers, setAnswers] = useState<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const groups = shown.recoveryKey.split('-');

  if (phase === 'show') {
    return (
      <section className="card stack" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Your recovery key</h2>
        <p>
          If you ever forget your passphrase, this key is the only other way in. Write it on paper and keep it
          somewhere private. Mend will not show it again.
        </p>
        <p className="recovery-key" aria-label="Recovery key" data-testid="recovery-key">
          {groups.map((group, index) => (
            <span key={index} className="group">
              {group}
            </span>
          ))}
        </p>
        <button type="button" className="primary" onClick={() => setPhase('confirm')}>
          I have written it down
        </button>
      </section>
    );
  }

  return (
    <form
      className="card stack"
      aria-labelledby={`${id}-confirm`}
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        try {
          const result = await call('vault.confirmRecoveryKey', {
            groups: shown.confirmGroups.map((index) => ({ index, text: answers[index] ?? '' })),
          });
          if (result.confirmed) onConfirmed();
          else setError('That does not match. Check your copy of the key and try again.');
        } catch (failure) {
          setError(friendlyMessage(failure));
        }
      }}
    >
      <h2 id={`${id}-confirm`}>Check your copy</h2>
      <p>To be sure your copy is right, type these groups from your recovery key.</p>
      {shown.confirmGroups.map((index) => (
        <div key={index} className="stack tight">
          <label htmlFor={`${id}-g${index}`}>Group {index} of 8</label>
          <input
            id={`${id}-g${index}`}
            className="group-input"
            maxLength={8}
            autoComplete="off"
            spellCheck={false}
            value={answers[index] ?? ''}
            onChange={(event) => setAnswers({ ...answers, [index]: event.target.value })}
          />
        </div>
      ))}
      <FieldError error={error} />
      <div className="row">
        <button type="button" onClick={() => setPhase('show')}>
          Show the key again
        </button>
        <button type="submit" className="primary">
          Finish
        </button>
      </div>
    </form>
  );
}
