import { combinationMatcher, type CueCombination } from './clauseCombinations';
import { REASON_CUES } from './cueWords';
import { FEELING_CUES } from './cueWordsFeelings';

/**
 * Which cues, found together, make each habit. One line of the table reads as a sentence:
 * "a cause word and a circumstance in one clause, unless the sentence sets the reason aside,
 * is justifying". The explanations are what the reader sees beside the highlight.
 */

const CUES = { ...REASON_CUES, ...FEELING_CUES };
type CueName = keyof typeof CUES;

export const CUE_COMBINATIONS: readonly CueCombination<CueName>[] = [
  // Justifying and blaming
  {
    kind: 'justifying',
    all: ['cause', 'circumstance'],
    within: 14,
    unless: ['owningTheReason'],
    explanation:
      'Set beside what you did, how things were for you can sound like the reason it was allowed; it may be worth telling a counsellor, and your partner needs to hear that the choice was yours.',
  },
  {
    kind: 'justifying',
    all: ['cause', 'partnerCause'],
    within: 14,
    unless: ['owningTheReason'],
    explanation:
      'Giving your partner, or the other person, a part in the reason can sound as if they share the blame for a choice that was yours.',
  },
  {
    kind: 'justifying',
    all: ['circumstance', 'partnerCause'],
    within: 8,
    unless: ['owningTheReason'],
    explanation: 'Pointing to what your partner did or did not do moves the apology away from what you did.',
  },
  {
    kind: 'justifying',
    all: ['result', 'circumstance'],
    within: 30,
    scope: 'sentence',
    unless: ['owningTheReason'],
    explanation:
      'Told as the result of how things were, the choice can sound as if it made itself; your partner needs to hear that it was yours.',
  },
  {
    kind: 'justifying',
    all: ['result', 'partnerCause'],
    within: 30,
    scope: 'sentence',
    unless: ['owningTheReason'],
    explanation:
      'Told as the result of what your partner did or said, the choice can sound like theirs; it was yours to make.',
  },
  {
    kind: 'justifying',
    all: ['itJustHappened'],
    scope: 'sentence',
    unless: ['owningTheReason'],
    explanation:
      'Telling it as something that happened to you can sound as if the choice made itself, and your partner knows it did not.',
  },
  {
    kind: 'justifying',
    all: ['relationshipBad'],
    scope: 'sentence',
    unless: ['owningTheReason'],
    explanation:
      'How the relationship was may be worth talking about later, together; set beside the act it can sound like the reason it was allowed.',
  },
  {
    kind: 'justifying',
    all: ['neglectedMe'],
    scope: 'sentence',
    unless: ['owningTheReason'],
    explanation:
      'What you were missing may be worth talking about later, together; set beside the act it can sound like the reason it was allowed.',
  },
  {
    kind: 'justifying',
    all: ['myState'],
    unless: ['owningTheReason'],
    explanation:
      'How you felt may be worth telling a counsellor, but set beside the act it can sound like the reason it was allowed.',
  },
  {
    kind: 'justifying',
    all: ['everyone', 'wouldHave'],
    within: 12,
    scope: 'sentence',
    unless: ['owningTheReason'],
    explanation:
      'Saying others would have done the same spreads the choice so thin that nobody seems to have made it.',
  },

  // "You misunderstood" and denial
  {
    kind: 'misunderstood',
    all: ['partnerSubject', 'perceptionWrong'],
    within: 14,
    inOrder: true,
    scope: 'sentence',
    unless: ['perceptionOwned'],
    explanation:
      'Telling your partner they have it wrong asks them to doubt what they saw and lived through.',
  },
  {
    kind: 'misunderstood',
    all: ['accuserBlamed'],
    scope: 'sentence',
    unless: ['perceptionOwned'],
    explanation:
      'Turning to the person who told your partner, instead of to what happened, asks your partner to doubt what they know.',
  },
  {
    kind: 'misunderstood',
    all: ['alibi'],
    scope: 'sentence',
    unless: ['perceptionOwned'],
    explanation: 'Arguing over the facts inside an apology turns it into a debate your partner has to win.',
  },
  {
    kind: 'misunderstood',
    all: ['flatDenial'],
    unless: ['perceptionOwned'],
    explanation: 'Arguing over the facts inside an apology turns it into a debate your partner has to win.',
  },
  {
    kind: 'misunderstood',
    all: ['evidence', 'innocentReading'],
    within: 16,
    scope: 'sentence',
    unless: ['perceptionOwned'],
    explanation:
      'Explaining away what your partner found turns the apology into a debate about the facts, which they should not have to win.',
  },

  // Minimising
  {
    kind: 'minimizing',
    all: ['diminisher', 'actSize'],
    within: 4,
    inOrder: true,
    unless: ['smallOwned'],
    explanation:
      'Words that shrink what happened, however true they feel, can sound like asking your partner to hurt less.',
  },
  {
    kind: 'minimizing',
    all: ['everyone', 'commonThing'],
    within: 12,
    scope: 'sentence',
    unless: ['smallOwned'],
    explanation:
      'However ordinary it looks beside other people, it is as big as it feels to your partner, and the apology is about that.',
  },
  {
    kind: 'minimizing',
    all: ['smallOnItsOwn'],
    scope: 'sentence',
    unless: ['smallOwned'],
    explanation:
      'However small it looks beside other things, it is as big as it feels to your partner, and the apology is about that.',
  },

  // Pity
  {
    kind: 'pity',
    all: ['selfSuffering'],
    unless: ['partnerFocus'],
    unlessInClause: ['partnerPain'],
    explanation:
      'How much you are suffering matters, and a friend or counsellor can hear it; in the apology it can quietly ask your partner to look after you.',
  },

  // The non-apology
  {
    kind: 'non-apology',
    all: ['sorry', 'sorryForTheWrongThing'],
    within: 16,
    scope: 'sentence',
    unless: ['sorryForTheAct'],
    explanation:
      'Being sorry for how it landed, or for "any" or "whatever" part, is different from being sorry for what you did.',
  },

  {
    kind: 'non-apology',
    all: ['blameShared'],
    scope: 'sentence',
    unless: ['sorryForTheAct'],
    explanation:
      'Words that share the blame out, or leave nobody doing anything, let the apology slip past what you did.',
  },

  {
    kind: 'non-apology',
    all: ['neverMeant'],
    unless: ['sorryForTheAct'],
    explanation:
      'What you meant matters less to your partner right now than what you did; the apology is for the act, not the intention.',
  },

  // Pressure for closure
  {
    kind: 'closure',
    all: ['doneEnough'],
    scope: 'sentence',
    unless: ['yourChoice'],
    explanation:
      'Counting the apologies already made can close a door your partner still needs open; how much is enough is theirs to say.',
  },
  {
    kind: 'closure',
    all: ['reopeningBlamed'],
    scope: 'sentence',
    unless: ['yourChoice'],
    explanation:
      'Talking about it is how your partner heals; when bringing it up is treated as the problem, they learn to keep the hurt to themselves.',
  },
  {
    kind: 'closure',
    all: ['closureAct', 'pressure'],
    within: 20,
    scope: 'sentence',
    unless: ['yourChoice'],
    explanation:
      "Putting time or pressure on the ending tells your partner their hurt has a limit set by you; when it ends is theirs to say.",
  },
];

/** Finds every combination in a draft, in no particular order (the checker sorts them). */
export const findCueCombinations = combinationMatcher(CUES, CUE_COMBINATIONS);
