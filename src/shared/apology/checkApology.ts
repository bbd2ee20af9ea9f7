import type { ApologyFlagKind } from './apologyKinds';
import { APOLOGY_RULES, SENTENCE_EXCEPTIONS, type ApologyRule } from './apologyRules';

export type { ApologyFlagKind } from './apologyKinds';

/** One phrase in a draft apology that tends to undo it, with where it sits in the draft. */
export interface ApologyFlag {
  kind: ApologyFlagKind;
  /** UTF-16 offsets into the checked text, `end` exclusive, so `text.slice(start, end) === match`. */
  start: number;
  end: number;
  match: string;
  explanation: string;
}

/** Sentence ends: a full stop, question mark, exclamation mark or a line break. */
const SENTENCE_END = /[.!?\n]/;

/** The sentence around `[start, end)`, so an exception can look at the whole of it. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to += 1;
  return text.slice(from, to);
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
export function checkApology(text: string, rules: readonly ApologyRule[] = APOLOGY_RULES): ApologyFlag[] {
  const found: ApologyFlag[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (excused(rule.kind, sentenceAround(text, start, end))) continue;
      found.push({ kind: rule.kind, start, end, match: match[0], explanation: rule.explanation });
    }
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
