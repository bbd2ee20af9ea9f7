import './stepProgress.css';
import type { TrackProgress } from './trackProgress';

/**
 * A path's progress as a bar that draws exactly what its words say: a solid part for the
 * steps done and, after it, a striped lighter part for the steps in progress. The words it is
 * labelled by name both numbers, and carry the same two marks as a key.
 */
export function StepProgressBar({ progress, labelledBy }: { progress: TrackProgress; labelledBy: string }) {
  return (
    <div
      className="step-progress"
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={progress.total}
      aria-valuenow={progress.done}
      aria-valuetext={progress.words}
      data-done={progress.done}
      data-in-progress={progress.inProgress}
    >
      <span className="step-progress-done" style={{ width: `${progress.donePercent}%` }} />
      <span className="step-progress-begun" style={{ width: `${progress.inProgressPercent}%` }} />
    </div>
  );
}

/**
 * The progress words with the bar's marks beside each number, so the bar reads as a key; with
 * no step in progress the bar has one part and the words need no key.
 */
export function StepProgressWords({ progress }: { progress: TrackProgress }) {
  if (progress.inProgress === 0) return <>{progress.words}</>;
  return (
    <>
      <span className="step-progress-key step-progress-key-done" aria-hidden="true" />
      {progress.done} of {progress.total} steps done,{' '}
      <span className="step-progress-key step-progress-key-begun" aria-hidden="true" />
      {progress.inProgress} in progress
    </>
  );
}
