/**
 * The words the learned apology detector looks at: lowercased words (curly apostrophes made
 * straight, so "I’m" and "I'm" are one word) and each pair of neighbouring words, joined by
 * "_". Pairs let it tell "only once" from "once more" without any hand-written rule.
 */
const WORD = /[a-z']+/g;

export function sentenceWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(WORD) ?? []
  );
}

/** The distinct features of one sentence, in first-seen order. */
export function sentenceFeatures(text: string): string[] {
  const words = sentenceWords(text);
  const features = new Set(words);
  for (let i = 1; i < words.length; i += 1) features.add(`${words[i - 1]}_${words[i]}`);
  return [...features];
}
