import { phrasePattern } from './phrasePattern';

/**
 * The patterns the apology checker looks for, kept as data so wording can be tuned without
 * touching the matcher. Each rule names one habit that turns an apology back towards the
 * person apologising; the explanation is what the reader sees beside the highlighted words.
 *
 * The checker is a gentle nudge, not a judge: it prefers missing a borderline phrase to
 * scolding a sincere one, which is why several rules carry exceptions.
 */

export type ApologyFlagKind = 'justifying' | 'misunderstood' | 'minimizing' | 'pity';

export interface ApologyRule {
  kind: ApologyFlagKind;
  /** Global, unicode, case-insensitive; built with `phrasePattern`. */
  pattern: RegExp;
  explanation: string;
}

/** The step whose guidance explains every kind of flag; the UI links each flag there. */
export const APOLOGY_GUIDANCE_STEP_ID = 'bt-3-asking-forgiveness';

/** A single word, apostrophes allowed ("wasn't"), for the gap between "but" and an excuse. */
const ANY_WORD = "\\p{L}+(?:'\\p{L}+)?";

/**
 * After "but", these openings take responsibility rather than dodge it:
 * "I'm sorry, but I understand now why it hurt you" is sincere and stays unflagged.
 */
const SINCERE_AFTER_BUT = [
  'i understand',
  'i now understand',
  'i see now',
  'i now see',
  'i know',
  'that is no excuse',
  "that's no excuse",
  "that's not an excuse",
  'there is no excuse',
  "there's no excuse",
  'nothing excuses',
  'i was wrong',
  'it was wrong',
  'it was my choice',
  'i chose',
  'you deserved',
  'you deserve',
  "you didn't deserve",
  'you did not deserve',
  'you were right',
  "you're right",
  'you are right',
].join('|');

/** After "but", these usually start a reason that moves the weight off the speaker. */
const EXCUSE_AFTER_BUT = [
  'i was',
  'i felt',
  "i didn't mean",
  'i did not mean',
  'i never meant',
  'you',
  'your',
  'it was',
  "it wasn't",
  'we were',
  'the situation',
].join('|');

export const APOLOGY_RULES: readonly ApologyRule[] = [
  // Justifying
  {
    kind: 'justifying',
    // "but", then up to three words, then an excuse opening; never when a sincere opening follows.
    pattern: phrasePattern(
      `but(?!,? (?:${SINCERE_AFTER_BUT})(?![\\p{L}]))(?:,? ${ANY_WORD}){0,3}?,? (?:${EXCUSE_AFTER_BUT})`,
    ),
    explanation:
      'A "but" after sorry can ask your partner to weigh your reasons against their pain, so try letting the apology stand without it.',
  },
  {
    kind: 'justifying',
    // "because you deserve the truth" gives a reason to be honest, not an excuse.
    pattern: phrasePattern('because (?:of )?you(?! (?:deserve|deserved|matter|mean)(?![\\p{L}]))'),
    explanation:
      'Giving your partner a part in the reason can sound as if they share the blame for a choice that was yours.',
  },
  {
    kind: 'justifying',
    pattern: phrasePattern('you made me(?! (?:see|realise|realize|understand|a better)(?![\\p{L}]))'),
    explanation:
      'Saying your partner made you do it hands them the weight of a choice that was yours to make.',
  },
  {
    kind: 'justifying',
    pattern: phrasePattern('i only did (?:it|that|this) because|the only reason i did (?:it|that|this)'),
    explanation: 'Explaining why you did it can wait; right now your partner needs to hear that you own it.',
  },
  {
    kind: 'justifying',
    pattern: phrasePattern("if you (?:hadn't|had not)|if only you (?:hadn't|had not|had)"),
    explanation:
      'Pointing to what your partner could have done differently moves the apology away from what you did.',
  },

  // Claiming the other person misunderstood
  {
    kind: 'misunderstood',
    pattern: phrasePattern("you(?:'ve| have)? misunderst(?:ood|and)|you got it (?:all )?wrong"),
    explanation: 'Telling your partner they misunderstood asks them to doubt what they lived through.',
  },
  {
    kind: 'misunderstood',
    pattern: phrasePattern("that(?:'s not| is not|isn't) (?:what|how it) happened"),
    explanation: 'Arguing over the facts inside an apology turns it into a debate your partner has to win.',
  },
  {
    kind: 'misunderstood',
    pattern: phrasePattern(
      "you(?:'re| are) over-?reacting|you(?:'re| are) making (?:too much of|a big deal)",
    ),
    explanation:
      'Calling the reaction too big tells your partner their feelings are the problem, not what happened.',
  },
  {
    kind: 'misunderstood',
    pattern: phrasePattern("you (?:took|take) it the wrong way|you(?:'re| are) taking it the wrong way"),
    explanation:
      'Saying they took it the wrong way puts the hurt on how they heard it instead of on what you did.',
  },

  // Minimizing or denying the hurt
  {
    kind: 'minimizing',
    pattern: phrasePattern(
      "if (?:you (?:were|felt|are|feel) (?:hurt|upset)|i(?:'ve| have)? (?:hurt|upset) you)",
    ),
    explanation: 'An "if" makes the hurt sound uncertain, and your partner knows that it was real.',
  },
  {
    kind: 'minimizing',
    pattern: phrasePattern(
      "it(?: wasn't| was not|'s not| is not| isn't) (?:that bad|a big deal|such a big deal)",
    ),
    explanation: 'Sizing the harm for your partner leaves them alone with how big it feels to them.',
  },
  {
    kind: 'minimizing',
    pattern: phrasePattern("it (?:didn't|did not) mean anything|it meant nothing|it was nothing(?! like)"),
    explanation:
      'However little it meant to you, it meant a great deal to your partner, and the apology is about that.',
  },
  {
    kind: 'minimizing',
    pattern: phrasePattern("you (?:shouldn't|should not) be (?:so )?upset"),
    explanation:
      'Your partner gets to feel what they feel; an apology makes room for that instead of ruling on it.',
  },

  // Seeking pity
  {
    kind: 'pity',
    pattern: phrasePattern('i had a (?:bad|hard|difficult|rough|terrible) childhood'),
    explanation:
      'Your past may matter, and it deserves its own time; inside an apology it asks your partner to comfort you.',
  },
  {
    kind: 'pity',
    pattern: phrasePattern(
      "i(?:'ve| have) been (?:so|really|very) stressed|i was (?:so|really|very) stressed",
    ),
    explanation:
      'Your stress is real, but in an apology it can sound like a reason your partner should go easier on you.',
  },
  {
    kind: 'pity',
    pattern: phrasePattern('poor me'),
    explanation:
      'Asking for sympathy turns the attention to your pain at the moment your partner needs it on theirs.',
  },
  {
    kind: 'pity',
    pattern: phrasePattern('i feel (?:so )?(?:terrible|awful|bad),? so'),
    explanation: 'How bad you feel can quietly become a request for your partner to let it go.',
  },
  {
    kind: 'pity',
    pattern: phrasePattern(
      "you (?:don't know|do not know|have no idea) how hard (?:it's|it has|this has|it is|this is)(?: been)? (?:for|on) me",
    ),
    explanation:
      'Your struggle matters, and a friend or counsellor can hear it; your apology is the place for theirs.',
  },
];
