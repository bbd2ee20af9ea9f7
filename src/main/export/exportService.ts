import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MendError } from '@shared/errors';
import type { Runner } from '../concurrency/oneAtATime';
import {
  ExportDocument,
  type ExportOptions,
  type ExportSelection,
  type StepPrintRequest,
} from '@shared/export/exportModel';
import { printableItemOf } from '@shared/export/printableItem';
import { selectForExport } from '@shared/export/selectForExport';
import type { ExportChoices, ExportCounts, ExportResult } from '@shared/ipc/contract';
import { localDateOf } from '@shared/dates';
import { atomicWrite } from '../fs/atomicWrite';
import { writeArchiveJson } from './archiveJson';
import type { ExportDataSource, FileRevealer, PdfPrinter, SaveTarget } from './exportPorts';
import { markdownFiles } from './markdownFiles';
import { itemPageHtml, stepPageHtml } from './html/singleHtml';
import { slugOf } from './markdownFiles';
import { printExport } from './pdfExport';
import { writeExportFolder } from './writeExportFolder';

/**
 * Runs the person's exports: reads the data, asks where to save (main asks, never the
 * renderer), writes the file only where they chose, and can show it afterwards. Nothing is
 * written anywhere else: the HTML and the PDF live in memory until the final, atomic write.
 */

export interface ExportServiceOptions {
  /** Only for the lock state: an export never runs while the journal is locked. */
  vault: { db(): unknown; onBeforeLock(listener: () => void): () => void };
  source: ExportDataSource;
  printer: PdfPrinter;
  saveTarget: SaveTarget;
  revealer: FileRevealer;
  now: () => number;
  /** The one guard every export and import shares: a second one while one runs is refused. */
  oneAtATime: Runner;
  /** What the export screen offers to choose from (the program's steps, the tags in use). */
  choices(): ExportChoices;
}

export interface ExportService {
  choices(): ExportChoices;
  pdf(options: ExportOptions): Promise<ExportResult>;
  markdown(selection: ExportSelection): Promise<ExportResult>;
  json(): Promise<ExportResult>;
  /** One step as a PDF: its questions, the person's notes on them, and its exercise. */
  stepPdf(request: StepPrintRequest): Promise<ExportResult>;
  /** The step's letter or agreement (an apology draft, an openness agreement) alone on a page. */
  itemPdf(request: StepPrintRequest): Promise<ExportResult>;
  /** Shows the last saved export of this session in the file manager. */
  showLastSaved(): boolean;
}

export function countsOf(document: ExportDocument): ExportCounts {
  const steps = document.programSections.flatMap((section) => section.steps);
  return {
    entries: document.entries.length,
    notes: steps.reduce((sum, step) => sum + step.prompts.filter((prompt) => prompt.note !== null).length, 0),
    exercises: steps.filter((step) => step.exercise !== null).length,
    charts: document.tracker.reduce((sum, section) => sum + section.charts.length, 0),
  };
}

/** Write failures in words about the place the person chose, not Mend's data folder. */
function savingFailed(error: unknown): never {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC')
    throw new MendError('DISK_FULL', 'The disk is full, so the export could not be saved.');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    throw new MendError('READ_ONLY', 'Mend cannot write to the place you chose.');
  }
  throw error;
}

