import { z } from 'zod';
import { StepId } from '../../content';
import { ExportOptions, ExportSelection, StepPrintRequest } from '../../export/exportModel';
import { TrackId } from './app';

/**
 * Contract pieces for exports. The renderer sends only choices; main asks where to save
 * (a save dialog), so the renderer never names a path, and it answers with the file's name
 * and what went into it.
 */

export const ExportCounts = z.object({
  entries: z.number().int().min(0),
  notes: z.number().int().min(0),
  exercises: z.number().int().min(0),
  charts: z.number().int().min(0),
});
export type ExportCounts = z.infer<typeof ExportCounts>;

export const ExportResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    /** The file or folder name only (never the full path), to confirm where it went. */
    name: z.string(),
    counts: ExportCounts,
  }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

/**
 * What the export screen offers: the tracks with their steps, the tags in use, and whether a
 * JSON import can work (only while the journal holds no writing; `transfer.importJson` refuses otherwise).
 */
export const ExportChoices = z.object({
  tracks: z.array(
    z.object({
      id: TrackId,
      title: z.string(),
      steps: z.array(z.object({ id: StepId, order: z.number().int().positive(), title: z.string() })),
    }),
  ),
  tags: z.array(z.string()),
  importable: z.boolean(),
});
export type ExportChoices = z.infer<typeof ExportChoices>;

/** What an import wrote into the journal. */
export const ImportCounts = z.object({
  entries: z.number().int().min(0),
  notes: z.number().int().min(0),
  exercises: z.number().int().min(0),
  checkins: z.number().int().min(0),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), name: z.string(), counts: ImportCounts }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ImportResult = z.infer<typeof ImportResult>;

export const BackupFileResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), name: z.string(), size: z.number().int().min(0) }),
  z.object({ status: z.literal('cancelled') }),
]);
export type BackupFileResult = z.infer<typeof BackupFileResult>;

export const RestoreFileResult = z.discriminatedUnion('status', [
  /** The journal from the file is in place; it opens with its passphrase or recovery key. */
  z.object({ status: z.literal('restored'), name: z.string(), createdAt: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type RestoreFileResult = z.infer<typeof RestoreFileResult>;

export const exportContract = {
  'export.choices': { input: z.undefined(), output: ExportChoices },
  /** A PDF of the chosen parts; not encrypted (the cover and the screen say so). */
  'export.pdf': { input: ExportOptions, output: ExportResult },
  /** One step as a PDF: its questions, the person's notes and its exercise, nothing else. */
  'export.stepPdf': { input: StepPrintRequest, output: ExportResult },
  /** The step's letter or agreement alone on a page (VALIDATION when it is blank or the step has none). */
  'export.itemPdf': { input: StepPrintRequest, output: ExportResult },
  /** A new folder of Markdown files, one per entry and per step. */
  'export.markdown': { input: ExportSelection, output: ExportResult },
  /** Everything, as one JSON file in the documented format (docs/export-format.md). */
  'export.json': { input: z.undefined(), output: ExportResult },
  /** Shows the last saved export in the file manager; false when there is none this session. */
  'export.showFile': { input: z.undefined(), output: z.object({ shown: z.boolean() }) },
  /**
   * Asks for a JSON export (an open dialog in main) and writes it into this journal, all or
   * nothing. Refused (CONFLICT) when the journal already holds writing: nothing is replaced.
   */
  'transfer.importJson': { input: z.undefined(), output: ImportResult },
  /** An encrypted, verified `.mend` backup file of this journal, saved where the person chooses. */
  'transfer.backupFile': { input: z.undefined(), output: BackupFileResult },
  /**
   * Before any journal exists on this computer: asks for a `.mend` file and puts its journal
   * in place (never over an existing one). The unlock screen then opens it.
   */
  'transfer.restoreBackupFile': { input: z.undefined(), output: RestoreFileResult },
} as const;
