import type { Runner } from '../concurrency/oneAtATime';
import { MendError } from '@shared/errors';
import type { ContentService } from '../services/contentService';
import type { HandlersFor } from '../ipc/dispatcher';
import { archiveDataSource } from './archiveDataSource';
import type {
  ClipboardPort,
  ExportDataSource,
  FileRevealer,
  PaperPrinter,
  PdfPrinter,
  SaveTarget,
} from './exportPorts';
import { createExportService, type ExportService } from './exportService';
import { vaultArchiveReader, type ArchiveServices } from './vaultArchiveReader';

/** What the app (Electron adapters) or a test (Playwright printer, a given path) plugs in. */
export interface ExportPorts {
  printer: PdfPrinter;
  saveTarget: SaveTarget;
  revealer: FileRevealer;
  /** Printing on paper (the recovery key), through the system's print dialog. */
  paperPrinter?: PaperPrinter;
  /** The system clipboard (copying the recovery key). */
  clipboard?: ClipboardPort;
  /** Where the data comes from; by default the vault, through the program, journal and tracker services. */
  source?: ExportDataSource;
}

const unavailable = (): never => {
  throw new MendError('INTERNAL', 'Exporting is not available in this window.');
};

/** Stands in when no ports are given (unit tests of other features): every export refuses. */
export const NO_PORTS: ExportPorts = {
  printer: { print: unavailable },
  saveTarget: { chooseFile: unavailable, chooseFolder: unavailable, chooseOpenFile: unavailable },
  revealer: { showInFolder: unavailable },
};

/** Builds the export service from the composition root's pieces (the vault as its data source unless a test gives one). */
export function buildExportService(deps: {
  vault: { db(): unknown; onBeforeLock(listener: () => void): () => void };
  content: ContentService;
  /** The services whose data an export reads. */
  services: ArchiveServices;
  version: string;
  now?: () => number;
  ports?: ExportPorts;
  /** The guard every export and import shares. */
  oneAtATime: Runner;
}): ExportService {
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
  return createExportService({
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
    }),
  });
}

/** Binds the export service to its channels. */
export function exportHandlers(service: ExportService): HandlersFor<'export'> {
  return {
    'export.choices': () => service.choices(),
    'export.pdf': (options) => service.pdf(options),
    'export.stepPdf': (request) => service.stepPdf(request),
    'export.itemPdf': (request) => service.itemPdf(request),
    'export.markdown': (selection) => service.markdown(selection),
    'export.json': () => service.json(),
    'export.showFile': () => ({ shown: service.showLastSaved() }),
  };
}
