import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SafetyCheck } from '@shared/content';
import type { ProgramState } from '@shared/ipc/contract';
import { call, friendlyMessage } from '../api';
import { FieldError } from '../components/FieldError';

interface Props {
  check: SafetyCheck;
  onAnswered(result: { anyYes: boolean; state: ProgramState }): void;
}

/** A few gentle yes/no questions before the program starts. The answers stay in the vault. */
export function SafetyCheckForm({ check, onAnswered }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [answers, setAnswers] = useState<Readonly<Record<string, boolean>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (check.questions.some((question) => answers[question.id] === undefined)) {
      setError('Please answer each question with yes or no.');
      return;
    }
    setBusy(true);
    try {
      onAnswered(await call('program.answerSafetyCheck', { answers }));
    } catch (failure) {
      setError(friendlyMessage(failure));
      setBusy(false);
    }
  }

  return (
    <main className="screen narrow stack" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Before you begin
      </h1>
      <p className="lead">{check.intro}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {check.questions.map((question) => (
          <fieldset key={question.id} className="safety-question">
            <legend>{question.text}</legend>
            {([true, false] as const).map((answer) => (
              <label key={String(answer)} className="choice">
                <input
                  type="radio"
                  name={`${id}-${question.id}`}
                  checked={answers[question.id] === answer}
                  onChange={() => {
                    setAnswers({ ...answers, [question.id]: answer });
                    setError(null);
                  }}
                />
                {answer ? 'Yes' : 'No'}
              </label>
            ))}
          </fieldset>
        ))}
        <p className="quiet">
          Your answers are kept encrypted on this computer and are not shown anywhere else in Mend.
        </p>
        <FieldError error={error} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            Continue
          </button>
        </div>
      </form>
    </main>
  );
}
