import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { PdfExportMeasurement } from '../../tests/harness/exportBench';
import type { Measurement, Samples } from '../measurement';

const MIB = 1024 * 1024;
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One export in a fresh Node process (see lib/pdfChild.ts). */
async function exportInChild(entries: number, words: number): Promise<PdfExportMeasurement> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      './scripts/register-ts.mjs',
      join('bench', 'lib', 'pdfChild.ts'),
      String(entries),
      String(words),
    ],
    // A stalled child fails the measurement with its output instead of hanging the bench.
    { cwd: REPO_ROOT, maxBuffer: 1024 * 1024, timeout: 180_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as PdfExportMeasurement;
}

/**
 * PDF export as the app prints it (selection, HTML, Chromium), timed from the request to the
 * finished bytes, each in a fresh Node process. Peak memory is that process (RSS) plus the
 * printing browser's processes (PSS).
 */
export const pdfExportMeasurement: Measurement = {
  name: 'pdf-export',
  description: (s) =>
    `PDF export of small = ${s.pdf.small.toLocaleString('en')} entries (${s.pdf.smallRuns} runs) and large = ${s.pdf.large.toLocaleString('en')} entries (${s.pdf.largeRuns} run${s.pdf.largeRuns === 1 ? '' : 's'}) of ~${s.wordsPerEntry} words: time, and peak memory of the exporting Node process (a fresh one per export) plus the printing Chromium.`,
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
        const result = await exportInChild(entries, sizes.wordsPerEntry);
        times.push(result.milliseconds);
        memory.push((result.peakNodeBytes + (result.peakBrowserBytes ?? 0)) / MIB);
      }
      samples[`time.${label}`] = times;
      samples[`peakMemory.${label}`] = { unit: 'MiB', samples: memory };
    }
    return samples;
  },
};
