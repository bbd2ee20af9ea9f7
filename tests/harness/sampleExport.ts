import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentFromArchive } from '../../src/shared/export/documentFromArchive';
import type { ExportOptions } from '../../src/shared/export/exportModel';
import { printExport } from '../../src/main/export/pdfExport';
import { loadProgram, sampleArchive, SAMPLE_TODAY } from './exportSamples';
import { createPlaywrightPdfPrinter } from './playwrightPdfPrinter';

export const SAMPLE_OPTIONS: ExportOptions = {
  tracks: ['broke-trust', 'was-hurt'],
  include: { entries: true, notes: true, exercises: true, tracker: true },
  paper: 'A4',
};

/** Prints the sample journey to `<outDir>/sample-export-<paper>.pdf` for both paper sizes. */
export async function writeSampleExport(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const program = await loadProgram();
  const printer = createPlaywrightPdfPrinter();
  const written: string[] = [];
  try {
    for (const paper of ['A4', 'Letter'] as const) {
      const options = { ...SAMPLE_OPTIONS, paper };
      const source = documentFromArchive({
        program,
        archive: sampleArchive(),
        selection: options,
        generatedOn: SAMPLE_TODAY,
      });
      const { pdf } = await printExport(source, options, printer);
      const file = join(outDir, `sample-export-${paper}.pdf`);
      await writeFile(file, pdf);
      written.push(file);
    }
  } finally {
    await printer.close();
  }
  return written;
}
