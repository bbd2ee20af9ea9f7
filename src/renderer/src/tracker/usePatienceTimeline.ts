import type { PatienceMilestone } from './PatienceView';
import { call } from '../api';
import { useAsync } from '../useAsync';

export interface PatienceTimeline {
  startedOn: string | null;
  milestones: PatienceMilestone[];
}

const NOT_SET: PatienceTimeline = { startedOn: null, milestones: [] };

/**
 * The patience timeline the person keeps in the program's patience step (the step whose
 * exercise is `patience-timeline`), read through the same channel as the step screen. Until
 * it loads, or if it cannot be read, the view shows its "not set yet" state.
 */
export function usePatienceTimeline(): PatienceTimeline {
  const timeline = useAsync(async (): Promise<PatienceTimeline> => {
    const content = await call('program.content');
    const step = content.tracks
      .flatMap((track) => track.steps)
      .find((candidate) => candidate.exercise.kind === 'patience-timeline');
    if (step === undefined) return NOT_SET;
    const { data } = await call('program.exercise', { stepId: step.id });
    if (data === null || data.kind !== 'patience-timeline') return NOT_SET;
    return {
      startedOn: data.startedOn,
      milestones: data.milestones
        .filter((milestone) => milestone.text.trim() !== '')
        .map(({ date, text }) => ({ date, text })),
    };
  }, []);
  return timeline.status === 'ready' ? timeline.value : NOT_SET;
}
