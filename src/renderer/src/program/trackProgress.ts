import type { Step, Track } from '@shared/content';
import type { ProgramState, StepStatus } from '@shared/ipc/contract';

export interface TrackProgress {
  done: number;
  inProgress: number;
  total: number;
  /** The bar's solid part: the share of steps done, in percent (0..100). */
  donePercent: number;
  /** The bar's lighter part after it: the share of steps in progress, in percent. */
  inProgressPercent: number;
  /** "2 of 7 steps done, 1 in progress": the bar draws exactly these two numbers. */
  words: string;
}

const percentOf = (count: number, total: number): number =>
  total === 0 ? 0 : Math.round((count / total) * 1000) / 10;

/**
 * How far a path has come (the overview and Home agree). Done and in progress are kept apart:
 * a bar that counted a step begun as half done drew "0 of 4 steps done" half full.
 */
export function trackProgress(track: Track, state: ProgramState): TrackProgress {
  const statuses: StepStatus[] = track.steps.map((step) => state.steps[step.id] ?? 'not-started');
  const done = statuses.filter((status) => status === 'done').length;
  const inProgress = statuses.filter((status) => status === 'in-progress').length;
  const total = track.steps.length;
  return {
    done,
    inProgress,
    total,
    donePercent: percentOf(done, total),
    inProgressPercent: percentOf(inProgress, total),
    words: `${done} of ${total} steps done${inProgress > 0 ? `, ${inProgress} in progress` : ''}`,
  };
}

/** Whether any chosen step has been begun (has words in it, or was marked in progress or done). */
export function anyStepBegun(tracks: readonly Track[], state: ProgramState): boolean {
  return tracks.some((track) =>
    track.steps.some((step) => (state.steps[step.id] ?? 'not-started') !== 'not-started'),
  );
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
