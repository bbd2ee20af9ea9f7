import { z } from 'zod';
import { StepId, PromptId } from '../content';
import { TrackId } from '../ipc/contracts/app';
import { LocalDateSchema } from '../dates';
import type { TrendChart } from '../tracker/chart';

/**
 * The data an export is made from, and the person's choices.
 *
 * `ExportDocument` is a read model: main's data source fills it from the program, journal and
 * tracker services (`ExportDataSource` in `src/main/export/exportPorts.ts`), then
 * `selectForExport` applies the person's choices and the PDF/Markdown writers only draw what
 * is left. It never crosses IPC; the zod schema checks what a data source hands over, so a
 * bug there fails loudly instead of printing half a journal.
 *
 * `ExportOptions` is what the renderer sends on `export.pdf` / `export.markdown`.
 */

/** Any text a person wrote or the program shows; generous limits, never blank ids. */
const Text = z.string().max(200_000);
const Title = z.string().max(500);
export const StepStatus = z.enum(['not-started', 'in-progress', 'done']);
export type StepStatus = z.infer<typeof StepStatus>;

/**
 * One line of an exercise (a disclosure-list item, an apology draft, a listening-log row,
 * a timeline point). Generic on purpose: every exercise kind maps onto it.
 */
export const ExerciseItem = z.strictObject({
  /** A short heading for the item (e.g. "What I will say"), or null. */
  label: Title.nullable(),
  text: Text,
  /** The day the item is about, when it has one; the date range filters on it. */
  date: LocalDateSchema.nullable(),
  /** For checklist-like exercises: done or not; null when the kind has no checkbox. */
  done: z.boolean().nullable(),
});
export type ExerciseItem = z.infer<typeof ExerciseItem>;

export const NoteSnapshot = z.strictObject({
  body: Text,
  /** The local calendar day the note was last changed; the date range filters on it. */
  updatedOn: LocalDateSchema,
});
export type NoteSnapshot = z.infer<typeof NoteSnapshot>;

export const ExportPrompt = z.strictObject({
  promptId: PromptId,
  text: Text,
  /** The person's private note on this prompt; null when they have not written one. */
  note: NoteSnapshot.nullable(),
});
export type ExportPrompt = z.infer<typeof ExportPrompt>;

export const ExportExercise = z.strictObject({
  kind: z.string().min(1).max(60),
  title: Title,
  items: z.array(ExerciseItem),
});
export type ExportExercise = z.infer<typeof ExportExercise>;

export const ExportStep = z.strictObject({
  stepId: StepId,
  /** 1-based position in its track, printed as "Step 3". */
  order: z.number().int().positive(),
  title: Title,
  summary: Text,
  status: StepStatus,
  prompts: z.array(ExportPrompt),
  exercise: ExportExercise.nullable(),
  /** The step's second-edition tools that hold something, in the step's order. */
  tools: z.array(ExportExercise).optional(),
});
export type ExportStep = z.infer<typeof ExportStep>;

export const ProgramSection = z.strictObject({
  trackId: TrackId,
  trackTitle: Title,
  steps: z.array(ExportStep),
});
export type ProgramSection = z.infer<typeof ProgramSection>;

export const ExportEntry = z.strictObject({
  id: z.string().min(1).max(100),
  date: LocalDateSchema,
  title: Title.nullable(),
  bodyMarkdown: Text,
  tags: z.array(z.string().min(1).max(100)),
  /** The step this entry was written for, if any (its title, ready to print). */
  stepTitle: Title.nullable(),
});
export type ExportEntry = z.infer<typeof ExportEntry>;

const Point = z.strictObject({ x: z.number(), y: z.number(), date: LocalDateSchema, value: z.number() });

/** The output of `trendChart()` (src/shared/tracker/chart.ts), checked field by field. */
export const TrendChartSchema = z.strictObject({
  width: z.number().positive(),
  height: z.number().positive(),
  viewBox: z.string(),
  plot: z.strictObject({ left: z.number(), top: z.number(), right: z.number(), bottom: z.number() }),
  points: z.array(Point),
  valuePath: z.string(),
  averagePath: z.string(),
  xTicks: z.array(z.strictObject({ x: z.number(), label: z.string(), date: LocalDateSchema })),
  yTicks: z.array(z.strictObject({ y: z.number(), label: z.string(), value: z.number() })),
  summary: z.string(),
});
// Compile-time proof that the schema and the tracker's type describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const chartSchemaMatches: Same<z.infer<typeof TrendChartSchema>, TrendChart> = true;
void chartSchemaMatches;

