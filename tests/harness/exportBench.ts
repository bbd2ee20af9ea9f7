import { performance } from 'node:perf_hooks';
import { printExport } from '../../src/main/export/pdfExport';
import { documentFromArchive } from '../../src/shared/export/documentFromArchive';
import type { ExportOptions } from '../../src/shared/export/exportModel';
import { loadProgram, SAMPLE_TODAY, syntheticArchive } from './exportSamples';
import { createPlaywrightPdfPrinter } from './playwrightPdfPrinter';
import { samplePeakMemory } from './processMemory';

/**
 * For `npm run bench` ("PDF export of 100 and 1,000 entries: time and peak memory"): builds a
 * synthetic journal of `count` entries of ~250 words and prints it the way the app does
 * (select, HTML, Chromium). Chromium starts before the clock does, as the app's is running.
 */

export interface PdfExportMeasurement {
  entries: number;
  pdfBytes: number;
  /** Selection + HTML + printing, in milliseconds. */
  milliseconds: number;
  peakNodeBytes: number;
  /** The printing browser's processes together; null off Linux. */
  peakBrowserBytes: number | null;
}

const OPTIONS: ExportOptions = {
  tracks: ['broke-trust', 'was-hurt'],
  include: { entries: true, notes: true, exercises: true, tracker: true },
  paper: 'A4',
};

export async function measurePdfExport(count: number, wordsPerEntry = 250): Promise<PdfExportMeasurement> {
  const program = await loadProgram();
  const archive = syntheticArchive(count, wordsPerEntry);
  const printer = createPlaywrightPdfPrinter();
  let memory: ReturnType<typeof samplePeakMemory> | null = null;
  try {
    await printer.print('<!doctype html><title>warm-up</title>', { paper: 'A4' });
    memory = samplePeakMemory();
    const started = performance.now();
    const source = documentFromArchive({ program, archive, selection: OPTIONS, generatedOn: SAMPLE_TODAY });
    const { pdf } = await printExport(source, OPTIONS, printer);
    const milliseconds = performance.now() - started;
    const peak = memory.stop();
    memory = null;
    return {
      entries: count,
      pdfBytes: pdf.byteLength,
      milliseconds,
      peakNodeBytes: peak.nodeBytes,
      peakBrowserBytes: peak.childrenBytes,
    };
  } finally {
    // A failed print must not leave the sampler's interval running: it kept the bench's PDF
    // child alive forever, so `npm run bench` hung instead of saying what failed.
    memory?.stop();
    await printer.close();
  }
}
