import type { ProgramContent, Step } from '@shared/content';
import { MendError } from '@shared/errors';
import type { TrackId } from '@shared/ipc/contract';

/** Lookups over the loaded content, so every write can check the ids it is given. */
export interface ProgramIndex {
  content: ProgramContent;
  version: number;
  trackOrder: readonly TrackId[];
  steps: readonly Step[];
  /** The step, or NOT_FOUND: a status or exercise must never be saved for a step that does not exist. */
  step(stepId: string): Step;
  /** The step a prompt belongs to, or NOT_FOUND. */
  stepOfPrompt(promptId: string): Step;
  safetyQuestionIds: readonly string[];
}

export function indexProgram(content: ProgramContent): ProgramIndex {
  const steps = content.tracks.flatMap((track) => track.steps);
  const stepsById = new Map(steps.map((step) => [step.id, step]));
  const stepsByPrompt = new Map(
    steps.flatMap((step) => step.prompts.map((prompt) => [prompt.id, step] as const)),
  );
  return {
    content,
    version: content.version,
    trackOrder: content.tracks.map((track) => track.id),
    steps,
    step(stepId) {
      const step = stepsById.get(stepId);
      if (step === undefined) throw new MendError('NOT_FOUND', 'That step is not part of the program.');
      return step;
    },
    stepOfPrompt(promptId) {
      const step = stepsByPrompt.get(promptId);
      if (step === undefined) throw new MendError('NOT_FOUND', 'That question is not part of the program.');
      return step;
    },
    safetyQuestionIds: content.safetyCheck.questions.map((question) => question.id),
  };
}
