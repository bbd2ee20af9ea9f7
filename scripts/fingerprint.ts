import { createHash } from 'node:crypto';

/**
 * Fingerprints of 8-word runs, shared by the script that builds the fixture from the source
 * article and by the test that scans the repository, so the two can never normalise text
 * differently. Only hashes are stored: the article's sentences never enter the repository.
 */

export const WINDOW_WORDS = 8;
export const HASH_HEX_CHARS = 16;

/** Written into the fixture; the test refuses a fixture built with a different recipe. */
export const FINGERPRINT_ALGORITHM =
  'lowercase; curly quotes to plain; drop all punctuation except apostrophes inside words; ' +
  'split on whitespace; every run of 8 consecutive words joined by one space; ' +
  `sha256 hex, first ${HASH_HEX_CHARS} chars`;

/** Lowercased words with quotes unified and punctuation gone, so formatting cannot hide a copy. */
export function normalizeWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      // An apostrophe survives only between two letters or digits ("it's", "don't").
      .replace(/(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, ' ')
      // Punctuation, symbols and underscores become spaces, so "well-being" and "well being" agree.
      .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
      .split(/\s+/u)
      .filter((word) => word.length > 0)
  );
}

export function hashWindow(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' '), 'utf8').digest('hex').slice(0, HASH_HEX_CHARS);
}

export interface WordWindow {
  hash: string;
  /** The normalised words, for error messages about repository files (never the article). */
  words: string;
}

export function wordWindows(text: string, size = WINDOW_WORDS): WordWindow[] {
  const words = normalizeWords(text);
  const windows: WordWindow[] = [];
  for (let start = 0; start + size <= words.length; start++) {
    const slice = words.slice(start, start + size);
    windows.push({ hash: hashWindow(slice), words: slice.join(' ') });
  }
  return windows;
}

/** Sorted, unique hashes of every window in the texts: the fixture's `hashes`. */
export function fingerprintTexts(texts: readonly string[], size = WINDOW_WORDS): string[] {
  const hashes = new Set(texts.flatMap((text) => wordWindows(text, size).map((window) => window.hash)));
  return [...hashes].sort();
}

/** The runs of `text` whose fingerprints are in `known`, each listed once, in order of first appearance. */
export function findFingerprintHits(text: string, known: ReadonlySet<string>, size = WINDOW_WORDS): string[] {
  const hits = wordWindows(text, size)
    .filter((window) => known.has(window.hash))
    .map((window) => window.words);
  return [...new Set(hits)];
}
