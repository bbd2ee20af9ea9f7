/**
 * Prints a sample export (made-up data in every script the PDF must handle) so anyone can
 * look at the result:
 *
 *   node scripts/sample-export.ts [out-dir]        # default: out/sample-export
 *   pdftoppm -png -r 60 -f 1 -l 6 out/sample-export/sample-export-A4.pdf out/sample-export/page
 *
 * Plain Node runs this file (erasable TypeScript); Vite's module runner loads the app's
 * TypeScript modules, which import without file extensions.
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

interface SampleModule {
  writeSampleExport(outDir: string): Promise<string[]>;
}

const repoRoot = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? resolve(repoRoot, 'out', 'sample-export'));
const { module } = await runnerImport<SampleModule>(resolve(repoRoot, 'tests/harness/sampleExport.ts'), {
  root: repoRoot,
  configFile: false,
  logLevel: 'warn',
});
for (const file of await module.writeSampleExport(outDir)) console.log(`wrote ${file}`);
