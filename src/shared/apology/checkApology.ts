import { APOLOGY_RULES, type ApologyFlagKind, type ApologyRule } from './apologyRules';

export type { ApologyFlagKind } from './apologyRules';

/** One phrase in a draft apology that tends to undo it, with where it sits in the draft. */
export interface ApologyFlag {
  kind: ApologyFlagKind;
  /** UTF-16 offsets into the checked text, `end` exclusive, so `text.slice(start, end) === match`. */
  start: number;
  end: number;
  match: string;
  explanation: string;
}

/**
 * Finds phrases in a draft apology that justify, tell the partner they misunderstood,
 * shrink the hurt, or ask for pity. Pure and offline: the draft never leaves this function.
 *
 * Flags come back in reading order. Two rules of the same kind can catch overlapping words
 * ("I only did it because you..."); the reader gets one highlight there, not two.
 */
export function checkApology(text: string, rules: readonly ApologyRule[] = APOLOGY_RULES): ApologyFlag[] {
  const found: ApologyFlag[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      found.push({
        kind: rule.kind,
        start,
        end: start + match[0].length,
        match: match[0],
        explanation: rule.explanation,
      });
    }
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);

  const kept: ApologyFlag[] = [];
  const lastEndByKind = new Map<ApologyFlagKind, number>();
  for (const flag of found) {
    const lastEnd = lastEndByKind.get(flag.kind);
    if (lastEnd !== undefined && flag.start < lastEnd) continue;
    kept.push(flag);
    lastEndByKind.set(flag.kind, flag.end);
  }
  return kept;
}
