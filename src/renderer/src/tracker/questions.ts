/**
 * The words of the check-in's scale questions, shared by the full check-in and the quick
 * check-in on Home, so the same question reads the same everywhere.
 */
export interface ScaleQuestion {
  question: string;
  /** Words for the two ends of 0..10. */
  ends: readonly [string, string];
}

export const SCALE_QUESTIONS = {
  selfForgiveness: {
    question: 'How much were you able to forgive yourself today?',
    ends: ['not at all', 'fully'],
  },
  anger: { question: 'How strong was your anger today?', ends: ['none', 'overwhelming'] },
  trust: { question: 'How much did you trust your partner today?', ends: ['not at all', 'fully'] },
} as const satisfies Record<string, ScaleQuestion>;

export type ScaleMetric = keyof typeof SCALE_QUESTIONS;
