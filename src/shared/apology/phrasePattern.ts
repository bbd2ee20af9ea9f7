/**
 * Turns a readable phrase into a whole-word, case-insensitive pattern, so the rules in
 * `apologyRules.ts` read like the sentences they look for.
 *
 * - a space matches any run of whitespace (line breaks in a draft are common);
 * - `'` matches a straight or a curly apostrophe, since editors swap them silently;
 * - the phrase must start and end on a word boundary: "but" never matches "butter" or "rebut".
 *
 * Regex syntax inside the phrase still works (`(?:was not|wasn't)`), with one caveat: keep
 * spaces and apostrophes out of character classes, where the substitutions above would break them.
 */
/**
 * `\p{L}` and `\p{N}` in a phrase stand for a letter and a digit, compiled to the Latin
 * letters (accents included) and 0-9: the drafts are English, and the full Unicode classes
 * made the rules take a fifth of a second to compile the first time a draft was checked.
 */
const LETTERS = 'a-zA-Z\\u00C0-\\u024F';
const NOT_AFTER_WORD = `(?<![${LETTERS}0-9'\u2019])`;
const NOT_BEFORE_WORD = `(?![${LETTERS}0-9])`;

export function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .replace(/'/g, "['\u2019]")
    .replace(/ /g, '\\s+')
    .replace(/\\p\{L\}/g, `[${LETTERS}]`)
    .replace(/\\p\{N\}/g, '[0-9]');
  return new RegExp(`${NOT_AFTER_WORD}(?:${body})${NOT_BEFORE_WORD}`, 'giu');
}

/** One pattern matching any of the phrases, each read as `phrasePattern` reads one. */
export function anyOf(...phrases: string[]): RegExp {
  return phrasePattern(phrases.map((phrase) => `(?:${phrase})`).join('|'));
}
