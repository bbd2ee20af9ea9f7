import type { Step, Track } from '@shared/content';
import type { ProgramState, StepStatus } from '@shared/ipc/contract';

export interface TrackProgress {
  done: number;
  inProgress: number;
  total: number;
  /** For a <progress> bar: a step in progress fills half its share, so work begun shows. */
  filled: number;
  /** "2 of 7 steps done, 1 in progress". */
  words: string;
}

/** How far a path has come, counting the steps in progress (the overview and Home agree). */
export function trackProgress(track: Track, state: ProgramState): TrackProgress {
  const statuses: StepStatus[] = track.steps.map((step) => state.steps[step.id] ?? 'not-started');
  const done = statuses.filter((status) => status === 'done').length;
  const inProgress = statuses.filter((status) => status === 'in-progress').length;
  const total = track.steps.length;
  return {
    done,
    inProgress,
    total,
    filled: done + inProgress / 2,
    words: `${done} of ${total} steps done${inProgress > 0 ? `, ${inProgress} in progress` : ''}`,
  };
}

/**
 * The step to continue with: the one last opened, else the first in progress, else the first
 * not started; null when every chosen step is done.
 */
export function currentStep(tracks: readonly Track[], state: ProgramState): Step | null {
  const steps = tracks.flatMap((track) => track.steps);
  const status = (step: Step) => state.steps[step.id] ?? 'not-started';
  return (
    steps.find((step) => step.id === state.lastOpenedStepId) ??
    steps.find((step) => status(step) === 'in-progress') ??
    steps.find((step) => status(step) === 'not-started') ??
    null
  );
}
