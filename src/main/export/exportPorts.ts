import { MendError } from '@shared/errors';
import type { ExportDocument, ExportSelection, Paper } from '@shared/export/exportModel';
import type { MendArchive } from '@shared/export/archiveFormat';

/**
 * The export's doors to things it does not own. Electron implements the printer, the save
 * dialog and the file manager in `src/main/electron/`; tests implement them with Playwright's
 * Chromium and a given path. The data source is the vault, read through the program, journal
 * and tracker services (`createExportService`), unless a test gives its own.
 */

export interface PrintOptions {
  paper: Paper;
  /** The "Page 1 of 3" footer; false for a letter or a key printed alone on its page. */
  footer?: boolean;
}

/** Turns a self-contained HTML document into PDF bytes, in a browser engine that has no network. */
export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
}

/**
 * Sends a self-contained HTML document to a printer through the system's print dialog, from
 * the same sandboxed, network-less print window as the PDF exports. True when it was sent,
 * false when the person cancelled the dialog.
 */
export interface PaperPrinter {
  print(html: string, options: PrintOptions): Promise<boolean>;
}

/** The system clipboard, for copying the recovery key (Electron's clipboard in the app). */
export interface ClipboardPort {
  writeText(text: string): void;
  readText(): string | Promise<string>;
  clear(): void;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Where the person wants a file; main asks, the renderer never names a path. */
export interface SaveTarget {
  /** A file path for a new file, or null when the person cancels. */
  chooseFile(request: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** A folder in which Mend may create a new folder, or null when the person cancels. */
  chooseFolder(request: { title: string }): Promise<string | null>;
  /** An existing file to read (an import, a `.mend` file), or null when the person cancels. */
  chooseOpenFile(request: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

/** Shows a saved file in the system's file manager. */
export interface FileRevealer {
  showInFolder(path: string): void;
}

/** Everything an export may contain, read from the unlocked vault. */
export interface ExportDataSource {
  /**
   * The full read model for the given choices (tracker charts already laid out for the
   * range); `selectForExport` then applies the choices. Throws LOCKED when locked.
   */
  load(selection: ExportSelection): Promise<ExportDocument>;
  /** Everything, for the JSON export (see docs/export-format.md). Throws LOCKED when locked. */
  archive(): Promise<MendArchive>;
}

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
