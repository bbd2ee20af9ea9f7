import { APOLOGY_KIND_INFO, type ApologyFlagKind } from './apologyKinds';
import { sentenceFeatures, sentenceWords } from './apologyFeatures';
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
/** Clause breaks inside a sentence. */
const CLAUSE_BREAK = /[,;:\u2013\u2014]+/g;
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

/** How strongly a clause's own words push towards "problem" (the sum of their weights). */
function pull(model: ApologyModel, clause: string): number {
  return sentenceFeatures(clause).reduce((sum, feature) => sum + (model.problem.weights[feature] ?? 0), 0);
}

/**
 * For each sentence of `text` that no rule flagged (`flagged` says which spans the rules
 * took), a flag when the model finds it likely enough to be a problem. The highlight is the
 * clause whose words pull hardest towards the flag, or the whole sentence when it has one clause.
 */
export function modelFlags(text: string, model: ApologyModel, flagged: readonly Span[]): ModelFlag[] {
  const found: ModelFlag[] = [];
  for (const sentence of pieces(text, 0, text.length, SENTENCE_END)) {
    if (flagged.some((flag) => flag.start < sentence.end && sentence.start < flag.end)) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (sentenceWords(words).length < FEWEST_WORDS) continue;
    if (problemProbability(model, words) <= model.threshold) continue;
    const kind = likelyKind(model, words);
    const clauses = pieces(text, sentence.start, sentence.end, CLAUSE_BREAK).filter(
      (clause) => sentenceWords(text.slice(clause.start, clause.end)).length >= 3,
    );
    let span: Span = sentence;
    let best = -Infinity;
    if (clauses.length > 1) {
      for (const clause of clauses) {
        const strength = pull(model, text.slice(clause.start, clause.end));
        if (strength > best) {
          best = strength;
          span = clause;
        }
      }
    }
    found.push({
      kind,
      start: span.start,
      end: span.end,
      explanation: APOLOGY_KIND_INFO[kind].readsLike + UNCERTAIN,
    });
  }
  return found;
}
