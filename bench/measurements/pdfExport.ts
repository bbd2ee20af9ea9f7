import { measurePdfExport } from '../../tests/harness/exportBench';
import type { Measurement, Samples } from '../measurement';

const MIB = 1024 * 1024;

/**
 * PDF export as the app prints it (selection, HTML, Chromium), timed from the request to the
 * finished bytes. Peak memory is this process plus the printing browser's processes (PSS).
 */
export const pdfExportMeasurement: Measurement = {
  name: 'pdf-export',
  description: (s) =>
    `PDF export of small = ${s.pdf.small.toLocaleString('en')} entries (${s.pdf.smallRuns} runs) and large = ${s.pdf.large.toLocaleString('en')} entries (${s.pdf.largeRuns} run${s.pdf.largeRuns === 1 ? '' : 's'}) of ~${s.wordsPerEntry} words: time, and peak memory of Node plus the printing Chromium.`,
  async run({ sizes, log }) {
    const samples: Record<string, Samples> = {};
    const plan = [
      ['small', sizes.pdf.small, sizes.pdf.smallRuns],
      ['large', sizes.pdf.large, sizes.pdf.largeRuns],
    ] as const;
    for (const [label, entries, runs] of plan) {
      const times: number[] = [];
      const memory: number[] = [];
      for (let run = 0; run < runs; run++) {
        log(`printing ${entries} entries (${run + 1}/${runs})`);
        const result = await measurePdfExport(entries, sizes.wordsPerEntry);
        times.push(result.milliseconds);
        memory.push((result.peakNodeBytes + (result.peakBrowserBytes ?? 0)) / MIB);
      }
      samples[`time.${label}`] = times;
      samples[`peakMemory.${label}`] = { unit: 'MiB', samples: memory };
    }
    return samples;
  },
};
