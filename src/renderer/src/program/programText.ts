import type { StepStatus } from '@shared/ipc/contract';

/** Small pieces of UI wording shared by the program screens. */

export const STATUS_WORDS: Record<StepStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

export const STATUS_ORDER: readonly StepStatus[] = ['not-started', 'in-progress', 'done'];

/** The element the apology checks (and anything else) can jump to: a step's do and avoid. */
export function guidanceAnchorId(stepId: string): string {
  return `guidance-${stepId}`;
}

export function stepHref(stepId: string): string[] {
  return ['program', 'step', stepId];
}
