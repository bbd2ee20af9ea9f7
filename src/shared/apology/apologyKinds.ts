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
  /**
   * What the learned detector says when it, and no rule, flags a sentence of this kind. It is a
   * guess from the wording, so it says "reads like" and leaves the judgement with the writer.
   */
  readsLike: string;
}

export const APOLOGY_KIND_INFO: Record<ApologyFlagKind, ApologyKindInfo> = {
  justifying: {
    label: 'Explaining it away',
    readsLike:
      'This sentence reads like an explanation of why it happened. Reasons can come later, if your partner asks for them; inside an apology they tend to sound like an excuse.',
  },
  misunderstood: {
    label: 'Saying they got it wrong',
    readsLike:
      'This sentence reads like it tells your partner they have it wrong. Even where the details differ, the hurt they describe is real, and starting there helps more.',
  },
  minimizing: {
    label: 'Making it smaller',
    readsLike:
      'This sentence reads like it makes what happened smaller. Letting it be as big as it was for your partner is part of the apology.',
  },
  pity: {
    label: 'Asking for sympathy',
    readsLike:
      'This sentence reads like it turns the attention to how hard this is for you. Your pain is real; here it may ask your partner to look after you instead.',
  },
  'non-apology': {
    label: 'Not quite an apology',
    readsLike:
      'This sentence reads like an apology that does not yet own what you did. Saying plainly what you did, and that you are sorry for it, lands better.',
  },
  closure: {
    label: 'Hurrying the ending',
    readsLike:
      'This sentence reads like it asks your partner to be done with it. Healing keeps its own time, and your partner is the one who sets it.',
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
