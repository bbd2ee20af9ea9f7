/**
 * Word classes for the shape rules (`shapeRules.ts`): a rule says "a softener, then an act"
 * instead of listing every pairing, so it recognises the ones nobody wrote down. Each class
 * is a piece of pattern text for `phrasePattern` (a space matches any whitespace, `'` either
 * apostrophe).
 */

/** Any one word, apostrophes allowed ("wasn't", "Jess's"). */
export const WORD = "\\p{L}+(?:'\\p{L}+)?";

/** Up to `n` words (and commas) in between, e.g. "I did it, honestly, because". */
export const GAP = (n: number): string => `(?:,? ${WORD}){0,${n}}?,?`;

/**
 * Words that only turn the volume up or down ("way too much", "completely misunderstood",
 * "honestly just"); any run of them may stand between the parts of a shape.
 */
export const SOFT =
  '(?:(?:so|really|very|way|far|much|just|completely|totally|utterly|absolutely|honestly|literally|actually|basically|kind of|sort of|a bit|a little|too|all|even|ever|still|already|clearly|obviously|simply|genuinely|seriously|properly|quite),? )*';

/** The person apologising's partner, or the people around them, as the subject of a sentence. */
export const OTHERS = '(?:you|she|he|they|your \\p{L}+|my \\p{L}+|her|his)';

/** The other person in the affair, as the subject. */
export const THIRD = '(?:she|he|they)';

/** A negation straight before: "not", "never", "n't", "no". Used in lookbehinds. */
export const NOT_BEFORE = "(?<!(?:n't|not|never|no|nor|wasn't|isn't|won't|didn't|doesn't) )";

/**
 * The act itself, small: what a minimising sentence says it "only" was. "just the once",
 * "only a few messages", "purely emotional", "mostly talking on the phone".
 */
export const SMALL_ACTS =
  '(?:the once|once|twice|one time|one night|the one time|a (?:few|couple(?: of)?|handful of) \\p{L}+|a little|a bit(?: of \\p{L}+)?|texts?|texting|messages?|messaging|chats?|chatting|talking|talk|flirting|flirty|a flirt|a kiss|kissing|one kiss|a hug|coffee|lunch(?:es)?|drinks?|a drink|dinner|a crush|a fling|a phase|a mistake|a moment|fun|a bit of fun|harmless|innocent|friends|friendly|mates|emotional|online|physical|sex|words|a game|nothing|banter|a laugh|(?:a|one) (?:stupid|silly|drunken|meaningless) (?:\\p{L}+))';

/** Words that make the softener: "just", "only", "merely", "purely", "mostly", "nothing but". */
export const SMALL_WORD =
  '(?:just|only|merely|purely|mostly|mainly|largely|simply|basically|nothing but|no more than)';

/** What a person says they suffer, when the sentence turns the hurt towards themselves. */
export const HARD_FOR_ME =
  '(?:hell|hard|awful|torture|a nightmare|agony|horrible|brutal|tough|difficult|terrible|unbearable|miserable|painful|exhausting|a living hell|the worst)';

/** The closure the sentence asks for: moving on, dropping it, being past it, forgiving. */
export const CLOSURE_ACT =
  '(?:move(?:d)? on|moving on|drop(?:ped)? (?:it|this|that)|let (?:it|this|that) go|letting (?:it|this) go|(?:start )?letting go|get (?:over|past) (?:it|this|that)|be (?:over|past|done with) (?:it|this|that)|put (?:it|this|that|all this)(?: all)? behind us|forgive (?:me|and forget)|forget (?:about )?(?:it|this|that)|stop(?:ped)? (?:talking about|bringing (?:it|this) up|going on about|mentioning|asking about|punishing me|dwelling)|bring (?:it|this|that) up|mention (?:it|this|that|her|him)|go over (?:it|this)|get back to (?:normal|how (?:things|we) were|the way (?:things|we) were|being us)|be (?:normal|happy|us|okay|ok|fine) again|(?:have|get) (?:a |one )?normal (?:week|day|evening|weekend|night|life)|get on with (?:our|my|your) lives?|stop)';

/** A day or season set for healing: "by Christmas", "by the end of the month", "before summer". */
export const DEADLINE =
  '(?:by|before|within) (?:the end of )?(?:the |this |next |a |one |two |three |six )?(?:christmas|new year|easter|summer|spring|autumn|winter|holidays?|birthday|anniversary|wedding|weekend|week|weeks|month|months|year|years|baby|(?:your|my|our) \\p{L}+)';
