import { ExportDocument, type ExportOptions } from '@shared/export/exportModel';
import { selectForExport } from '@shared/export/selectForExport';
import type { PdfPrinter } from './exportPorts';
import { buildExportHtml, type ExportHtmlOptions } from './html/buildExportHtml';
import { PART_ANCHORS } from './html/coverHtml';
import { readPrintedPages } from './pdfDestinations';

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
  const pdf = await printWithContents(
    (contents) =>
      printer.print(
        buildExportHtml(document, { paper: options.paper, tagsFilter: options.tags ?? [], contents }),
        { paper: options.paper },
      ),
  );
  return { pdf, document };
}

/** Exports this long or shorter (the cover and one page) print no Contents page. */
export const CONTENTS_FROM_PAGES = 3;

/**
 * Prints twice (three times at most): once with an empty page-number column to learn where
 * each part, step and month landed, then with those numbers filled in. A document that would
 * be two pages or fewer without its Contents is printed again without one.
 */
export async function printWithContents(
  print: (contents: NonNullable<ExportHtmlOptions['contents']>) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const first = await print(new Map());
  const { pageCount, anchors } = readPrintedPages(first);
  const partPages = PART_ANCHORS.flatMap((anchor) => anchors.get(anchor) ?? []);
  // Nothing to list (the cover alone), or a PDF this reader cannot follow: keep the first printing.
  if (partPages.length === 0 || pageCount === 0) return first;
  // The cover is page 1 and the Contents starts on page 2; the first part follows it.
  const contentsLength = Math.min(...partPages) - 2;
  if (pageCount - contentsLength < CONTENTS_FROM_PAGES) return print('omit');
  return print(anchors);
}
