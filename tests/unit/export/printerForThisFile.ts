import { afterAll, expect } from 'vitest';
import { createPlaywrightPdfPrinter, type TestPdfPrinter } from '../../harness/playwrightPdfPrinter';

/**
 * One Playwright printer for a file of PDF tests (it starts Chromium on the first print), closed
 * after the file's last test, which also checks the printed documents asked for nothing.
 */
export function printerForThisFile(): TestPdfPrinter {
  const printer = createPlaywrightPdfPrinter();
  afterAll(async () => {
    expect(printer.blockedRequests, 'requests made by the printed documents').toEqual([]);
    await printer.close();
  });
  return printer;
}
