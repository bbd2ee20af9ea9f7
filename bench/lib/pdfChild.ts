// Runs one PDF export in a process of its own and prints the measurement as JSON, so its
// peak memory is the export's and not whatever the bench process held before it.
//   node --import ./scripts/register-ts.mjs bench/lib/pdfChild.ts <entries> <wordsPerEntry>
import { measurePdfExport } from '../../tests/harness/exportBench';

const [entries, words] = process.argv.slice(2).map(Number);
if (!Number.isInteger(entries) || !Number.isInteger(words))
  throw new Error('usage: pdfChild.ts <entries> <words>');
try {
  const result = await measurePdfExport(entries ?? 0, words);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  // Exit at once with the reason, whatever is still open (a browser, a timer).
  process.stderr.write(`PDF export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
