import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_ALGORITHM,
  fingerprintTexts,
  findFingerprintHits,
  WINDOW_WORDS,
} from '../../../scripts/fingerprint.ts';
import { REPO_ROOT } from '../../harness/core';

/**
 * Mend's content is built on the ideas of one article, never its sentences. The fixture holds
 * hashes of every 8-word run of that article (see scripts/make-source-fingerprints.ts); this
 * test hashes every 8-word run of every text file in the repository and fails on any match.
 */

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'source-fingerprints.json');
/** Everything we write lives under these; node_modules and build output are not ours. */
const SCANNED_DIRS = ['resources', 'src', 'tests', 'scripts', 'docs', '.ci'];
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.cache']);

interface Fixture {
  algorithm: string;
  windowWords: number;
  hashes: string[];
}

async function loadFixture(): Promise<Fixture> {
  return JSON.parse(await readFile(FIXTURE, 'utf8')) as Fixture;
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // A folder this branch does not have yet (say docs/) has nothing to scan.
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* filesUnder(path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}

async function repoTextFiles(): Promise<string[]> {
  const files: string[] = [];
  const rootEntries = await readdir(REPO_ROOT, { withFileTypes: true });
  for (const entry of rootEntries) {
    if (entry.isFile()) files.push(join(REPO_ROOT, entry.name));
  }
  for (const dir of SCANNED_DIRS) {
    for await (const file of filesUnder(join(REPO_ROOT, dir))) files.push(file);
  }
  return files.filter((file) => file !== FIXTURE);
}

/** Files with the runs they share with the fingerprinted text; binary files are skipped. */
async function overlapsIn(
  files: readonly string[],
  known: ReadonlySet<string>,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    const bytes = await readFile(file);
    if (bytes.includes(0)) continue;
    const hits = findFingerprintHits(bytes.toString('utf8'), known);
    if (hits.length > 0) found.set(relative(REPO_ROOT, file), hits);
  }
  return found;
}

describe('the source-article fingerprint fixture', () => {
  it('was built with the same recipe the test uses', async () => {
    const fixture = await loadFixture();
    expect(fixture.algorithm).toBe(FINGERPRINT_ALGORITHM);
    expect(fixture.windowWords).toBe(WINDOW_WORDS);
  });

  it('holds a full article of sorted, unique hashes', async () => {
    const { hashes } = await loadFixture();
    // The article runs to about a thousand words; far fewer hashes means a truncated build.
    expect(hashes.length).toBeGreaterThan(800);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect([...hashes].sort()).toEqual(hashes);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('no run of eight words from the source article appears in the repository', () => {
  it('finds none in any text file', async () => {
    const known = new Set((await loadFixture()).hashes);
    const files = await repoTextFiles();
    // Guards against a scan that silently looks at nothing.
    expect(files.some((file) => file.endsWith(join('resources', 'content', 'en', 'program.json')))).toBe(
      true,
    );

    const overlaps = await overlapsIn(files, known);
    const report = [...overlaps].map(([file, hits]) => `${file}:\n  ${hits.join('\n  ')}`).join('\n');
    expect(
      report,
      'These files repeat 8-word runs of the source article; rewrite them in your own words',
    ).toBe('');
  });
});

describe('the overlap detector itself', () => {
  // A made-up sentence stands in for the article, whose sentences may not be written here.
  const invented = 'the lighthouse keeper counted every gull that landed on the rail before dawn';
  const known = new Set(fingerprintTexts([invented]));

  it('flags a copied run of eight words, whatever its case, quotes or punctuation', () => {
    const copied = 'Notes: \u201CThe Lighthouse keeper counted every gull -- that landed on\u2019 the roof.';
    expect(findFingerprintHits(copied, known)).toEqual([
      'the lighthouse keeper counted every gull that landed',
      'lighthouse keeper counted every gull that landed on',
      'keeper counted every gull that landed on the',
    ]);
  });

  it('lets a run of seven words through', () => {
    expect(findFingerprintHits('so the lighthouse keeper counted every gull that flew', known)).toEqual([]);
  });

  it('does not flag a different sentence about the same idea', () => {
    expect(
      findFingerprintHits('Before sunrise, the keeper of the light tallied each bird on the railing.', known),
    ).toEqual([]);
  });

  it('reports a copied run inside a file with the scan the real test uses', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'mend-overlap-'));
    try {
      const copiedFile = join(dir, 'copied.json');
      const cleanFile = join(dir, 'clean.json');
      await writeFile(copiedFile, JSON.stringify({ text: `Intro. ${invented}.` }));
      await writeFile(cleanFile, JSON.stringify({ text: 'A keeper, a light, some birds.' }));
      const overlaps = await overlapsIn([copiedFile, cleanFile], known);
      expect([...overlaps.keys()].map((file) => file.endsWith('copied.json'))).toEqual([true]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
