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
import type { ContentService } from '../services/contentService';
import { archiveDataSource } from './archiveDataSource';
import { holdsNoWriting, type WritingServices } from './archiveImport';
import {
  NO_PORTS,
  type ExportDataSource,
  type ExportPorts,
  type FileRevealer,
  type PdfPrinter,
  type SaveTarget,
} from './exportPorts';
import { markdownFiles } from './markdownFiles';
import { itemPageHtml, stepPageHtml } from './html/singleHtml';
import { slugOf } from './markdownFiles';
import { printExport } from './pdfExport';
import { vaultArchiveReader, type ArchiveServices } from './vaultArchiveReader';
import { writeExportFolder } from './writeExportFolder';

/**
 * Runs the person's exports: reads the data, asks where to save (main asks, never the
 * renderer), writes the file only where they chose, and can show it afterwards. Nothing is
 * written anywhere else: the HTML and the PDF live in memory until the final, atomic write.
 */

export interface ExportServiceOptions {
  /** Only for the lock state: an export never runs while the journal is locked. */
  vault: { db(): unknown; onBeforeLock(listener: () => void): () => void };
  content: ContentService;
  /** The services whose data an export reads (and whether there is writing yet, for the import). */
  services: ArchiveServices & WritingServices;
  version: string;
  now?: (() => number) | undefined;
  /** The printer, dialogs and file manager (Electron's, or a test's); every export refuses without them. */
  ports?: ExportPorts | undefined;
  /** The one guard every export and import shares: a second one while one runs is refused. */
  oneAtATime: Runner;
}

/** What the exports run on, once the composition root's pieces are put together. */
interface ExportRuntime {
  vault: ExportServiceOptions['vault'];
  source: ExportDataSource;
  printer: PdfPrinter;
  saveTarget: SaveTarget;
  revealer: FileRevealer;
  now: () => number;
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

/** The export service over the vault (its data source unless the ports give one). */
export function createExportService(deps: ExportServiceOptions): ExportService {
  const now = deps.now ?? Date.now;
  const ports = deps.ports ?? NO_PORTS;
  const program = () => deps.content.program();
  const source =
    ports.source ??
    archiveDataSource({
      program,
      readArchive: vaultArchiveReader(deps.services, { program, appVersion: deps.version, now }),
      now,
    });
  return exportsOver({
    ...ports,
    vault: deps.vault,
    source,
    now,
    oneAtATime: deps.oneAtATime,
    choices: () => ({
      tracks: program().tracks.map((track) => ({
        id: track.id,
        title: track.title,
        steps: track.steps.map((step) => ({ id: step.id, order: step.order, title: step.title })),
      })),
      // journal.tags() already groups them (trashed entries' tags left out); sorted for the filter.
      tags: deps.services.journal
        .tags()
        .map(({ tag }) => tag)
        .sort((x, y) => x.localeCompare(y, undefined, { sensitivity: 'base' })),
      // The very test `transfer.importJson` makes, so the screen offers the import only when it can work.
      importable: holdsNoWriting(deps.services),
    }),
  });
}

function exportsOver(options: ExportRuntime): ExportService {
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

  /** Asks where, then prints (only once the person has chosen) and writes the PDF there. */
  async function savePdf(
    defaultName: string,
    print: () => Promise<{ pdf: Uint8Array; counts: ExportCounts }>,
  ): Promise<ExportResult> {
    const path = await options.saveTarget.chooseFile({
      title: 'Save the PDF',
      defaultName: `${defaultName}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (path === null) return { status: 'cancelled' };
    const { pdf, counts } = await print();
    await atomicWrite(path, pdf).catch(savingFailed);
    lastSaved = path;
    return { status: 'saved', name: basename(path), counts };
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
        return savePdf(`Mend step ${step.order} ${slugOf(step.title) || 'step'} ${today()}`, async () => ({
          pdf: await options.printer.print(html, { paper: request.paper }),
          counts: { entries: 0, notes, exercises: hasExercise ? 1 : 0, charts: 0 },
        }));
      }),

    itemPdf: (request) =>
      exclusive(async () => {
        const { document, step } = await fullStep(request.stepId);
        const item = printableItemOf(step.exercise);
        if (item === null) throw new MendError('VALIDATION', 'There is nothing to print here yet.');
        const html = itemPageHtml({ locale: document.locale, ...item, paper: request.paper });
        return savePdf(`${item.heading} ${today()}`, async () => ({
          pdf: await options.printer.print(html, { paper: request.paper, footer: false }),
          counts: { entries: 0, notes: 0, exercises: 1, charts: 0 },
        }));
      }),

    pdf: (exportOptions) =>
      exclusive(() =>
        savePdf(baseName(), async () => {
          const source = await options.source.load(exportOptions);
          const { pdf, document } = await printExport(source, exportOptions, options.printer);
          return { pdf, counts: countsOf(document) };
        }),
      ),

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
