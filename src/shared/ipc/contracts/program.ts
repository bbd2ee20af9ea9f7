import { z } from 'zod';
import {
  ExerciseKind,
  FirstWeeks,
  ProgramShape,
  PromptId,
  SafetyCheck,
  SafetyCheckCare,
  SafetyPage,
  StepId,
  Track,
} from '../../content';
import { ExerciseData } from '../../exercises';
import { SafetyAnswer } from '../../safetyCheck';
import { TrackId } from './app';

/**
 * The guided program: its content, the person's place in it, private notes per prompt and
 * the exercise tools' data. Everything but the safety content needs an unlocked vault.
 */

export const StepStatus = z.enum(['not-started', 'in-progress', 'done']);
export type StepStatus = z.infer<typeof StepStatus>;

export const MAX_NOTE_LENGTH = 50_000;

/** The step content the screens show; `safety` and `safetyCheck` travel on their own channel. */
export const ProgramForUi = z.object({
  version: z.number().int().positive(),
  intro: ProgramShape.shape.intro,
  firstWeeks: FirstWeeks,
  tracks: z.array(Track),
});
export type ProgramForUi = z.infer<typeof ProgramForUi>;

export const SafetyContent = z.object({
  safety: SafetyPage,
  safetyCheck: SafetyCheck,
  /** The kind screen after a yes in the safety check. */
  care: SafetyCheckCare,
  /** The sentence about thoughts of self-harm that sits beside each link to the crisis line. */
  selfHarm: z.string(),
});
export type SafetyContent = z.infer<typeof SafetyContent>;

/**
 * Where the person is. Safety-check answers are never stored, so never sent back: the state
 * says only whether and when the check was done, and whether to offer it again.
 */
export const ProgramState = z.object({
  contentVersion: z.number().int().positive(),
  /** Chosen paths, in the content's order; empty until the person chooses. */
  tracks: z.array(TrackId),
  safetyCheckDone: z.boolean(),
  /** When the check was last done (ms since the epoch), or null. */
  safetyCheckDoneAt: z.number().int().nullable(),
  /** The check was done a few weeks ago and not put off since: offer it again, gently. */
  safetyCheckReoffer: z.boolean(),
  /** Every step of the current content, `not-started` unless the person set it. */
  steps: z.record(StepId, StepStatus),
  lastOpenedStepId: StepId.nullable(),
});
export type ProgramState = z.infer<typeof ProgramState>;

export const PromptNote = z.object({
  promptId: PromptId,
  text: z.string(),
  /** The content version the note was last written against. */
  contentVersion: z.number().int().positive(),
  updatedAt: z.number().int(),
});
export type PromptNote = z.infer<typeof PromptNote>;

export const ExerciseRecord = z.object({
  stepId: StepId,
  kind: ExerciseKind,
  /** Null until the person saves something in the tool. */
  data: ExerciseData.nullable(),
  updatedAt: z.number().int().nullable(),
});
export type ExerciseRecord = z.infer<typeof ExerciseRecord>;

export const SafetyAnswers = z
  .record(z.string().regex(/^[a-z]+(-[a-z]+)*$/), SafetyAnswer)
  .refine((answers) => Object.keys(answers).length <= 20, 'too many answers');
/** The safety check's answers by question id (never kept: only whether they need care). */
export type SafetyAnswers = z.infer<typeof SafetyAnswers>;

export const programContract = {
  'program.content': { input: z.undefined(), output: ProgramForUi },
  'program.safety': { input: z.undefined(), output: SafetyContent },
  'program.state': { input: z.undefined(), output: ProgramState },
  'program.chooseTracks': {
    input: z
      .strictObject({ tracks: z.array(TrackId).min(1).max(2) })
      .refine(({ tracks }) => new Set(tracks).size === tracks.length, 'each path once'),
    output: ProgramState,
  },
  'program.answerSafetyCheck': {
    input: z.strictObject({ answers: SafetyAnswers }),
    /** `needsCare`: show the kind screen next. The answers are not kept. */
    output: z.object({ needsCare: z.boolean(), state: ProgramState }),
  },
  /** "Not now" on the gentle re-offer: ask again after another few weeks. */
  'program.postponeSafetyCheck': { input: z.undefined(), output: ProgramState },
  'program.setStepStatus': {
    input: z.strictObject({ stepId: StepId, status: StepStatus }),
    output: ProgramState,
  },
  'program.openStep': { input: z.strictObject({ stepId: StepId }), output: ProgramState },
  'program.notes': {
    input: z.strictObject({ stepId: StepId }),
    /** Every note stored under the step's prompt ids, including prompts a newer content dropped. */
    output: z.object({ notes: z.array(PromptNote) }),
  },
  'program.saveNote': {
    input: z.strictObject({ promptId: PromptId, text: z.string().max(MAX_NOTE_LENGTH) }),
    output: PromptNote,
  },
  /** A step's exercise, or with `kind` one of the step's other tools. */
  'program.exercise': {
    input: z.strictObject({ stepId: StepId, kind: ExerciseKind.optional() }),
    output: ExerciseRecord,
  },
  'program.saveExercise': {
    input: z.strictObject({ stepId: StepId, data: ExerciseData }),
    output: ExerciseRecord,
  },
} as const;
