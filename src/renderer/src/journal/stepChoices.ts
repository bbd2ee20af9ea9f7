import { call } from '../api';
import { useAsync } from '../useAsync';

export interface StepChoice {
  id: string;
  /** "Step 3: Ask for forgiveness without excuses". */
  label: string;
}

export interface StepGroup {
  track: string;
  steps: StepChoice[];
}

export interface StepChoices {
  /** The steps of the chosen paths (both paths until one is chosen), by path. */
  groups: StepGroup[];
  /** The words for any step id of the program; null for an id the program does not know. */
  labelOf(stepId: string): string | null;
}

/**
 * The steps a journal entry can be linked to, in words: people pick a step by its title,
 * never by typing an id. Main checks the id again (an unknown one is a VALIDATION error).
 */
export function useStepChoices(): StepChoices | null {
  const loaded = useAsync(() => Promise.all([call('program.content'), call('program.state')]), []);
  if (loaded.status !== 'ready') return null;
  const [content, state] = loaded.value;
  const labels = new Map<string, string>();
  const groups: StepGroup[] = [];
  for (const track of content.tracks) {
    const steps = track.steps.map((step) => ({ id: step.id, label: `Step ${step.order}: ${step.title}` }));
    for (const step of steps) labels.set(step.id, step.label);
    if (state.tracks.length === 0 || state.tracks.includes(track.id))
      groups.push({ track: track.title, steps });
  }
  return { groups, labelOf: (stepId) => labels.get(stepId) ?? null };
}
