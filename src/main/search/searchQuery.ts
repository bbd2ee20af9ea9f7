/**
 * Turns what a person typed into a search that cannot fail. FTS5 has its own query language
 * (AND, OR, NOT, NEAR, quotes, `*`, `-`, `:`, parentheses); letting typed text reach it would
 * turn an ordinary apostrophe into a syntax error. So the query is rebuilt from tokens here:
 * every word is quoted, operators typed by a person become plain words, and the only syntax
 * that reaches SQLite is what this module writes.
 *
 * - A word becomes `"word"*` (prefix match: "forgiv" finds "forgiveness").
 * - A word joined by punctuation ("self-forgiveness", "don't") becomes a phrase, the way the
 *   tokenizer splits the stored text.
 * - Text in balanced double quotes is an exact phrase. An unbalanced quote is ignored.
 * - Runs of scripts written without spaces (Chinese, Japanese, Thai, …) and emoji cannot be
 *   found by a word tokenizer (it keeps a whole sentence as one token, or drops emoji), so
 *   they become substrings, matched with `instr()` over the indexed text.
 * All terms must match (AND).
 */

export interface SearchPlan {
  /** An FTS5 MATCH expression, or null when only substrings (or nothing) were typed. */
  match: string | null;
  /** Case-sensitive substrings that must all appear in the title or body. */
  substrings: string[];
}

const MAX_TERMS = 16;

const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}`;
/** One segment: a run of unspaced script, an emoji run, or a run of ordinary word characters. */
const SEGMENT = new RegExp(
  String.raw`([${UNSPACED}]+)|(\p{Extended_Pictographic}(?:\u200D|\uFE0F|\p{Extended_Pictographic}|\p{Emoji_Modifier})*)|((?:(?![${UNSPACED}])[\p{L}\p{N}\p{M}])+)|[^]`,
  'gu',
);
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
/** Spaces and brackets separate terms; other punctuation inside a chunk joins a phrase. */
const CHUNK_BREAK = /[\s()[\]{}<>,;!?]+/u;

interface Pieces {
  words: string[];
  substrings: string[];
}

/** Splits one chunk of typed text into FTS words and substrings; punctuation falls away. */
function splitChunk(chunk: string): Pieces {
  const words: string[] = [];
  const substrings: string[] = [];
  for (const match of chunk.matchAll(SEGMENT)) {
    const [, unspaced, emoji, word] = match;
    if (unspaced !== undefined) substrings.push(unspaced);
    else if (emoji !== undefined) substrings.push(emoji);
    else if (word !== undefined && HAS_WORD_CHAR.test(word)) words.push(word);
  }
  return { words, substrings };
}

/** A quoted FTS5 string: inside quotes every character is literal except `"` itself. */
function quote(words: string[]): string {
  return `"${words.join(' ').replace(/"/g, '""')}"`;
}

export function planSearch(typed: string): SearchPlan {
  const text = typed.normalize('NFC');
  const terms: string[] = [];
  const substrings: string[] = [];

  const phrases: string[] = [];
  const loose = text.replace(/"([^"]*)"/g, (_, inner: string) => {
    phrases.push(inner);
    return ' ';
  });

  for (const phrase of phrases) {
    const pieces = splitChunk(phrase);
    if (pieces.words.length > 0) terms.push(quote(pieces.words));
    substrings.push(...pieces.substrings);
  }
  // Whatever quote is left over had no partner: it is just a character.
  for (const chunk of loose.replace(/"/g, ' ').split(CHUNK_BREAK)) {
    const pieces = splitChunk(chunk);
    if (pieces.words.length > 0) terms.push(`${quote(pieces.words)}*`);
    substrings.push(...pieces.substrings);
  }

  const uniqueTerms = [...new Set(terms)].slice(0, MAX_TERMS);
  const uniqueSubstrings = [...new Set(substrings)].slice(0, MAX_TERMS);
  return { match: uniqueTerms.length > 0 ? uniqueTerms.join(' ') : null, substrings: uniqueSubstrings };
}
