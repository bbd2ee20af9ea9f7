import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printExport } from '../../../src/main/export/pdfExport';
import { documentFromArchive } from '../../../src/shared/export/documentFromArchive';
import {
  loadProgram,
  SAMPLE_TODAY,
  syntheticArchive,
  syntheticEnding,
  syntheticTitle,
} from '../../harness/exportSamples';
import { flatText, pdfPages } from '../../harness/pdfText';
import { createPlaywrightPdfPrinter, type TestPdfPrinter } from '../../harness/playwrightPdfPrinter';
import { ALL } from './fixtures';

let printer: TestPdfPrinter;
beforeAll(() => {
  printer = createPlaywrightPdfPrinter();
});
afterAll(async () => {
  await printer.close();
});

describe('a large journal', () => {
  // A correctness test, not a timing goal (`npm run bench` measures time and memory).
  it(
    'exports 1,000 entries of about 250 words with every entry complete and in order',
    { timeout: 240_000 },
    async () => {
      const count = 1000;
      const archive = syntheticArchive(count, 250);
      const words = archive.entries.reduce((sum, e) => sum + e.bodyMarkdown.split(/\s+/).length, 0);
      expect(words / count).toBeGreaterThan(240);

      const options = { ...ALL, include: { ...ALL.include, tracker: false } };
      const source = documentFromArchive({
        program: await loadProgram(),
        archive,
        selection: options,
        generatedOn: SAMPLE_TODAY,
      });
      const { pdf } = await printExport(source, options, printer);
      const pages = await pdfPages(pdf);
      const text = flatText(pages);

      expect(pages.length).toBeGreaterThan(200);
      let from = 0;
      for (let index = 0; index < count; index += 1) {
        const title = text.indexOf(syntheticTitle(index), from);
        const ending = text.indexOf(syntheticEnding(index), title);
        expect(title, syntheticTitle(index)).toBeGreaterThan(from - 1);
        expect(ending, syntheticEnding(index)).toBeGreaterThan(title);
        from = ending;
      }
      pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
    },
  );
});
