import { SANS_STACK } from './html/exportCss';

/**
 * What every printer must pass to Chromium besides the HTML, so the app (Electron's
 * `printToPDF`) and the tests (Playwright's `page.pdf`) print the same pages: the page size and
 * margins come from the document's CSS `@page` rule; the footer holds the page number.
 */

/** Chromium fills `pageNumber` and `totalPages`; the template has no access to the document. */
export const FOOTER_TEMPLATE =
  `<div style="width:100%;font-family:${SANS_STACK.replace(/"/g, "'")};font-size:8pt;color:#6b665e;` +
  `text-align:center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/** An empty header: without one Chromium prints the date and title at the top of each page. */
export const HEADER_TEMPLATE = '<span></span>';

/** How long a printer waits for the document to load and lay out before it gives up. */
export const PRINT_TIMEOUT_MS = 10 * 60_000;