export const ExportChart = z.strictObject({
  metricLabel: Title,
  /** Already laid out by `trendChart()` for the chosen range; drawn by `trendChartSvg`. */
  chart: TrendChartSchema,
});
export type ExportChart = z.infer<typeof ExportChart>;

/** One day's check-in as printed in the daily table: the answers in words, then what was written. */
export const CheckinDay = z.strictObject({
  date: LocalDateSchema,
  /** One answer per `TrackerSection.columns`, in words ("often", "7"). */
  answers: z.array(Title),
  /** "What did you do toward repair today?" (the broke-trust path); null when not asked or blank. */
  repair: Text.nullable(),
  /** The day's free note; null when blank. */
  note: Text.nullable(),
});
export type CheckinDay = z.infer<typeof CheckinDay>;

export const TrackerSection = z.strictObject({
  trackId: TrackId,
  trackTitle: Title,
  charts: z.array(ExportChart),
  /** Short names of the answers in the daily table, e.g. "Self-forgiveness". */
  columns: z.array(Title),
  /** Every check-in of the period, oldest first. */
  days: z.array(CheckinDay),
  /** Plain sentences printed under the charts (e.g. insights, counts). */
  summaryLines: z.array(Text),
});
export type TrackerSection = z.infer<typeof TrackerSection>;

/** Both days included; a null end is open. */
export const DateRange = z
  .strictObject({ from: LocalDateSchema.nullable(), to: LocalDateSchema.nullable() })
  .refine((range) => range.from === null || range.to === null || range.from <= range.to, {
    message: 'The start date must not be after the end date.',
  });
export type DateRange = z.infer<typeof DateRange>;

export const ExportDocument = z.strictObject({
  title: Title.min(1),
  /** The local calendar day the export was made. */
  generatedOn: LocalDateSchema,
  /** The chosen range; null means all dates. */
  range: DateRange.nullable(),
  /** BCP 47 tag of the program content and the PDF's `lang`, e.g. `en`. */
  locale: z.string().min(2).max(35),
  programSections: z.array(ProgramSection),
  entries: z.array(ExportEntry),
  tracker: z.array(TrackerSection),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const Paper = z.enum(PAPER_SIZES);
export type Paper = z.infer<typeof Paper>;

export const ExportInclude = z.strictObject({
  entries: z.boolean(),
  notes: z.boolean(),
  exercises: z.boolean(),
  tracker: z.boolean(),
});
export type ExportInclude = z.infer<typeof ExportInclude>;

const Tag = z.string().trim().min(1).max(100);

/** What to export: shared by the PDF and the Markdown folder. */
const selectionShape = {
  /** A title for the cover; Mend's default when absent. */
  title: z.string().trim().min(1).max(120).optional(),
  /** First day included (`YYYY-MM-DD`); no lower bound when absent. */
  from: LocalDateSchema.optional(),
  /** Last day included; no upper bound when absent. */
  to: LocalDateSchema.optional(),
  /** Tracks whose steps and tracker charts are included. */
  tracks: z.array(TrackId).max(2),
  /**
   * Only these steps (of the chosen tracks); all steps when absent. Choosing steps narrows the
   * whole export: journal entries and check-ins come along only with `withJournal`.
   */
  stepIds: z.array(StepId).max(500).optional(),
  /** With chosen steps: also include journal entries and check-ins (as `include` says). */
  withJournal: z.boolean().optional(),
  include: ExportInclude,
  /** Only entries carrying at least one of these tags; all entries when absent or empty. */
  tags: z.array(Tag).max(200).optional(),
};

const rangeInOrder = (value: { from?: string | undefined; to?: string | undefined }): boolean =>
  value.from === undefined || value.to === undefined || value.from <= value.to;
const RANGE_MESSAGE = { message: 'The start date must not be after the end date.', path: ['to'] };

export const ExportSelection = z.strictObject(selectionShape).refine(rangeInOrder, RANGE_MESSAGE);
export type ExportSelection = z.infer<typeof ExportSelection>;

export const ExportOptions = z
  .strictObject({ ...selectionShape, paper: Paper })
  .refine(rangeInOrder, RANGE_MESSAGE);
export type ExportOptions = z.infer<typeof ExportOptions>;

export const DEFAULT_EXPORT_TITLE = 'My journey with Mend';

/** "Export this step" and "Print" on a letter or agreement: one step, and the paper to print on. */
export const StepPrintRequest = z.strictObject({ stepId: StepId, paper: Paper });
export type StepPrintRequest = z.infer<typeof StepPrintRequest>;
