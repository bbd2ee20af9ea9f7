import type { ApologyFlagKind } from './apologyKinds';
import { anyOf } from './phrasePattern';

/**
 * The second way the checker reads a draft, beside the phrase and shape rules: by clause, and
 * by combinations of broad cues rather than fixed phrasings. A reason offered as an excuse is
 * "a cause word" plus "a circumstance or the partner as the cause" in the same clause, however
 * the person words it; a cue on its own ("because", "lonely") is never enough. That is what
 * lets the checker recognise sentences nobody wrote down, and it is why a sincere "because I
 * lied, not because I was caught" stays quiet: a guard in the sentence sets the cue aside.
 *
 * The cues and combinations themselves are data, in `cueTables.ts`; this file only matches them.
 */

/** A named list of phrases (read as `phrasePattern` reads one), with why it is a cue. */
export interface Cue {
  phrases: readonly string[];
  /** Why these words matter, for whoever tunes the tables. */
  note: string;
}

export interface CueCombination<Name extends string = string> {
  kind: ApologyFlagKind;
  /** Every cue named here must be found in one clause (or one sentence, with `scope`). */
  all: readonly Name[];
  /** The cues must also sit within this many words of each other (counted from the first's start). */
  within?: number;
  /** The cues must come in the order listed: "you ... imagining", not "imagine how it hurt you". */
  inOrder?: boolean;
  /** Where the cues are looked for together: one clause (the default) or the whole sentence. */
  scope?: 'clause' | 'sentence';
  /** When any of these cues is in the same sentence, the combination stays quiet. */
  unless?: readonly Name[];
  /** When any of these cues is in the same clause as the match, the combination stays quiet there. */
  unlessInClause?: readonly Name[];
  /** One calm sentence about what the combination caught, shown beside the highlight. */
  explanation: string;
}

export interface CueFlag {
  kind: ApologyFlagKind;
  start: number;
  end: number;
  explanation: string;
}

interface Span {
  start: number;
  end: number;
}

/** Sentences end at . ! ? or a line break; clauses also at , ; : dashes, "but", "and", "though". */
const SENTENCE = /[^.!?\n]+/g;
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-+\s|\b(?:but|and|though|although|whereas)\b/gi;

function spansOf(text: string, from: number, to: number, breaks: RegExp): Span[] {
  const spans: Span[] = [];
  let start = from;
  breaks.lastIndex = 0;
  const part = text.slice(from, to);
  for (const m of part.matchAll(breaks)) {
    spans.push({ start, end: from + m.index });
    start = from + m.index + m[0].length;
  }
  spans.push({ start, end: to });
  return spans.filter((s) => /\p{L}/u.test(text.slice(s.start, s.end)));
}

function sentencesOf(text: string): Span[] {
  return [...text.matchAll(SENTENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Where a compiled cue matches inside `[from, to)`. */
function matchesIn(pattern: RegExp, text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end);
  return [...part.matchAll(pattern)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}

const wordsBetween = (text: string, from: number, to: number): number =>
  (text.slice(from, to).match(/\p{L}+/gu) ?? []).length;

/** The tightest choice of one match per cue, or undefined when none fits the window. */
function choose(
  text: string,
  perCue: Span[][],
  within: number | undefined,
  inOrder: boolean,
): Span | undefined {
  let best: Span | undefined;
  const chosen: Span[] = [];
  const pick = (index: number, start: number, end: number): void => {
    if (index === perCue.length) {
      if (within !== undefined && wordsBetween(text, start, end) > within) return;
      if (best === undefined || end - start < best.end - best.start) best = { start, end };
      return;
    }
    for (const m of perCue[index] ?? []) {
      // each cue needs words of its own: "your job" is not both a partner and a circumstance
      if (chosen.some((other) => m.start < other.end && other.start < m.end)) continue;
      const previous = chosen[chosen.length - 1];
      if (inOrder && previous !== undefined && m.start < previous.end) continue;
      chosen.push(m);
      pick(index + 1, Math.min(start, m.start), Math.max(end, m.end));
      chosen.pop();
    }
  };
  pick(0, Number.POSITIVE_INFINITY, -1);
  return best;
}

/** Compiles cue tables once, then finds every combination in a draft. */
export function combinationMatcher<Name extends string>(
  cues: Record<Name, Cue>,
  combinations: readonly CueCombination<Name>[],
): (text: string) => CueFlag[] {
  const compiled = new Map<Name, RegExp>();
  const patternOf = (name: Name): RegExp => {
    let pattern = compiled.get(name);
    if (pattern === undefined) {
      pattern = anyOf(...cues[name].phrases);
      compiled.set(name, pattern);
    }
    return pattern;
  };

  return (text) => {
    const flags: CueFlag[] = [];
    for (const sentence of sentencesOf(text)) {
      const clauses = spansOf(text, sentence.start, sentence.end, CLAUSE_BREAK);
      // each cue is matched once per sentence; a clause keeps the matches that lie inside it
      const inSentence = new Map<Name, Span[]>();
      const found = (name: Name, scope: Span): Span[] => {
        let all = inSentence.get(name);
        if (all === undefined) {
          all = matchesIn(patternOf(name), text, sentence);
          inSentence.set(name, all);
        }
        return all.filter((m) => m.start >= scope.start && m.end <= scope.end);
      };
      for (const combination of combinations) {
        const guarded = (combination.unless ?? []).some((name) => found(name, sentence).length > 0);
        if (guarded) continue;
        const scopes = combination.scope === 'sentence' ? [sentence] : clauses;
        for (const scope of scopes) {
          const quietHere = (combination.unlessInClause ?? []).some((name) => found(name, scope).length > 0);
          if (quietHere) continue;
          const perCue = combination.all.map((name) => found(name, scope));
          if (perCue.some((found) => found.length === 0)) continue;
          const span = choose(text, perCue, combination.within, combination.inOrder === true);
          if (span === undefined) continue;
          flags.push({ kind: combination.kind, ...span, explanation: combination.explanation });
        }
      }
    }
    return flags;
  };
}
