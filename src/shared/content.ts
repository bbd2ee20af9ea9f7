import { z } from 'zod';
import { TrackId } from './ipc/contracts/app';
import { programRuleIssues } from './contentRules';
import { TOOL_KINDS } from './exerciseTools';

/**
 * The schema of the guided program's content files (`resources/content/<locale>/program.json`).
 * Main validates the file at start-up; a broken file stops the program screens with a clear
 * error instead of showing half a step.
 *
 * Objects are strict: a misspelt key in a translation (say `signs_of_progress`) is an error,
 * not a field that silently never shows. Rules that span several fields (counts, orders,
 * unique ids) live in `contentRules.ts`.
 */

/** Text a reader sees: anything but empty or whitespace. */
const Text = z.string().regex(/\S/, 'must not be blank');
const TextList = z.array(Text).min(1);
const Paragraphs = z.array(Text).min(1);

/** Step ids are stable keys for saved progress: `bt-1-honesty`, `wh-3-expectations`. */
export const StepId = z.string().regex(/^(bt|wh)-[1-9][0-9]*(-[a-z]+)+$/, 'must look like bt-1-honesty');
/** Prompt ids outlive content versions, because private notes are stored against them. */
export const PromptId = z
  .string()
  .regex(/^(bt|wh)-[1-9][0-9]*(-[a-z]+)+\.p[1-9][0-9]*$/, 'must look like bt-1-honesty.p1');
const SlugId = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be lowercase words joined by dashes');

export const ExerciseKind = z.enum([
  'disclosure-list',
  'reaction-plan',
  'apology-workshop',
  'listening-log',
  'openness-plan',
  'self-forgiveness-checkin',
  'patience-timeline',
  'anger-release',
  'linger-reflection',
  'expectations-list',
  'love-notes',
  // The second edition's tools, offered beside a step's exercise.
  ...TOOL_KINDS,
]);
export type ExerciseKind = z.infer<typeof ExerciseKind>;

export const Prompt = z.strictObject({ id: PromptId, text: Text });
export type Prompt = z.infer<typeof Prompt>;

export const Exercise = z.strictObject({
  kind: ExerciseKind,
  title: Text,
  instructions: Text,
  /** A short guide shown as a list before the tool (e.g. what helps when a partner is triggered). */
  guide: TextList.optional(),
  /** One plain line set apart above the tool (e.g. that a reflection is not an excuse). */
  notice: Text.optional(),
});
export type Exercise = z.infer<typeof Exercise>;

export const MIN_PROMPTS = 3;
export const MAX_PROMPTS = 6;

export const Step = z.strictObject({
  id: StepId,
  track: TrackId,
  order: z.number().int().positive(),
  title: Text,
  summary: Text,
  why: Text,
  do: TextList,
  avoid: TextList,
  prompts: z.array(Prompt).min(MIN_PROMPTS).max(MAX_PROMPTS),
  exercise: Exercise,
  /** More tools for the same step, after its exercise; which ones is fixed by `PROGRAM_PLAN`. */
  tools: z.array(Exercise).optional(),
  signsOfProgress: TextList,
  /** A gentle line suggesting counselling; required where people most often get stuck. */
  counselling: Text.optional(),
  /**
   * One plain line that threats, humiliation, breaking things or violence are never part of
   * the work, and that leaving the room to stay safe is allowed; required in the risky steps.
   */
  safetyLine: Text.optional(),
});
export type Step = z.infer<typeof Step>;

export const Track = z.strictObject({
  id: TrackId,
  title: Text,
  tagline: Text,
  description: Text,
  steps: z.array(Step),
});
export type Track = z.infer<typeof Track>;

export const SafetyPage = z.strictObject({ title: Text, paragraphs: Paragraphs, helpSuggestions: TextList });
export type SafetyPage = z.infer<typeof SafetyPage>;

export const SafetyQuestion = z.strictObject({
  id: SlugId,
  text: Text,
  /**
   * Whether "prefer not to say" leads to the kind screen as a yes does. True for the violence
   * and fear questions: someone who cannot answer them freely may be answering next to the
   * person they fear.
   */
  preferNotIsConcern: z.boolean(),
});
export type SafetyQuestion = z.infer<typeof SafetyQuestion>;

export const SafetyCheck = z.strictObject({ intro: Text, questions: z.array(SafetyQuestion).min(3).max(5) });
export type SafetyCheck = z.infer<typeof SafetyCheck>;

/** The kind screen after a yes: what Mend can and cannot do, then the helplines, then a way on. */
export const SafetyCheckCare = z.strictObject({
  title: Text,
  paragraphs: Paragraphs,
  canDo: TextList,
  cannotDo: TextList,
  goOn: Text,
});
export type SafetyCheckCare = z.infer<typeof SafetyCheckCare>;

const FirstWeeksSection = z.strictObject({ heading: Text, paragraphs: Paragraphs });

/** "Tonight, and the first weeks": shared by both paths, reachable from Home and from step 1. */
export const FirstWeeks = z.strictObject({
  title: Text,
  summary: Text,
  sections: z.array(FirstWeeksSection).min(1),
  grounding: z.strictObject({ title: Text, intro: Text, steps: TextList }),
});
export type FirstWeeks = z.infer<typeof FirstWeeks>;

/** The shape alone, before the cross-field rules; `contentRules.ts` checks values of this type. */
export const ProgramShape = z.strictObject({
  version: z.number().int().positive(),
  locale: z.string().min(2),
  intro: z.strictObject({ title: Text, paragraphs: Paragraphs }),
  firstWeeks: FirstWeeks,
  safety: SafetyPage,
  /** One plain sentence about thoughts of self-harm, shown beside every link to the crisis line. */
  selfHarm: Text,
  safetyCheck: SafetyCheck,
  /** Shown after a yes (or "prefer not to say" where that counts) in the safety check. */
  safetyCheckCare: SafetyCheckCare,
  tracks: z.array(Track).length(2),
});

export const ProgramContent = ProgramShape.superRefine((program, ctx) => {
  for (const issue of programRuleIssues(program)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
});
export type ProgramContent = z.infer<typeof ProgramContent>;
