import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/**
 * How hard a new passphrase is to guess, from zxcvbn-ts (a maintained port of Dropbox's
 * estimator): it knows tens of thousands of common passwords, names and words, keyboard
 * patterns, dates, repeats and l33t, which a length-and-variety rule cannot. The renderer
 * shows the words and colour; main refuses the weakest (`vault.create`, passphrase changes),
 * because Argon2id slows each guess but cannot save "password1", which is guessed first.
 */

export type StrengthScore = 0 | 1 | 2 | 3 | 4;
/** The colour family the meter and the words share: never green for a weak passphrase. */
export type StrengthTone = 'weak' | 'fair' | 'strong';

export interface Strength {
  score: StrengthScore;
  label: string;
  /** One sentence: why it is weak and what to do, or a calm confirmation. */
  hint: string;
  tone: StrengthTone;
  /** Whether Mend accepts it: at least 8 characters and a score of MIN_SCORE or more. */
  acceptable: boolean;
}

/** zxcvbn's 2: "somewhat guessable", safe from an offline attack slowed by Argon2id. */
export const MIN_SCORE = 2;
export const MIN_LENGTH = 8;

const LABELS: Record<StrengthScore, string> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Good',
  4: 'Strong',
};
const TONES: Record<StrengthScore, StrengthTone> = {
  0: 'weak',
  1: 'weak',
  2: 'fair',
  3: 'strong',
  4: 'strong',
};

let factory: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

export async function passphraseStrength(passphrase: string): Promise<Strength> {
  if (passphrase.length === 0)
    return {
      score: 0,
      label: 'Empty',
      hint: 'Choose a passphrase only you know.',
      tone: 'weak',
      acceptable: false,
    };
  if ([...passphrase].length < MIN_LENGTH)
    return {
      score: 0,
      label: 'Too short',
      hint: `Use at least ${MIN_LENGTH} characters; a few unusual words are easiest to remember.`,
      tone: 'weak',
      acceptable: false,
    };
  const result = await estimator().check(passphrase);
  const score = result.score as StrengthScore;
  const acceptable = score >= MIN_SCORE;
  const reason = result.feedback.warning;
  const suggestion = result.feedback.suggestions[0];
  const hint = acceptable
    ? score === 2
      ? 'Mend accepts it. Another unusual word would make it stronger.'
      : 'A good passphrase. Keep it in your head, not on a note by the computer.'
    : `${reason ?? 'This would be guessed quickly.'} ${suggestion ?? 'Add a few more words that are less common.'}`;
  return { score, label: LABELS[score], hint, tone: TONES[score], acceptable };
}
