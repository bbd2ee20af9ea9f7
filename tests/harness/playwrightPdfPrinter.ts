import { chromium, type Browser } from '@playwright/test';
import type { PdfPrinter, PrintOptions } from '../../src/main/export/exportPorts';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, PRINT_TIMEOUT_MS } from '../../src/main/export/printLayout';
import { CHROMIUM_PATH } from './launchMend';

export interface TestPdfPrinter extends PdfPrinter {
  /** URLs the printed documents tried to load (should always be empty: exports are self-contained). */
  blockedRequests: string[];
  close(): Promise<void>;
}

/**
 * The tests' PdfPrinter: the same HTML and the same print settings as Electron's adapter
 * (`src/main/electron/pdfPrinter.ts`), printed by Debian's Chromium through Playwright. Every
 * request the document makes is refused and recorded, as the app's print window refuses it.
 */
export function createPlaywrightPdfPrinter(options: { browser?: Browser } = {}): TestPdfPrinter {
  let browser: Promise<Browser> | null = options.browser ? Promise.resolve(options.browser) : null;
  const ownBrowser = options.browser === undefined;
  const blockedRequests: string[] = [];
  const launch = (): Promise<Browser> =>
    (browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] }));

  return {
    blockedRequests,
    async print(html: string, { paper, footer = true }: PrintOptions): Promise<Uint8Array> {
      const context = await (await launch()).newContext({ offline: true });
      try {
        await context.route('**/*', async (route) => {
          blockedRequests.push(route.request().url());
          await route.abort('blockedbyclient');
        });
        const page = await context.newPage();
        page.setDefaultTimeout(PRINT_TIMEOUT_MS);
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => true));
        const pdf = await page.pdf({
          format: paper,
          printBackground: true,
          displayHeaderFooter: footer,
          headerTemplate: HEADER_TEMPLATE,
          footerTemplate: FOOTER_TEMPLATE,
          preferCSSPageSize: true,
          outline: true,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (ownBrowser && browser !== null) await (await browser).close();
    },
  };
}
