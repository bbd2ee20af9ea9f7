import { ExportDocument, type ExportOptions } from '@shared/export/exportModel';
import { selectForExport } from '@shared/export/selectForExport';
import type { PdfPrinter } from './exportPorts';
import { buildExportHtml } from './html/buildExportHtml';

export interface PrintedExport {
  pdf: Uint8Array;
  /** What was printed, after the person's choices. */
  document: ExportDocument;
}

/**
 * Checks the data source's document, applies the person's choices, builds the HTML and
 * prints it. The HTML and the PDF exist only in memory until the caller saves the bytes.
 */
export async function printExport(
  source: ExportDocument,
  options: ExportOptions,
  printer: PdfPrinter,
): Promise<PrintedExport> {
  const document = selectForExport(ExportDocument.parse(source), options);
  const html = buildExportHtml(document, { paper: options.paper, tagsFilter: options.tags ?? [] });
  const pdf = await printer.print(html, { paper: options.paper });
  return { pdf, document };
}
