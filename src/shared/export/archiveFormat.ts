import { z } from 'zod';
import { PromptId, StepId } from '../content';
import { LocalDateSchema } from '../dates';
import { Checkin } from '../tracker/checkins';
import { ExerciseItem, StepStatus } from './exportModel';

/**
 * The JSON export: everything a person wrote in Mend, in a documented, versioned, open format
 * (docs/export-format.md is the reference for people and other programs). It is also what
 * Mend imports, so the schema is strict: a file this version cannot fully understand is
 * refused, never half-imported.
 *
 * Version history: 1 — first version.
 */

export const ARCHIVE_FORMAT = 'mend-archive';
export const ARCHIVE_VERSION = 1;

/** An ISO 8601 instant with its UTC offset, e.g. `2026-03-15T21:04:00.000Z`. */
export const Instant = z.iso.datetime({ offset: true });

const Body = z.string().max(1_000_000);

export const ArchiveStepProgress = z.strictObject({ stepId: StepId, status: StepStatus, updatedAt: Instant });
export type ArchiveStepProgress = z.infer<typeof ArchiveStepProgress>;

export const ArchiveNote = z.strictObject({ promptId: PromptId, body: Body, updatedAt: Instant });
export type ArchiveNote = z.infer<typeof ArchiveNote>;

export const ArchiveExercise = z.strictObject({
  stepId: StepId,
  kind: z.string().min(1).max(60),
  items: z.array(ExerciseItem),
  updatedAt: Instant,
});
export type ArchiveExercise = z.infer<typeof ArchiveExercise>;

export const ArchiveEntry = z.strictObject({
  id: z.string().min(1).max(100),
  date: LocalDateSchema,
  title: z.string().max(500).nullable(),
  bodyMarkdown: Body,
  tags: z.array(z.string().min(1).max(100)).max(200),
  stepId: StepId.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ArchiveEntry = z.infer<typeof ArchiveEntry>;

export const MendArchive = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  exportedAt: Instant,
  app: z.strictObject({ name: z.literal('Mend'), version: z.string().min(1).max(50) }),
  /** The program content's locale and version the notes were written against. */
  program: z.strictObject({ locale: z.string().min(2).max(35), contentVersion: z.number().int().positive() }),
  stepProgress: z.array(ArchiveStepProgress),
  notes: z.array(ArchiveNote),
  exercises: z.array(ArchiveExercise),
  entries: z.array(ArchiveEntry),
  /** The tracker's daily check-ins, in the tracker's own schema (src/shared/tracker/checkins.ts). */
  checkins: z.array(Checkin),
});
export type MendArchive = z.infer<typeof MendArchive>;

/** An archive with nothing in it yet, for the given app and program. */
export function emptyArchive(meta: {
  exportedAt: string;
  appVersion: string;
  locale: string;
  contentVersion: number;
}): MendArchive {
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: meta.exportedAt,
    app: { name: 'Mend', version: meta.appVersion },
    program: { locale: meta.locale, contentVersion: meta.contentVersion },
    stepProgress: [],
    notes: [],
    exercises: [],
    entries: [],
    checkins: [],
  };
}
