/**
 * Builds tests/fixtures/source-fingerprints.json from the source article(s) in ../shared/seed.
 * The fixture holds only hashes of 8-word runs, so the overlap test can prove no sentence of
 * the article was copied into Mend without the article itself being in the repository.
 *
 *   node scripts/make-source-fingerprints.ts [seed-dir]
 *
 * Plain Node 24 runs this file by stripping types, so it keeps to erasable TypeScript syntax.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { FINGERPRINT_ALGORITHM, fingerprintTexts, WINDOW_WORDS } from './fingerprint.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const fixtureFile = join(repoRoot, 'tests', 'fixtures', 'source-fingerprints.json');

/**
 * The seed lives beside the repository (`<parent>/shared/seed`), never inside it. A git
 * worktree sits one level deeper (`<parent>/wt/<name>`), so look upwards from the repo's
 * parent until a `shared/seed` folder turns up.
 */
function findSeedDir(): string | undefined {
  let dir = dirname(repoRoot);
  for (;;) {
    const candidate = join(dir, 'shared', 'seed');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const seedDir = process.argv[2] ? resolve(process.argv[2]) : findSeedDir();
if (seedDir === undefined) {
  console.error('No shared/seed folder found above the repository. Pass the seed folder as an argument.');
  process.exit(1);
}

const sources = (await readdir(seedDir)).filter((name) => /^000_.*\.txt$/.test(name)).sort();
if (sources.length === 0) {
  console.error(`No 000_*.txt article found in ${seedDir}.`);
  process.exit(1);
}

const texts = await Promise.all(sources.map((name) => readFile(join(seedDir, name), 'utf8')));
const hashes = fingerprintTexts(texts);

const fixture = {
  algorithm: FINGERPRINT_ALGORITHM,
  windowWords: WINDOW_WORDS,
  sources: sources.length,
  hashes,
};
await mkdir(dirname(fixtureFile), { recursive: true });
await writeFile(fixtureFile, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`Wrote ${hashes.length} fingerprints from ${sources.length} source file(s) to ${fixtureFile}.`);
