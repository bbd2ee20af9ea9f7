import { escapeHtml } from '@shared/export/escapeHtml';
import type { ExportDocument, Paper } from '@shared/export/exportModel';
import { contentsHtml, coverHtml, type ContentsPages } from './coverHtml';
import { entriesHtml } from './entriesHtml';
import { exportCss } from './exportCss';
import { programHtml } from './programHtml';
import { trackerHtml } from './trackerHtml';

export interface ExportHtmlOptions {
  paper: Paper;
  /** The tags the entries were filtered by, named on the cover. */
  tagsFilter?: readonly string[];
  /**
   * 'omit' for a short export (two pages or fewer need no Contents); otherwise the page of
   * each anchor from a first printing, or an empty map for that first printing.
   */
  contents?: 'omit' | ContentsPages;
}

/**
 * No scripts, no requests: inline styles and inline SVG only. The print window enforces the
 * same with its own request blocking; this is the second wall.
 */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The whole printable document for an already selected export (see `selectForExport`): a pure
 * function of the data, every piece of text escaped, Markdown made safe by `markdownToHtml`.
 */
export function buildExportHtml(document: ExportDocument, options: ExportHtmlOptions): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(document.locale)}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${exportCss(options.paper)}</style>`,
    '</head><body>',
    coverHtml(document, options.tagsFilter ?? []),
    options.contents === 'omit' ? '' : contentsHtml(document, options.contents),
    programHtml(document.programSections),
    entriesHtml(document.entries),
    trackerHtml(document.tracker),
    '</body></html>',
  ].join('\n');
}
