import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RESOURCES_DIR } from '../../harness/core';

/** Helpers for reading the English program file in tests, raw (unvalidated) or as text. */

export const PROGRAM_FILE = join(RESOURCES_DIR, 'content', 'en', 'program.json');

export async function readRawProgram(): Promise<unknown> {
  return JSON.parse(await readFile(PROGRAM_FILE, 'utf8'));
}

/** Keys whose values are identifiers or codes, not words a reader sees. */
const NON_GUIDANCE_KEYS = new Set(['id', 'kind', 'track', 'locale']);

/** Every string a reader sees, anywhere under `value`. */
export function guidanceTexts(value: unknown, key?: string): string[] {
  if (typeof value === 'string') return key !== undefined && NON_GUIDANCE_KEYS.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => guidanceTexts(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([childKey, child]) => guidanceTexts(child, childKey));
  }
  return [];
}

/** Sentences split at end punctuation, for the short-sentence rule. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.?:;])\s+/).filter((sentence) => sentence.trim().length > 0);
}

export interface VoiceProblem {
  rule: string;
  text: string;
}

export const MAX_SENTENCE_WORDS = 30;

/**
 * The brief's voice rules that a machine can check. Matching is deliberately blunt: a
 * phrase that trips a rule should be rewritten, not argued with.
 */
const VOICE_RULES: { rule: string; test: (text: string) => boolean }[] = [
  { rule: 'no exclamation marks', test: (text) => text.includes('!') },
  { rule: 'no emoji', test: (text) => /\p{Extended_Pictographic}/u.test(text) },
  {
    rule: `sentences of at most ${MAX_SENTENCE_WORDS} words`,
    test: (text) => sentences(text).some((sentence) => sentence.split(/\s+/).length > MAX_SENTENCE_WORDS),
  },
  // The article calls the partner an "abuser"; Mend never labels the reader's partner.
  { rule: 'no labels for the partner', test: (text) => /\babuser\b/i.test(text) },
  {
    rule: 'never promises reconciliation',
    test: (text) =>
      /\b(guarantee[sd]?|you will be forgiven|will (?:save|fix|restore) (?:your|the) relationship|everything will be (?:fine|okay|ok))\b/i.test(
        text,
      ),
  },
  { rule: 'no links or phone numbers', test: (text) => /https?:|www\.|\d{3}/i.test(text) },
];

export function voiceProblems(texts: readonly string[]): VoiceProblem[] {
  return texts.flatMap((text) =>
    VOICE_RULES.filter(({ test }) => test(text)).map(({ rule }) => ({ rule, text })),
  );
}

/**
 * Phrases that would tell someone to watch or demand access to a partner. Openness in Mend
 * is only ever offered by the person who broke trust.
 */
export const DEMANDING_PHRASES: readonly RegExp[] = [
  /\bdemand/i,
  /\binsist/i,
  /\bmonitor/i,
  /\bspy/i,
  /\b(?:check|go through|read|search) (?:their|his|her|your partner's|the other person's) (?:phone|messages|texts|email)/i,
  /\btrack (?:their|his|her|your partner's) (?:location|whereabouts|phone)/i,
  /\b(?:you have|you've got) (?:a|the) right to (?:see|check|know where)/i,
  /\bask for (?:their|his|her) (?:password|passcode)/i,
];

export function demandingPhrases(texts: readonly string[]): string[] {
  return texts.filter((text) => DEMANDING_PHRASES.some((pattern) => pattern.test(text)));
}
