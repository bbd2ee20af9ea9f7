import { z } from 'zod';
import { emptyTool, toolSchema, TOOL_KINDS, type ToolKind } from './exerciseTools';
import { LocalDateSchema } from './dates';

/**
 * What each exercise tool saves in the vault, one schema per exercise kind. Main validates a
 * payload on the way in (the contract) and again when it reads it back, so a damaged or
 * out-of-date row is reported instead of being shown half-understood or overwritten.
 *
 * Every object is strict and every string and list has a ceiling: a runaway payload is a
 * VALIDATION error, never a slow vault.
 */

export const MAX_EXERCISE_TEXT = 20_000;
export const MAX_EXERCISE_ITEMS = 300;

const FreeText = z.string().max(MAX_EXERCISE_TEXT);
/** One line in a list; blank lines are allowed while someone is still typing. */
const LineText = z.string().max(2_000);
/** Made by the renderer when an item is added; only needs to be unique within its list. */
export const ItemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a short id');
/** Milliseconds since the epoch. */
const Instant = z.number().int().nonnegative();

const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_EXERCISE_ITEMS);

export const ListItem = z.strictObject({ id: ItemId, text: LineText });
export type ListItem = z.infer<typeof ListItem>;

export const DisclosureItem = z.strictObject({
  id: ItemId,
  text: LineText,
  /** When the person marked it as told to their partner; null while it is still to share. */
  sharedOn: LocalDateSchema.nullable(),
  /**
   * Marked "I was tempted to leave this out", as step 1 asks. Items saved before the mark
   * existed read as not marked.
   */
  tempted: z.boolean().default(false),
});
export type DisclosureItem = z.infer<typeof DisclosureItem>;

export const DatedEntry = z.strictObject({ id: ItemId, date: LocalDateSchema, text: FreeText });
export type DatedEntry = z.infer<typeof DatedEntry>;

export const LingerEntry = z.strictObject({
  id: ItemId,
  date: LocalDateSchema,
  before: FreeText,
  body: FreeText,
  thought: FreeText,
  /** Whether the feeling seemed to be about the partner now, something older, or unclear. */
  source: z.enum(['now', 'older', 'unsure']),
  helps: FreeText,
});
export type LingerEntry = z.infer<typeof LingerEntry>;

export const DisclosureListData = z.strictObject({
  kind: z.literal('disclosure-list'),
  items: list(DisclosureItem),
});
export const ReactionPlanData = z.strictObject({ kind: z.literal('reaction-plan'), text: FreeText });
export const ApologyWorkshopData = z.strictObject({
  kind: z.literal('apology-workshop'),
  draft: FreeText,
  /** How I should have acted. */
  shouldHave: list(ListItem),
  /** What I will do from now on. */
  fromNowOn: list(ListItem),
});
export const ListeningLogData = z.strictObject({
  kind: z.literal('listening-log'),
  entries: list(DatedEntry),
});
export const OpennessPlanData = z.strictObject({ kind: z.literal('openness-plan'), text: FreeText });
export const SelfForgivenessData = z.strictObject({
  kind: z.literal('self-forgiveness-checkin'),
  text: FreeText,
});
export const PatienceTimelineData = z.strictObject({
  kind: z.literal('patience-timeline'),
  startedOn: LocalDateSchema.nullable(),
  milestones: list(DatedEntry),
});
export const AngerReleaseData = z.strictObject({
  kind: z.literal('anger-release'),
  letter: FreeText,
  /** When the person marked the letter as released; null while it is still being written. */
  releasedAt: Instant.nullable(),
});
export const LingerReflectionData = z.strictObject({
  kind: z.literal('linger-reflection'),
  entries: list(LingerEntry),
});
export const ExpectationsListData = z.strictObject({
  kind: z.literal('expectations-list'),
  canLiveWith: list(ListItem),
  willNotAccept: list(ListItem),
});
export const LoveNotesData = z.strictObject({ kind: z.literal('love-notes'), entries: list(DatedEntry) });

/** The second edition's tools, each built from its description in `exerciseTools.ts`. */
const toolParts = { text: FreeText, line: LineText, itemId: ItemId, localDate: LocalDateSchema, maxItems: MAX_EXERCISE_ITEMS };
export const EndingContactData = toolSchema('ending-contact', toolParts);
export const MoreComesOutData = toolSchema('more-comes-out', toolParts);
export const UnderstandingChoiceData = toolSchema('understanding-choice', toolParts);
export const PartnerTriggeredData = toolSchema('partner-triggered', toolParts);
export const PartnerLeavesData = toolSchema('partner-leaves', toolParts);
export const MyQuestionsData = toolSchema('my-questions', toolParts);
export const TriggerLogData = toolSchema('trigger-log', toolParts);
export const DecidingData = toolSchema('deciding', toolParts);
export const TalkTimesData = toolSchema('talk-times', toolParts);

export const ExerciseData = z.discriminatedUnion('kind', [
  DisclosureListData,
  ReactionPlanData,
  ApologyWorkshopData,
  ListeningLogData,
  OpennessPlanData,
  SelfForgivenessData,
  PatienceTimelineData,
  AngerReleaseData,
  LingerReflectionData,
  ExpectationsListData,
  LoveNotesData,
  EndingContactData,
  MoreComesOutData,
  UnderstandingChoiceData,
  PartnerTriggeredData,
  PartnerLeavesData,
  MyQuestionsData,
  TriggerLogData,
  DecidingData,
  TalkTimesData,
]);
export type ExerciseData = z.infer<typeof ExerciseData>;
export type ExerciseDataOf<K extends ExerciseData['kind']> = Extract<ExerciseData, { kind: K }>;

/** The blank starting point of each tool, before anything is saved. */
export function emptyExercise<K extends ExerciseData['kind']>(kind: K): ExerciseDataOf<K> {
  const tools = Object.fromEntries(TOOL_KINDS.map((tool) => [tool, emptyTool(tool)])) as {
    [Kind in ToolKind]: ExerciseDataOf<Kind>;
  };
  const empty: { [Kind in ExerciseData['kind']]: ExerciseDataOf<Kind> } = {
    ...tools,
    'disclosure-list': { kind: 'disclosure-list', items: [] },
    'reaction-plan': { kind: 'reaction-plan', text: '' },
    'apology-workshop': { kind: 'apology-workshop', draft: '', shouldHave: [], fromNowOn: [] },
    'listening-log': { kind: 'listening-log', entries: [] },
    'openness-plan': { kind: 'openness-plan', text: '' },
    'self-forgiveness-checkin': { kind: 'self-forgiveness-checkin', text: '' },
    'patience-timeline': { kind: 'patience-timeline', startedOn: null, milestones: [] },
    'anger-release': { kind: 'anger-release', letter: '', releasedAt: null },
    'linger-reflection': { kind: 'linger-reflection', entries: [] },
    'expectations-list': { kind: 'expectations-list', canLiveWith: [], willNotAccept: [] },
    'love-notes': { kind: 'love-notes', entries: [] },
  };
  return empty[kind];
}
