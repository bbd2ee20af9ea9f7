import { z } from 'zod';
import type { SafetyQuestion } from './content';
import { DAY_MS } from './dates';

/**
 * The safety check's answers and what follows from them. The answers live only in the
 * renderer's form and in the one call that decides whether to show the kind screen: main
 * stores the date the check was done, never an answer.
 */

export const SafetyAnswer = z.enum(['yes', 'no', 'prefer-not']);
export type SafetyAnswer = z.infer<typeof SafetyAnswer>;

/** The words each answer is shown with, in the order the form offers them. */
export const SAFETY_ANSWER_WORDS: Readonly<Record<SafetyAnswer, string>> = {
  yes: 'Yes',
  no: 'No',
  'prefer-not': 'Prefer not to say',
};

/**
 * Whether the kind screen comes next: after any yes, and after "prefer not to say" on a
 * question where not saying may itself mean "not safe to say" (violence, fear).
 */
export function safetyCheckNeedsCare(
  questions: readonly Pick<SafetyQuestion, 'id' | 'preferNotIsConcern'>[],
  answers: Readonly<Record<string, SafetyAnswer>>,
): boolean {
  return questions.some((question) => {
    const answer = answers[question.id];
    return answer === 'yes' || (answer === 'prefer-not' && question.preferNotIsConcern);
  });
}

/** After this long, the program offers the check again, once, gently. */
export const SAFETY_CHECK_REOFFER_DAYS = 28;

/**
 * Whether to offer the check again: done more than the re-offer period ago, and not put off
 * ("Not now") within that period either.
 */
export function safetyCheckReofferDue(
  doneAt: number | null,
  postponedAt: number | null,
  now: number,
): boolean {
  if (doneAt === null) return false;
  const since = Math.max(doneAt, postponedAt ?? 0);
  return now - since >= SAFETY_CHECK_REOFFER_DAYS * DAY_MS;
}
