import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RecoveryKeyShown } from '@shared/ipc/contract';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { PassphraseFields } from './PassphraseFields';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { RestoreFromFileLink } from './RestoreFromFileLink';
import { SafetyLink } from '../shell/SafetyLink';

interface Props {
  onDone(): void;
  onShowSafety(): void;
  /** Shown below, e.g. "Use another journal" while a second journal is being set up. */
  children?: ReactNode;
}

/** First run: what Mend is and is not, the privacy promise, a passphrase, the recovery key. */
export function Onboarding({ onDone, onShowSafety, children }: Props) {
  const [step, setStep] = useState<'intro' | 'passphrase' | 'recovery'>('intro');
  const { busy, error, run } = useBusyAction();
  const [shown, setShown] = useState<RecoveryKeyShown | null>(null);
  // Coming back from the passphrase step, the keyboard lands where it left the welcome page.
  const [cameBack, setCameBack] = useState(false);
  const choose = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'intro' && cameBack) choose.current?.focus();
  }, [step, cameBack]);

  return (
    <main className="centered" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">Welcome to Mend</h1>
      {step === 'intro' && (
        <section className="card stack">
          <p className="lead">A private place to work through broken trust, one step at a time.</p>
          <p>
            Mend guides you through steps, whether you broke trust or your trust was broken. It keeps a
            journal and a gentle daily check-in. It is for two people who both choose to rebuild.
          </p>
          <p>
            It is not for situations with violence, threats, or control.{' '}
            <button type="button" className="link" onClick={onShowSafety}>
              If you are not safe, read this first.
            </button>
          </p>
          <h2>Your privacy</h2>
          <ul>
            <li>Everything stays on this computer, encrypted with your passphrase.</li>
            <li>Mend never connects to the internet.</li>
            <li>Without your passphrase or recovery key, nobody can read it, not even the makers of Mend.</li>
          </ul>
          <p className="quiet">Mend is not a substitute for therapy or counselling.</p>
          <button ref={choose} type="button" className="primary" onClick={() => setStep('passphrase')}>
            Choose a passphrase
          </button>
          <RestoreFromFileLink onRestored={onDone} />
        </section>
      )}
      {step === 'passphrase' && (
        <section className="card stack" aria-labelledby="passphrase-title">
          <h2 id="passphrase-title">Choose a passphrase</h2>
          <p>
            This unlocks your journal. A few unrelated words are easy to remember and hard to guess. If
            someone else uses this computer, pick something they could not guess.
          </p>
          <PassphraseFields
            submitLabel="Create my private journal"
            busy={busy}
            onSubmit={(passphrase) =>
              run(async () => {
                setShown(await call('vault.create', { passphrase }));
                setStep('recovery');
              })
            }
          />
          <FieldError error={error} />
          <div className="row start">
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setCameBack(true);
                setStep('intro');
              }}
            >
              Back to the welcome page
            </button>
          </div>
        </section>
      )}
      {step === 'recovery' && shown && <RecoveryKeyStep shown={shown} onConfirmed={onDone} />}
      {step !== 'intro' && (
        <SafetyLink onShow={onShowSafety} />
      )}
      {step !== 'recovery' && children}
    </main>
  );
}
