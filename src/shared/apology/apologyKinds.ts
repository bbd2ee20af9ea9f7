/**
 * The habits the apology checker names. Each kind has a short name the reader sees beside a
 * highlight; the rules in `apologyRules.ts` explain, in one sentence each, why the exact words
 * they caught tend to undo an apology.
 */

export const APOLOGY_FLAG_KINDS = [
  'justifying',
  'misunderstood',
  'minimizing',
  'pity',
  'non-apology',
  'closure',
] as const;

export type ApologyFlagKind = (typeof APOLOGY_FLAG_KINDS)[number];

export interface ApologyKindInfo {
  /** A few words for the highlight and the list, e.g. "Making the hurt smaller". */
  label: string;
}

export const APOLOGY_KIND_INFO: Record<ApologyFlagKind, ApologyKindInfo> = {
  justifying: {
    label: 'Explaining it away',
  },
  misunderstood: {
    label: 'Saying they got it wrong',
  },
  minimizing: {
    label: 'Making it smaller',
  },
  pity: {
    label: 'Asking for sympathy',
  },
  'non-apology': {
    label: 'Not quite an apology',
  },
  closure: {
    label: 'Hurrying the ending',
  },
};

/** Shown once, below the draft and not as a flag, when the draft never says what was done. */
export const NAMES_NO_ACT_NOTE =
  'This draft does not yet say what you did. Naming it plainly, in your own words, is often the part your partner most needs to hear.';

export interface ApologyRule {
  kind: ApologyFlagKind;
  /** Global, unicode, case-insensitive; built with `phrasePattern` or `anyOf`. */
  pattern: RegExp;
  /** One calm sentence about the words this rule caught. */
  explanation: string;
}
