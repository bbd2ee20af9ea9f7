import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SafetyCheck } from '@shared/content';
import type { ProgramState } from '@shared/ipc/contract';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { SAFETY_ANSWER_WORDS, SafetyAnswer } from '@shared/safetyCheck';

interface Props {
  check: SafetyCheck;
  onAnswered(result: { needsCare: boolean; state: ProgramState }): void;
}

/**
 * A few gentle questions before the program starts, each with "prefer not to say". The answers
 * are sent once, to decide the next screen; main keeps only the date.
 */
export function SafetyCheckForm({ check, onAnswered }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [answers, setAnswers] = useState<Readonly<Record<string, SafetyAnswer>>>({});
  const { busy, error, run, setError } = useBusyAction();
  useEffect(() => heading.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (check.questions.some((question) => answers[question.id] === undefined)) {
      setError('Please choose an answer for each question. "Prefer not to say" is always fine.');
      return;
    }
    void run(async () => onAnswered(await call('program.answerSafetyCheck', { answers })));
  }

  return (
    <main className="screen narrow stack" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        A few questions first
      </h1>
      <p className="lead">{check.intro}</p>
      <form className="stack" onSubmit={submit} noValidate>
        {check.questions.map((question) => (
          <fieldset key={question.id} className="safety-question">
            <legend>{question.text}</legend>
            {SafetyAnswer.options.map((answer) => (
              <label key={answer} className="choice">
                <input
                  type="radio"
                  name={`${id}-${question.id}`}
                  checked={answers[question.id] === answer}
                  onChange={() => {
                    setAnswers({ ...answers, [question.id]: answer });
                    setError(null);
                  }}
                />
                {SAFETY_ANSWER_WORDS[answer]}
              </label>
            ))}
          </fieldset>
        ))}
        <p className="quiet">Mend does not keep your answers. It saves only the date you did this check.</p>
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
