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
const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}'\u2019])";
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

export function phrasePattern(phrase: string): RegExp {
  const body = phrase.replace(/'/g, "['\u2019]").replace(/ /g, '\\s+');
  return new RegExp(`${NOT_AFTER_WORD}(?:${body})${NOT_BEFORE_WORD}`, 'giu');
}

/** One pattern matching any of the phrases, each read as `phrasePattern` reads one. */
export function anyOf(...phrases: string[]): RegExp {
  return phrasePattern(phrases.map((phrase) => `(?:${phrase})`).join('|'));
}
