import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type WebContents } from 'electron';
import type { PaperPrinter, PdfPrinter } from '../export/exportPorts';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, PRINT_TIMEOUT_MS } from '../export/printLayout';

/**
 * Electron's PdfPrinter: a hidden, sandboxed window without a preload, in its own in-memory
 * session, that loads the export's HTML from memory through a protocol handler on that
 * session (nothing is written to disk), refuses every other request and permission, waits
 * for fonts, prints with Chromium's `printToPDF`, and is destroyed whatever happens.
 */

/** Registered as a privileged scheme with the app's own, before `app.whenReady()`. */
export const EXPORT_SCHEME = 'mend-export';
const DOCUMENT_URL = `${EXPORT_SCHEME}://document/export.html`;
/** An isolated world for our one script, so the page's own CSP (no scripts) does not apply to it. */
const FONTS_WORLD_ID = 1_001;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The export took too long to print.')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Loads `html` in a fresh hidden print window (see the module comment), waits for its fonts,
 * runs `work` on it and destroys window and session whatever happens.
 */
async function inPrintWindow<T>(html: string, work: (contents: WebContents) => Promise<T>): Promise<T> {
  // No `persist:` prefix: the session lives in memory only and is never written to disk.
  const ses = session.fromPartition(`mend-export-${randomUUID()}`, { cache: false });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== DOCUMENT_URL }));
  ses.protocol.handle(EXPORT_SCHEME, (request) =>
    request.url === DOCUMENT_URL
      ? new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
      : new Response('Not found', { status: 404 }),
  );
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
      navigateOnDragDrop: false,
      webgl: false,
      disableDialogs: true,
    },
  });
  try {
    const contents = window.webContents;
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    const done = (async () => {
      await window.loadURL(DOCUMENT_URL);
      await contents.executeJavaScriptInIsolatedWorld(FONTS_WORLD_ID, [
        { code: 'document.fonts.ready.then(() => true)' },
      ]);
      return work(contents);
    })();
    return await withTimeout(done, PRINT_TIMEOUT_MS);
  } finally {
    if (!window.isDestroyed()) window.destroy();
    ses.protocol.unhandle(EXPORT_SCHEME);
    ses.webRequest.onBeforeRequest(null);
    void ses.clearStorageData().catch(() => undefined);
  }
}

export function createElectronPdfPrinter(): PdfPrinter {
  return {
    async print(html, { paper, footer = true }) {
      const pdf = await inPrintWindow(html, (contents) =>
        contents.printToPDF({
          pageSize: paper,
          printBackground: true,
          displayHeaderFooter: footer,
          headerTemplate: HEADER_TEMPLATE,
          footerTemplate: FOOTER_TEMPLATE,
          preferCSSPageSize: true,
          generateDocumentOutline: true,
          generateTaggedPDF: true,
        }),
      );
      return new Uint8Array(pdf);
    },
  };
}

/** Paper through the system's print dialog, from the same sandboxed print window. */
export function createElectronPaperPrinter(): PaperPrinter {
  return {
    print: (html, { paper }) =>
      inPrintWindow(
        html,
        (contents) =>
          new Promise<boolean>((resolve) => {
            contents.print({ silent: false, printBackground: true, pageSize: paper }, (success) =>
              resolve(success),
            );
          }),
      ),
  };
}
