import { z } from 'zod';
import { LocalDateSchema } from '../../dates';

/**
 * Contract pieces for the private journal (`journal.*`) and the search across the journal
 * and the step notes (`search.*`). Every limit here is enforced before a service sees a
 * payload, so a runaway paste or a hand-made request gets VALIDATION, never a half save.
 */

export const JOURNAL_LIMITS = {
  bodyChars: 1_000_000,
  titleChars: 200,
  tags: 20,
  tagChars: 40,
  stepIdChars: 80,
  pageSize: 200,
  searchChars: 500,
  trashDays: 30,
} as const;

/** A local calendar day, `YYYY-MM-DD`, that really exists (no 2024-02-30). */


export const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 2024-05');

/**
 * A step id such as `bt-3-forgiveness`. The program feature owns what ids exist; the
 * journal only keeps the link as text, so it checks the shape (lowercase words and digits
 * joined by single dashes) and nothing more.
 */
export const StepId = z
  .string()
  .trim()
  .max(JOURNAL_LIMITS.stepIdChars)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)+$/, 'a step id like bt-3-forgiveness');

/** Tags are compared and stored trimmed, lowercase, with inner spaces collapsed. */
export const Tag = z
  .string()
  .transform((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase())
  .pipe(z.string().min(1, 'a tag cannot be empty').max(JOURNAL_LIMITS.tagChars));

/** Up to 20 tags; duplicates after normalising collapse into one. */
export const Tags = z
  .array(Tag)
  .max(JOURNAL_LIMITS.tags)
  .transform((tags) => [...new Set(tags)]);

const Title = z.string().max(JOURNAL_LIMITS.titleChars);
const Body = z.string().max(JOURNAL_LIMITS.bodyChars, 'an entry can hold up to a million characters');
export const EntryId = z.number().int().positive();

export const Entry = z.object({
  id: EntryId,
  date: LocalDateSchema,
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  stepId: z.string().nullable(),
  /** Milliseconds since the epoch. */
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Entry = z.infer<typeof Entry>;

/** One row of the timeline: never the whole body, only its start. */
export const EntrySummary = z.object({
  id: EntryId,
  date: LocalDateSchema,
  title: z.string(),
  excerpt: z.string(),
  tags: z.array(z.string()),
  stepId: z.string().nullable(),
  updatedAt: z.number().int(),
});
export type EntrySummary = z.infer<typeof EntrySummary>;

export const TrashedEntry = EntrySummary.extend({ deletedAt: z.number().int() });
export type TrashedEntry = z.infer<typeof TrashedEntry>;

/** Where the next page starts: the last row of the previous page (newest first). */
export const TimelineCursor = z.object({ date: LocalDateSchema, id: EntryId }).strict();
export type TimelineCursor = z.infer<typeof TimelineCursor>;

export const EntryFilter = z
  .object({
    tag: Tag.optional(),
    stepId: StepId.optional(),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
  })
  .strict();
export type EntryFilter = z.infer<typeof EntryFilter>;

export const NewEntry = z
  .object({
    /** Defaults to today in the computer's time zone. */
    date: LocalDateSchema.optional(),
    title: Title.default(''),
    body: Body.default(''),
    tags: Tags.default([]),
    stepId: StepId.nullable().default(null),
  })
  .strict();
export type NewEntryInput = z.input<typeof NewEntry>;
/** A new entry as a service takes it: validated, defaults filled in. */
export type NewEntry = z.output<typeof NewEntry>;

const EntryPatch = z
  .object({
    id: EntryId,
    date: LocalDateSchema.optional(),
    title: Title.optional(),
    body: Body.optional(),
    tags: Tags.optional(),
    stepId: StepId.nullable().optional(),
  })
  .strict();
export type EntryPatch = z.output<typeof EntryPatch>;

export const SearchKind = z.enum(['entry', 'note']);
export type SearchKind = z.infer<typeof SearchKind>;

/** A piece of a snippet: `mark` pieces are the words that matched. Plain text, never HTML. */
export const SnippetPart = z.object({ text: z.string(), mark: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchHit = z.object({
  kind: SearchKind,
  /** The entry id as text for entries; the program's note id for notes. */
  refId: z.string(),
  date: z.string(),
  title: z.string(),
  snippet: z.array(SnippetPart),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchCursor = z.object({ date: z.string(), doc: z.number().int() }).strict();
export type SearchCursor = z.infer<typeof SearchCursor>;

export const SearchRequest = z
  .object({
    text: z.string().max(JOURNAL_LIMITS.searchChars),
    kinds: z.array(SearchKind).min(1).max(2).optional(),
    after: SearchCursor.nullable().default(null),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .strict();
/** A search as the service takes it (cursor and limit filled in). */
export type SearchRequest = z.output<typeof SearchRequest>;

export const SearchPage = z.object({
  hits: z.array(SearchHit),
  next: SearchCursor.nullable(),
  /**
   * True when text saved since the last search could not be added to the index (the disk is
   * full, or the data folder cannot be written): the hits are from what was indexed before.
   */
  behind: z.boolean(),
});
export type SearchPage = z.infer<typeof SearchPage>;

export const NeighborDirection = z.enum(['older', 'newer']);
export type NeighborDirection = z.infer<typeof NeighborDirection>;

export const journalContract = {
  'journal.create': { input: NewEntry, output: Entry },
  'journal.get': { input: z.object({ id: EntryId }).strict(), output: Entry },
  /** Returns what the timeline shows, not the body: autosave calls this while someone types. */
  'journal.update': { input: EntryPatch, output: EntrySummary },
  'journal.list': {
    input: z
      .object({
        filter: EntryFilter.default({}),
        after: TimelineCursor.nullable().default(null),
        limit: z.number().int().min(1).max(JOURNAL_LIMITS.pageSize).default(100),
      })
      .strict(),
    output: z.object({
      items: z.array(EntrySummary),
      next: TimelineCursor.nullable(),
      total: z.number().int(),
    }),
  },
  /** The entry just older or newer than `id` in the timeline, under the same filter. */
  'journal.neighbor': {
    input: z
      .object({ id: EntryId, direction: NeighborDirection, filter: EntryFilter.default({}) })
      .strict(),
    output: z.object({ id: EntryId.nullable() }),
  },
  'journal.calendar': {
    input: z.object({ month: MonthKey }).strict(),
    output: z.object({ days: z.array(z.object({ date: LocalDateSchema, count: z.number().int() })) }),
  },
  'journal.tags': {
    input: z.undefined(),
    output: z.object({ tags: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
  },
  'journal.trash': {
    input: z.object({ id: EntryId }).strict(),
    output: z.object({ id: EntryId, deletedAt: z.number().int() }),
  },
  'journal.restore': { input: z.object({ id: EntryId }).strict(), output: Entry },
  'journal.trashList': {
    input: z.undefined(),
    output: z.object({ items: z.array(TrashedEntry), keepDays: z.number().int() }),
  },
  /** Erases trashed entries for good: one, or all of them when `id` is absent. */
  'journal.erase': {
    input: z.object({ id: EntryId.optional() }).strict(),
    output: z.object({ erased: z.number().int() }),
  },
  'search.query': { input: SearchRequest, output: SearchPage },
} as const;
