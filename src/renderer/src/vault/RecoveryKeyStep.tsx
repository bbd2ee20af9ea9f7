import { useId, useState } from 'react';
import type { RecoveryKeyShown } from '@shared/ipc/contract';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { defaultPaper } from '../export/exportForm';
import './passphrase.css';

interface Props {
  shown: RecoveryKeyShown;
  onConfirmed(): void;
  /** Said while the confirmation runs, when it takes a while (a new key re-encrypts the journal). */
  busyLabel?: string;
}

/**
 * Shows the recovery key, then asks for two of its groups back before setup finishes. Until
 * then it can be shown again; once confirmed, main keeps no readable copy, and the words say so.
 */
export function RecoveryKeyStep({ shown, onConfirmed, busyLabel = 'One moment…' }: Props) {
  const [phase, setPhase] = useState<'show' | 'confirm'>('show');
  const [answers, setAnswers] = useState<Record<number, string>>({});
  /** Copying or printing the key, while it is shown. */
  const share = useBusyAction();
  /** Checking the typed groups. */
  const check = useBusyAction();
  const [wrong, setWrong] = useState<number[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const groups = shown.recoveryKey.split('-');

  const copy = () =>
    share.run(async () => {
      const { clearsAfterSeconds } = await call('vault.copyRecoveryKey');
      setDone(
        `Copied. Paste it into your password manager now: Mend clears it from the clipboard in ${Math.round(clearsAfterSeconds / 60)} minutes.`,
      );
    });

  const print = () =>
    share.run(async () => {
      const { printed } = await call('vault.printRecoveryKey', { paper: defaultPaper(navigator.language) });
      setDone(printed ? 'Sent to the printer. Keep the page somewhere private.' : 'Nothing was printed.');
    });

  if (phase === 'show') {
    return (
      <section className="card stack" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Your recovery key</h2>
        <p>
          If you ever forget your passphrase, this key is the only other way in. Write it on paper and keep it
          somewhere private. Once you finish this step, Mend cannot show it again.
        </p>
        <p className="recovery-key" aria-label="Recovery key" data-testid="recovery-key">
          {groups.map((group, index) => (
            <span key={index} className="group">
              {group}
            </span>
          ))}
        </p>
        <div className="recovery-actions">
          <button type="button" disabled={share.busy} onClick={() => void copy()}>
            Copy the key
          </button>
          <button type="button" disabled={share.busy} onClick={() => void print()}>
            Print the key…
          </button>
        </div>
        <p role="status" className="quiet">
          {done}
        </p>
        <FieldError error={share.error} />
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
        const answer: { wrongGroups?: readonly number[] } = {};
        await check.run(async () => {
          const result = await call('vault.confirmRecoveryKey', {
            groups: shown.confirmGroups.map((index) => ({ index, text: answers[index] ?? '' })),
          });
          setWrong(result.wrongGroups);
          if (result.confirmed) onConfirmed();
          else answer.wrongGroups = result.wrongGroups;
        });
        // A wrong group is an answer, not a failure: said once the check is over.
        const { wrongGroups } = answer;
        if (wrongGroups === undefined) return;
        const names = wrongGroups.map((index) => `group ${index}`);
        const which = names.length === 0 ? 'it' : names.join(' and ');
        check.setError(
          `That does not match: ${which} ${names.length > 1 ? 'are' : 'is'} different on your copy. Check ${names.length > 1 ? 'those groups' : 'that group'} and try again.`,
        );
        document.getElementById(`${id}-g${wrongGroups[0] ?? shown.confirmGroups[0] ?? 1}`)?.focus();
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
            aria-invalid={wrong.includes(index)}
            onChange={(event) => {
              setAnswers({ ...answers, [index]: event.target.value });
              setWrong(wrong.filter((other) => other !== index));
            }}
          />
        </div>
      ))}
      <FieldError error={check.error} />
      <div className="row">
        <button type="button" onClick={() => setPhase('show')}>
          Show the key again
        </button>
        <button type="submit" className="primary" disabled={check.busy}>
          {check.busy ? busyLabel : 'Finish'}
        </button>
      </div>
    </form>
  );
}