export function createExportService(options: ExportServiceOptions): ExportService {
  let lastSaved: string | null = null;
  // The last file's location is not kept past a lock: the next person at the screen gets nothing.
  options.vault.onBeforeLock(() => {
    lastSaved = null;
  });

  const today = (): string => localDateOf(options.now());
  const baseName = (): string => `Mend export ${today()}`;

  async function exclusive(work: () => Promise<ExportResult>): Promise<ExportResult> {
    options.vault.db(); // throws LOCKED
    return options.oneAtATime(work);
  }

  async function load(selection: ExportSelection): Promise<ExportDocument> {
    return selectForExport(ExportDocument.parse(await options.source.load(selection)), selection);
  }

  /** The step as the data source holds it, every question included, or NOT_FOUND. */
  async function fullStep(stepId: string) {
    const everything: ExportSelection = {
      tracks: ['broke-trust', 'was-hurt'],
      include: { entries: false, notes: true, exercises: true, tracker: false },
    };
    const document = ExportDocument.parse(await options.source.load(everything));
    for (const section of document.programSections) {
      const step = section.steps.find((candidate) => candidate.stepId === stepId);
      if (step !== undefined) return { document, section, step };
    }
    throw new MendError('NOT_FOUND', 'That step is not in the program.');
  }

  async function savePdf(defaultName: string, pdf: () => Promise<Uint8Array>, counts: ExportCounts) {
    const path = await options.saveTarget.chooseFile({
      title: 'Save the PDF',
      defaultName: `${defaultName}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (path === null) return { status: 'cancelled' } as const;
    await atomicWrite(path, await pdf()).catch(savingFailed);
    lastSaved = path;
    return { status: 'saved', name: basename(path), counts } as const;
  }

  return {
    choices: () => {
      options.vault.db();
      return options.choices();
    },
    stepPdf: (request) =>
      exclusive(async () => {
        const { document, section, step } = await fullStep(request.stepId);
        const notes = step.prompts.filter(
          (prompt) => prompt.note !== null && /\S/.test(prompt.note.body),
        ).length;
        const hasExercise = step.exercise?.items.some((item) => /\S/.test(item.text)) ?? false;
        const html = stepPageHtml({
          locale: document.locale,
          trackTitle: section.trackTitle,
          step,
          generatedOn: today(),
          paper: request.paper,
        });
        return savePdf(
          `Mend step ${step.order} ${slugOf(step.title) || 'step'} ${today()}`,
          () => options.printer.print(html, { paper: request.paper }),
          { entries: 0, notes, exercises: hasExercise ? 1 : 0, charts: 0 },
        );
      }),

    itemPdf: (request) =>
      exclusive(async () => {
        const { document, step } = await fullStep(request.stepId);
        const item = printableItemOf(step.exercise);
        if (item === null) throw new MendError('VALIDATION', 'There is nothing to print here yet.');
        const html = itemPageHtml({ locale: document.locale, ...item, paper: request.paper });
        return savePdf(
          `${item.heading} ${today()}`,
          () => options.printer.print(html, { paper: request.paper, footer: false }),
          { entries: 0, notes: 0, exercises: 1, charts: 0 },
        );
      }),

    pdf: (exportOptions) =>
      exclusive(async () => {
        const path = await options.saveTarget.chooseFile({
          title: 'Save the PDF',
          defaultName: `${baseName()}.pdf`,
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        if (path === null) return { status: 'cancelled' };
        const source = await options.source.load(exportOptions);
        const { pdf, document } = await printExport(source, exportOptions, options.printer);
        await atomicWrite(path, pdf).catch(savingFailed);
        lastSaved = path;
        return { status: 'saved', name: basename(path), counts: countsOf(document) };
      }),

    markdown: (selection) =>
      exclusive(async () => {
        const parent = await options.saveTarget.chooseFolder({
          title: 'Choose where to put the Markdown folder',
        });
        if (parent === null) return { status: 'cancelled' };
        const document = await load(selection);
        const name = await writeExportFolder(parent, baseName(), markdownFiles(document)).catch(savingFailed);
        lastSaved = join(parent, name);
        return { status: 'saved', name, counts: countsOf(document) };
      }),

    json: () =>
      exclusive(async () => {
        const path = await options.saveTarget.chooseFile({
          title: 'Save the JSON export',
          defaultName: `${baseName()}.json`,
          filters: [{ name: 'JSON', extensions: ['json'] }],
        });
        if (path === null) return { status: 'cancelled' };
        const archive = await options.source.archive();
        await atomicWrite(path, writeArchiveJson(archive)).catch(savingFailed);
        lastSaved = path;
        const counts = {
          entries: archive.entries.length,
          notes: archive.notes.length,
          exercises: archive.exercises.length,
          charts: 0,
        };
        return { status: 'saved', name: basename(path), counts };
      }),

    showLastSaved() {
      options.vault.db();
      if (lastSaved === null || !existsSync(lastSaved)) return false;
      options.revealer.showInFolder(lastSaved);
      return true;
    },
  };
}
