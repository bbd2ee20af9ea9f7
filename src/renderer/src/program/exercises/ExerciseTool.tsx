import { useState } from 'react';
import type { Exercise, Step } from '../../../../shared/content';
import { emptyExercise, type ExerciseData } from '../../../../shared/exercises';
import { call, friendlyMessage } from '../../api';
import { SaveIndicator, useAutosave } from '../../autosave';
import { useAsync } from '../../useAsync';
import { ExerciseFields } from './ExerciseFields';
import './exercises.css';

/**
 * Loads the step's saved exercise, then hands it to the editor. On a failed load there is no
 * editor at all: a blank tool saved over a damaged row would lose what the person wrote.
 */
export function ExerciseTool({ step, exercise = step.exercise }: { step: Step; exercise?: Exercise }) {
  const kind = exercise.kind;
  const loaded = useAsync(
    () => call('exercise.get', kind === step.exercise.kind ? { stepId: step.id } : { stepId: step.id, kind }),
    [step.id, kind],
  );
  if (loaded.status === 'loading')
    return (
      <p className="status" role="status">
        Opening the exercise…
      </p>
    );
  if (loaded.status === 'error') return <p role="alert">{friendlyMessage(loaded.error)}</p>;
  return <ExerciseEditor step={step} initial={loaded.value.data ?? emptyExercise(kind)} />;
}

function ExerciseEditor({ step, initial }: { step: Step; initial: ExerciseData }) {
  const [data, setData] = useState<ExerciseData>(initial);
  const autosave = useAutosave(data, (value) => call('exercise.save', { stepId: step.id, data: value }));
  return (
    // Leaving any field of the tool saves at once, like a prompt note.
    <div className="exercise-tool stack" data-kind={initial.kind} onBlur={() => void autosave.flush()}>
      <ExerciseFields step={step} data={data} onChange={setData} />
      <SaveIndicator state={autosave.state} />
    </div>
  );
}
