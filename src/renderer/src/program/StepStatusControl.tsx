import { useId, useState } from 'react';
import type { ProgramState, StepStatus } from '@shared/ipc/contract';
import { call, friendlyMessage } from '../api';
import { STATUS_ORDER, STATUS_WORDS } from './programText';
import { FieldError } from '../components/FieldError';

interface Props {
  stepId: string;
  status: StepStatus;
  onState(state: ProgramState): void;
}

/** The person, not Mend, says where they are with a step. */
export function StepStatusControl({ stepId, status, onState }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  // Shown at once, so the radio does not jump back while main answers; undone on failure.
  const [choosing, setChoosing] = useState<StepStatus | null>(null);
  const shown = choosing ?? status;

  async function choose(next: StepStatus) {
    setError(null);
    setChoosing(next);
    try {
      onState(await call('program.setStepStatus', { stepId, status: next }));
    } catch (failure) {
      setError(friendlyMessage(failure));
    } finally {
      setChoosing(null);
    }
  }

  return (
    <fieldset className="status-control">
      <legend>Where are you with this step?</legend>
      <div className="choices">
        {STATUS_ORDER.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-status`}
              checked={shown === option}
              onChange={() => void choose(option)}
            />
            {STATUS_WORDS[option]}
          </label>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}
