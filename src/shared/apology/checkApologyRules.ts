import type { ApologyFlagKind } from './apologyKinds';
import { APOLOGY_RULES, SENTENCE_EXCEPTIONS, type ApologyRule } from './apologyRules';
import { findCueCombinations } from './cueCombinationRules';

/** One phrase in a draft apology that tends to undo it, with where it sits in the draft. */
export interface ApologyFlag {
  kind: ApologyFlagKind;
  /** UTF-16 offsets into the checked text, `end` exclusive, so `text.slice(start, end) === match`. */
  start: number;
  end: number;
  match: string;
  explanation: string;
  /** `rule` for a hand-written rule; `model` for the learned detector's guess on a sentence no rule flagged. */
  source: 'rule' | 'model';
}

/** Sentence ends: a full stop, question mark, exclamation mark or a line break. */
const SENTENCE_END = /[.!?\n]/;

/** Where the sentence around `[start, end)` begins and ends. */
function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to += 1;
  return { start: from, end: to };
}

/** The sentence around `[start, end)`, so an exception can look at the whole of it. */
function sentenceAround(text: string, start: number, end: number): string {
  const span = sentenceSpan(text, start, end);
  return text.slice(span.start, span.end);
}

function excused(kind: ApologyFlagKind, sentence: string): boolean {
  const exception = SENTENCE_EXCEPTIONS[kind];
  if (exception === undefined) return false;
  exception.lastIndex = 0;
  return exception.test(sentence);
}

/**
 * Finds phrases in a draft apology that justify or blame, say the partner misunderstood,
 * shrink the hurt, ask for pity, only sound like an apology, or press for closure. Pure and
 * offline: the draft never leaves this function.
 *
 * Flags come back in reading order. Two rules can catch overlapping words ("I only did it
 * because you..."); the reader gets one highlight there, the first and longest, so the
 * highlights inside the draft never sit on top of each other.
 */
export function checkApologyRules(
  text: string,
  rules: readonly ApologyRule[] = APOLOGY_RULES,
): ApologyFlag[] {
  const found: ApologyFlag[] = [];
  const add = (kind: ApologyFlagKind, start: number, end: number, explanation: string): void => {
    if (excused(kind, sentenceAround(text, start, end))) return;
    found.push({ kind, start, end, match: text.slice(start, end), explanation, source: 'rule' });
  };
  for (const rule of rules) {
    for (const match of text.matchAll(rule.pattern)) {
      add(rule.kind, match.index, match.index + match[0].length, rule.explanation);
    }
  }
  // Combinations of broad cues within a clause, for wordings no phrase rule has met. Where a
  // phrase rule already named this habit in the sentence, its words stay the highlight.
  const byPhrase = [...found];
  for (const flag of findCueCombinations(text)) {
    const sentence = sentenceSpan(text, flag.start, flag.end);
    const named = byPhrase.some(
      (other) => other.kind === flag.kind && other.start < sentence.end && sentence.start < other.end,
    );
    if (!named) add(flag.kind, flag.start, flag.end, flag.explanation);
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);

  const kept: ApologyFlag[] = [];
  let lastEnd = -1;
  for (const flag of found) {
    if (flag.start < lastEnd) continue;
    kept.push(flag);
    lastEnd = flag.end;
  }
  return kept;
}
