import { APOLOGY_KIND_INFO, type ApologyFlagKind } from './apologyKinds';
import { sentenceWords } from './apologyFeatures';
import { likelyKind, problemProbability, type ApologyModel } from './apologyModel';

/** A flag the learned detector raises on a sentence no rule flagged. */
export interface ModelFlag {
  kind: ApologyFlagKind;
  start: number;
  end: number;
  explanation: string;
}

/** Sentence ends, as the rules see them: a full stop, question mark, exclamation mark or a line break. */
const SENTENCE_END = /[.!?\n]+/g;
/** Shorter sentences say too little for the model to judge. */
const FEWEST_WORDS = 4;

const UNCERTAIN = ' It is a guess from the wording, not a rule, so you are the judge of what you meant.';

interface Span {
  start: number;
  end: number;
}

/** The pieces of `text[from, to)` between `breaks`, trimmed of spaces and quotes. */
function pieces(text: string, from: number, to: number, breaks: RegExp): Span[] {
  const spans: Span[] = [];
  let start = from;
  const piece = text.slice(from, to);
  for (const match of piece.matchAll(breaks)) {
    spans.push({ start, end: from + match.index });
    start = from + match.index + match[0].length;
  }
  spans.push({ start, end: to });
  return spans
    .map(({ start: s, end: e }) => {
      let a = s;
      let b = e;
      while (a < b && /[\s"'\u201c\u201d\u2018\u2019(]/.test(text.charAt(a))) a += 1;
      while (b > a && /[\s"\u201c\u201d)]/.test(text.charAt(b - 1))) b -= 1;
      return { start: a, end: b };
    })
    .filter((span) => span.end > span.start);
}

/**
 * For each sentence of `text` that no rule flagged (`flagged` says which spans the rules
 * took), a flag when the model finds it likely enough to be a problem. The highlight is the
 * whole sentence: the model judges sentences. Picking one clause by its words' weights (25 of
 * the 40 model flags on the labelled sets) often marked the wrong half: "Any man in my
 * position" of "…, would have been tempted".
 */
export function modelFlags(text: string, model: ApologyModel, flagged: readonly Span[]): ModelFlag[] {
  const found: ModelFlag[] = [];
  for (const sentence of pieces(text, 0, text.length, SENTENCE_END)) {
    if (flagged.some((flag) => flag.start < sentence.end && sentence.start < flag.end)) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (sentenceWords(words).length < FEWEST_WORDS) continue;
    if (problemProbability(model, words) <= model.threshold) continue;
    const kind = likelyKind(model, words);
    found.push({
      kind,
      start: sentence.start,
      end: sentence.end,
      explanation: APOLOGY_KIND_INFO[kind].readsLike + UNCERTAIN,
    });
  }
  return found;
}
