import { useState } from 'react';
import type { Exercise, Step } from '@shared/content';
import { emptyExercise, type ExerciseData } from '@shared/exercises';
import { exerciseItems } from '@shared/export/exerciseItems';
import { PRINTABLE_KINDS, printableItemOf } from '@shared/export/printableItem';
import { call } from '../../api';
import { SaveIndicator } from '../../autosave/SaveIndicator';
import { useAutosave } from '../../autosave/useAutosave';
import { SavePdfButton } from '../../export/SavePdfButton';
import { useAsync } from '../../useAsync';
import { ExerciseFields } from './ExerciseFields';
import './exercises.css';
import { NotReady } from '../../components/NotReady';

/**
 * Loads the step's saved exercise, then hands it to the editor. On a failed load there is no
 * editor at all: a blank tool saved over a damaged row would lose what the person wrote.
 */
export function ExerciseTool({ step, exercise = step.exercise }: { step: Step; exercise?: Exercise }) {
  const kind = exercise.kind;
  const loaded = useAsync(
    () => call('program.exercise', kind === step.exercise.kind ? { stepId: step.id } : { stepId: step.id, kind }),
    [step.id, kind],
  );
  if (loaded.status !== 'ready') return <NotReady state={loaded} waiting="Opening the exercise…" />;
  return <ExerciseEditor step={step} initial={loaded.value.data ?? emptyExercise(kind)} />;
}

function ExerciseEditor({ step, initial }: { step: Step; initial: ExerciseData }) {
  const [data, setData] = useState<ExerciseData>(initial);
  const autosave = useAutosave(data, (value) => call('program.saveExercise', { stepId: step.id, data: value }));
  return (
    // Leaving any field of the tool saves at once, like a prompt note.
    <div className="exercise-tool stack" data-kind={initial.kind} onBlur={() => void autosave.flush()}>
      <ExerciseFields step={step} data={data} onChange={setData} />
      <SaveIndicator status={autosave.status} onRetry={() => void autosave.flush()} />
      <PrintItem step={step} data={data} flush={() => autosave.flush()} />
    </div>
  );
}

/** "Print the apology draft" and the like: the letter or agreement alone on a page, once it has words. */
function PrintItem({ step, data, flush }: { step: Step; data: ExerciseData; flush(): Promise<unknown> }) {
  const kind = PRINTABLE_KINDS[data.kind];
  if (kind === undefined) return null;
  const ready =
    printableItemOf({ kind: data.kind, title: step.exercise.title, items: exerciseItems(data) }) !== null;
  if (!ready) return null;
  return <SavePdfButton label={kind.action} stepId={step.id} what="item" prepare={flush} />;
}
