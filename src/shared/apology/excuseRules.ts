import type { ApologyRule } from './apologyKinds';
import { anyOf, phrasePattern } from './phrasePattern';

/**
 * The rules for reasons offered and facts disputed: justifying and blaming, and telling the
 * partner they misunderstood. Read with `apologyRules.ts`, which says how a phrase reads and
 * which sentences quiet these rules.
 */

/** A single word, apostrophes allowed ("wasn't"), for the gap between "but" and an excuse. */
const ANY_WORD = "\\p{L}+(?:'\\p{L}+)?";
/** Not straight after a negation: "it wasn't just texting" owns it rather than shrinking it. */
export const NOT_NEGATED = "(?<!(?:n't|not|never|wasn't|isn't) )";
const PARTNER_PRONOUN = '(?:she|he|they)';

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
  "(?:this|it|this letter)(?:'s| is) (?:about|for) you",
  // "I will tell you everything, but only when you want to hear it"
  'only (?:when|if|once|after) you',
  // "I can't sleep either, but that's not your problem to fix"
  "(?:that|it)(?:'s| is) not (?:your|yours)",
  // an honest fact after "but": "it's hard to admit, but it was eleven months"
  'it was (?:\\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|longer|more|worse|me|my|all me)',
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

export const EXCUSE_RULES: readonly ApologyRule[] = [
  // Justifying and blaming
  {
    kind: 'justifying',
    // "but", then up to three words, then an excuse opening; never when a sincere opening follows.
    pattern: phrasePattern(
      `but(?!,? (?:${SINCERE_AFTER_BUT})(?!\\p{L}))(?:,? ${ANY_WORD}){0,3}?,? (?:${EXCUSE_AFTER_BUT})`,
    ),
    explanation:
      'A "but" after sorry can ask your partner to weigh your reasons against their pain, so try letting the apology stand without it.',
  },
  {
    kind: 'justifying',
    // "because you deserve the truth" gives a reason to be honest, not an excuse.
    pattern: phrasePattern('because (?:of )?you(?! (?:deserve|deserved|matter|mean|asked|found)(?!\\p{L}))'),
    explanation:
      'Giving your partner a part in the reason can sound as if they share the blame for a choice that was yours.',
  },
  {
    kind: 'justifying',
    pattern: phrasePattern('you made me(?! (?:see|realise|realize|understand|a better)(?!\\p{L}))'),
    explanation:
      'Saying your partner made you do it hands them the weight of a choice that was yours to make.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      'i only did (?:it|that|this) because',
      'the only reason i did (?:it|that|this)',
      "that(?:'s| is| was) (?:why|how) (?:i|it) (?:looked|went|strayed|did|started|happened|cheated|turned)",
      'which (?:is|was) (?:why|how) (?:i|it) (?:looked|went|strayed|did|started|happened|cheated|turned)',
    ),
    explanation: 'Explaining why you did it can wait; right now your partner needs to hear that you own it.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      "if (?:only )?you(?:'d| had| hadn't| had not| would have| would've| weren't| were not)",
      'if (?:only )?you were (?:there|home|around|more|less|ever|never|nicer|kinder)',
      'you (?:were|are) (?:never|always|hardly ever) (?:home|there|around|working|busy|away|on your phone)',
      "you (?:had )?(?:stopped|never|hadn't|had not|didn't|did not) (?:touching|touched|touch|noticing|noticed|notice|listening|listened|listen|wanting|wanted|paying|paid|making time|made time|showing|showed|checked out)",
      'you had (?:checked|pulled|shut me) out',
      'what did you expect',
      '(?:after|given) (?:the way|how|what) you (?:spoke|talked|treated|said|did|acted|behaved)',
    ),
    explanation: 'Pointing to what your partner did or did not do moves the apology away from what you did.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      "i (?:was|felt|got|had been|have been|'ve been) (?:so |really |very |just |incredibly |terribly )?(?:lonely|alone|neglected|invisible|unwanted|unloved|ignored|starved of)",
      'i needed (?:an escape|to escape|some escape|a way out|someone who|to feel wanted|attention)',
      "i(?:'d| had) been (?:so |really |very )?(?:depressed|unhappy|miserable|low|lost|empty|numb|desperate|struggling|grieving)",
      'i wanted to feel (?:alive|wanted|desired|seen|noticed|special|young|loved|something)',
      '(?:our|the) (?:marriage|relationship|sex life|love life)(?: had| has)?(?: been)? (?:dead|over|dying|broken|empty|cold|loveless|in trouble|falling apart)',
      'i (?:felt|thought) i had nothing to lose',
      'things (?:between us )?(?:had been|have been|were|had got|got) (?:so )?(?:rocky|bad|difficult|hard|distant|cold|strained)',
      'midlife crisis|took advantage of (?:me|my)|(?:knew|saw) i was (?:vulnerable|weak|lonely)',
      'i felt like (?:a|an) (?:lodger|stranger|flatmate|housemate|ghost|outsider|roommate)',
      'you were always (?:putting|choosing|busy|at work|with)',
    ),
    explanation:
      'Loneliness can be real and worth talking about later; as a reason inside the apology it sounds like a permission.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      'i was (?:so |really |very )?(?:stressed|overwhelmed|burnt out|burned out|exhausted|not myself|not thinking straight)',
      "i(?:'ve| have) been (?:so |really |very )?(?:stressed|overwhelmed)",
      'i was under (?:so much |a lot of |huge |enormous )?(?:pressure|stress)',
      '(?:work|the stress|stress|the pressure|pressure|my job) (?:was|had been|got) (?:crushing|killing|too much|overwhelming|unbearable)',
      'i stopped thinking straight',
    ),
    explanation:
      'Stress explains how you felt, not what you chose, and in an apology it can sound like a reason to go easier on you.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      "i(?:'d| had) (?:had )?(?:too much|a lot|far too much) to drink",
      'i was (?:so |really |very )?(?:drunk|wasted|high|tipsy|out of it)',
      'because i was (?:drinking|drunk|high)',
      '(?:the )?(?:alcohol|drink|drinking|booze) (?:made|got|took|talking)',
      'it was the (?:alcohol|drink|drinking|booze)',
      'things got out of hand',
      'it just happened',
    ),
    explanation:
      'Drink or a moment that "just happened" can sound as if the choice made itself, and your partner knows it did not.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      `${PARTNER_PRONOUN} (?:kept|wouldn't stop|would not stop|never stopped) (?:messaging|texting|calling|chasing|pursuing|flirting|pushing|coming on)`,
      `${PARTNER_PRONOUN} (?:pursued|chased|seduced|came on to|threw (?:herself|himself|themselves) at) me`,
      `${PARTNER_PRONOUN} (?:made the first move|started it|wouldn't take no)`,
      "i (?:gave in|was weak|couldn't resist|could not resist|couldn't say no)",
      `you know how ${PARTNER_PRONOUN} (?:is|was|can be)`,
      `${PARTNER_PRONOUN} (?:doesn't|does not|didn't|did not|wouldn't|would not|won't) take no`,
    ),
    explanation:
      'However hard the other person pushed, the choice was yours, and your partner needs to hear you say so.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      "(?:anyone|anybody)(?: else)? (?:would have|would've|could have|in my (?:position|shoes))",
      "any (?:man|woman|person|husband|wife|partner)(?: in my (?:position|shoes))? would(?: have|'ve)",
      "who wouldn't have",
      'you pushed me (?:away|to it|into it)',
      "(?:any|a) (?:normal|sane|reasonable|ordinary) (?:person|man|woman) would(?: have|'ve)?",
      "would(?: have|'ve) (?:cracked|broken|given in|strayed|snapped) under",
      'under (?:that|this|such|the) (?:kind of |amount of |much )?(?:strain|pressure|stress)',
    ),
    explanation:
      'Saying anyone would have done the same spreads the choice so thin that nobody seems to have made it.',
  },

  // "You misunderstood" and denial
  {
    kind: 'misunderstood',
    pattern: anyOf(
      "you(?:'ve| have)? misunderst(?:ood|and)",
      "you(?:'ve| have)? got (?:it|this|the wrong idea|the wrong end)",
      "you(?:'re| are) (?:reading too much|imagining (?:it|things|this)|remembering it wrong|twisting)",
      "you(?:'re| are) making (?:this|it) (?:into )?something it",
      "you(?:'re| are) being (?:paranoid|dramatic|hysterical|ridiculous|crazy|jealous|insecure)",
      "it(?:'s| is) (?:all )?in your head",
      "it(?:'s| is) not what it (?:looks|looked|seems) like",
      "(?:not|isn't|wasn't|don't mean|doesn't mean|didn't mean) what you (?:think|thought|imagine|assume)",
      "you(?:'ve| have)? jump(?:ed|ing)? to conclusions",
      "you(?:'re| are) (?:so )?(?:convinced|sure) (?:something|that something|it)",
      "you(?:'re| are) (?:so |too |just )?(?:sensitive|suspicious|insecure|jealous|paranoid)",
      'you see things that',
      'in your imagination',
      "you know (?:that(?:'s| is)|it(?:'s| is)|it was) (?:not|n't) true|you know that(?:'s| is)n't true",
      '(?:built|blown|worked) (?:this|it) up in your (?:mind|head)',
      'treating me like (?:a|some) (?:criminal|monster|liar)',
      '(?:only )?(?:saw|see|know|heard) one side',
    ),
    explanation:
      'Telling your partner they have it wrong asks them to doubt what they saw and lived through.',
  },
  {
    kind: 'misunderstood',
    pattern: anyOf(
      "that(?:'s not| is not|isn't) (?:what|how it) happened",
      'nothing (?:ever )?happened(?! between us that)',
      'there was nothing going on',
      'i never said that',
    ),
    explanation: 'Arguing over the facts inside an apology turns it into a debate your partner has to win.',
  },
  {
    kind: 'misunderstood',
    pattern: anyOf(
      "you(?:'re| are) over-?reacting",
      "you(?:'re| are|'ve| have) (?:making (?:too much of|a big deal)|blown (?:this|it)(?: \\p{L}+)? out of proportion|blowing (?:this|it) out of proportion)",
      'out of (?:all )?proportion',
      "you (?:took|take) it the wrong way|you(?:'re| are) taking it the wrong way",
    ),
    explanation:
      'Calling the reaction too big tells your partner their feelings are the problem, not what happened.',
  },
];
