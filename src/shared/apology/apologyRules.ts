import type { ApologyFlagKind, ApologyRule } from './apologyKinds';
import { EXCUSE_RULES, NOT_NEGATED } from './excuseRules';
import { anyOf, phrasePattern } from './phrasePattern';
import { FEELING_SHAPES } from './feelingShapes';
import { REASON_SHAPES } from './reasonShapes';

/**
 * The phrases the apology checker looks for, kept as data so wording can be tuned without
 * touching the matcher. Each rule names one habit that turns an apology back towards the
 * person apologising; its explanation is what the reader sees beside the highlighted words.
 *
 * The checker is a gentle nudge, not a judge: it prefers missing a borderline phrase to
 * scolding a sincere one. That is why several rules carry exceptions, and why a whole
 * sentence that owns the choice ("I was lonely, but that is no excuse") quiets the rules
 * that would otherwise read it as an excuse (`SENTENCE_EXCEPTIONS`).
 *
 * Reading a phrase: a space matches any whitespace, `'` matches either apostrophe, and the
 * phrase must sit on word boundaries (see `phrasePattern`). `(?:a|b)` is a choice, `?` makes
 * the thing before it optional.
 */

export type { ApologyFlagKind, ApologyRule } from './apologyKinds';

/** The step whose guidance explains every kind of flag; the UI links each flag there. */
export const APOLOGY_GUIDANCE_STEP_ID = 'bt-3-asking-forgiveness';

/**
 * Sentences that own the choice outright. A rule of the kinds listed never flags words in a
 * sentence that also says one of these: the reason is named and then set aside, which is
 * what an honest apology does.
 */
export const SENTENCE_EXCEPTIONS: Partial<Record<ApologyFlagKind, RegExp>> = {
  // "I was lonely, but that's no excuse"; "I'm sorry because I lied, not because I was caught"
  justifying: anyOf(
    // "no excuse" sets a reason aside, unless a "but" brings it back: "it's not an excuse, but..."
    'no excuse(?!,? but)',
    'not an excuse(?!,? but)',
    "(?:doesn't|does not|didn't|did not) excuse",
    'not (?:the|a) reason',
    "(?:isn't|wasn't|is not|was not) (?:the|a|my) reason",
    'never (?:a|the|any) reason|no reason',
    "(?:isn't|is not|wasn't|was not) why",
    "that(?:'s| is) on me",
    'my choice',
    'i chose',
    'i knew what i was doing',
    'not because',
    "(?:you're|you are|you were) the one (?:who|that)(?:'s| has| is| was)? (?:been )?(?:hurt|hurting|suffering|betrayed|wronged|lied to)",
    '(?:no one|nobody|nothing) (?:else )?(?:is|was) to blame',
    'nothing about (?:it|that|this|us) made',
    "(?:not going to|won't|will not|refuse to) hide behind",
    "(?:wasn't|was not|isn't|is not|was never|never) your fault",
    'wrong of me',
    'i (?:still |also )?(?:chose|said yes|let (?:it|myself)|allowed (?:it|myself))',
    "(?:didn't|did not|doesn't|does not) make me",
    'i (?:encouraged|invited|welcomed|wanted|went along with) (?:it|her|him|them)',
    "i(?:'m| am| was) the (?:one|person) who (?:chose|went|did|lied|started|kept|decided|broke|cheated|pursued|looked)",
    'even if i',
    "(?:this|it|this letter)(?:'s| is) (?:about|for) you",
    // "we can decline if you'd rather" offers a choice; "better off without me" is a moment for the
    // crisis line, never for a note about excuses
    "if you(?:'d| would) (?:rather|like|prefer|want)|better off without me",
    // "I was drunk, and that's not why it happened; I'd planned it"
    "(?:that's|that is|it's|it is|this is) not why|i(?:'d| had) planned",
    // "Anyone would be hurt by what I did"
    '(?:anyone|anybody|everyone|any \\p{L}+) would (?:be|feel) (?:\\p{L}+ )?(?:hurt|angry|devastated|furious|upset|broken|betrayed)',
    // "I was lonely, and the honest thing would have been to tell you"
    '(?:the )?(?:honest|right|decent) thing (?:would have been|was|to do)|should have (?:told|talked to|come to|asked)',
    // "I felt lonely, and instead of telling you I went behind your back"
    'instead of (?:telling|talking to|coming to|asking)',
    // "Blaming the booze would be easy, but I was sober enough to know"
    'blaming (?:it on )?(?:the|my|your|it)(?: \\p{L}+)? would be|sober enough',
    // "Just because you've stopped crying doesn't mean I think you're over it"
    "just because(?=.*(?:doesn't|does not|don't|do not|won't|will not) mean)",
  ),
  // "I made you doubt your own instincts, and that was cruel"; "you didn't misunderstand anything"
  misunderstood: anyOf(
    'i (?:told|convinced|made|let) you (?:that )?(?:you|think|believe|feel|doubt)',
    'that was (?:cruel|wrong|unfair|a lie|not true)',
    // "I said you were paranoid" owns it; "I said I was at Tom's" is the defence itself
"(?<!(?:like|as) )i (?:pretended|claimed|insisted|said|called you)(?! (?:i|i'd|i was|that i)(?![a-z]))",
    "you (?:didn't|did not|never) (?:misunderstand|misread|imagine)",
    'you (?:were|are) right',
    "(?:never|won't|will not|not) (?:again )?(?:tell|say|call|accuse)",
    'i (?:was lying|lied|was hiding|hid)',
  ),
  // "It wasn't just texting"; "Just because it didn't get physical doesn't make it any less"
  minimizing: anyOf(
    "(?:doesn't|does not|didn't|did not|won't|will not) make (?:it|this|that) (?:any )?(?:less|smaller|better|ok|okay|right|alright)",
    "(?:won't|will not|can't|cannot|i(?:'m| am) not going to|refuse to|never will) (?:say|pretend|claim|tell you)",
    "(?:doesn't|does not) matter how (?:long|often|far|much|little)",
    "(?:doesn't|does not|didn't|did not) matter (?:that|if|whether)",
    // "I kept telling you it was nothing, and it was everything"
    'i (?:kept |keep )?(?:told|telling|said|saying) (?:you )?(?:it|that|she|he) was',
    // "it hurt you when I called it just texting": the writer owns having shrunk it
    '(?:i|when i) (?:called|call) (?:it|this|that)|i (?:said|told you|claimed|pretended|let you (?:think|believe)) (?:it|that) was',
    // "I treated your trust like it meant nothing"
    '(?:like|as if|as though) (?:it|that|you|your \\p{L}+) meant nothing',
    // "that is nothing compared to what reading it will cost you": the comparison favours the partner
'compared (?:to|with) (?:what|how) (?:\\p{L}+ ){0,3}(?:cost|costs|will cost|puts|put|is doing to|has done to|does to|must feel to) you|compared (?:to|with) (?:what|how) you(?:\'re| are| must| have|\'ve| feel| felt)',
  ),
  // "I feel ashamed, but this letter is about what I did to you, not how I feel"
  pity: anyOf(
    '(?:this letter|this|my apology|it) is about (?:you|what i did)',
    'not (?:about )?how i feel',
    "my feelings (?:can wait|don't matter|do not matter|are not the point)",
    'not (?:asking|looking) for (?:sympathy|pity)',
    '(?:not|never) make it your job|not your job to',
    'not (?:your|yours) (?:problem|job|burden|worry)',
    // "I lie awake knowing I did this to you, and I know it's nothing next to what you feel"
    '(?:nothing|small) (?:next to|compared to|compared with|beside) (?:what|how) you|i did (?:this|that|it) to you',
    '(?:mine|my (?:problem|job|burden|own)) to (?:deal with|carry|handle|sort out|bear)|not yours to (?:carry|fix|deal with)',
  ),
  // "I'm sorry you found out from a stranger, and I'm sorry I did it at all"
  'non-apology': anyOf(
    '(?:sorry|apologi[sz]e) (?:that |for (?:what )?)?i (?:did|lied|cheated|hid|hurt|betrayed|broke|chose|made)',
    '(?:because of|on) me(?! too)',
    'my fault',
    'i (?:caused|put you|created)',
    // "I'm sorry you found out the way you did, and I'm sorrier that there was anything to find"
    'sorrier|more sorry',
  ),
  // "I won't ask you to forgive me"; "I'll move on only when and if you're ready"
  closure: anyOf(
    "(?:won't|will not|never|don't|do not|not going to|would never) (?:ask|push|rush|expect|pressure|hurry|make|tell)",
    // "I don't know how I'll ever get over it" is the writer's own grief, not a demand
    "i(?:'ll| will)? ever get over",
    "(?:i'm|i am) not (?:asking|expecting|telling|pushing|rushing|pressuring)",
    "when (?:and if |or if )?you(?:'re| are) ready",
    '(?:as long|however long) as you',
    'no deadline',
    'in your own time',
    "you (?:don't|do not) have to",
    "(?:can't|cannot|can not) (?:ask|expect|make) you",
    "if (?:and when )?you(?: need| want|'d like| would like| ever need| ever want) to",
  ),
};

export const APOLOGY_RULES: readonly ApologyRule[] = [
  ...EXCUSE_RULES,
  ...REASON_SHAPES,
  ...FEELING_SHAPES,

  // Minimising
  {
    kind: 'minimizing',
    pattern: phrasePattern(
      `${NOT_NEGATED}(?:just|only) (?:texting|texts|messages|messaging|a few messages|a kiss|kissing|flirting|sex|physical|emotional|an emotional thing|a fling|once|a few times|talking|friends|a bit of fun|a bit of harmless|harmless|a crush)`,
    ),
    explanation:
      'Words like "just" and "only" shrink what happened before your partner has had the chance to say how it felt.',
  },
  {
    kind: 'minimizing',
    pattern: anyOf(
      'nothing physical',
      `${NOT_NEGATED}only happened once`,
      "we (?:never|didn't|did not) (?:even )?(?:meet|met|sleep together|slept together|have sex|kiss|kissed|touch|touched|do anything)",
      "it(?:'s| is| was)? not like i",
      "at least i (?:didn't|did not|never|wasn't|was not)",
      'harmless (?:flirting|fun|chat|messages)',
      '(?:a|that|this) (?:stupid|silly|meaningless) (?:fling|mistake|thing)',
      'it was over in (?:a|two|a few|a couple)',
      '(?:it|that|this|we|she|he) (?:was|were|is|are) (?:only|just|merely|simply|basically) ',
      `${NOT_NEGATED}(?:only|just) (?:met|saw|talked|texted|messaged|went|had (?:a|one)|online)`,
      '(?:a|an) (?:one-time|one-off|one time|one off) thing|a one-off|once or twice',
      "hardly (?:an affair|cheating|anything|a relationship)|not really (?:cheating|an affair|a relationship)|(?:wasn't|was not|isn't|is not) (?:really )?real",
      '(?:get|got|go|went|gone) through (?:far |much |a lot )?worse',
      "the one time|(?:it's|it is|it was) not as if|grand scheme|(?:a|one) (?:tiny|small|little) part",
    ),
    explanation:
      'Pointing to what did not happen, or how briefly it lasted, can sound like asking your partner to hurt less.',
  },
  {
    kind: 'minimizing',
    pattern: anyOf(
      '(?:plenty of|lots of|most|other|a lot of) (?:people|couples|men|women) do (?:far |much |a lot )?worse',
      'compared to',
      'could have been (?:so much |much |far |a lot )?worse',
      "it(?: wasn't| was not|'s not| is not| isn't) (?:that bad|a big deal|such a big deal|serious|an affair|a real affair|really cheating|cheating)",
      "(?:it|that|this|she|he) (?:didn't|did not) mean anything",
      '(?:it|that|she|he|they) meant nothing',
      '(?<!not )(?:it was|this is|that was) nothing(?! like| to do)',
      "you (?:shouldn't|should not) be (?:so )?upset",
    ),
    explanation:
      'However small it looks to you, it is as big as it feels to your partner, and the apology is about that.',
  },

  // Pity
  {
    kind: 'pity',
    pattern: anyOf(
      'i hate myself',
      "i(?:'m| am) (?:so |such |completely |totally )?(?:the worst|a terrible|a horrible|an awful|a bad|a disgusting|a monster|a wreck|a mess|falling apart|broken)",
      '(?:my|our) (?:whole )?life is (?:falling apart|falling to pieces|ruined|over|in pieces)',
      '(?:everyone|everybody|the whole family) (?:hates|blames|has turned on) me',
      "i(?:'m| am) the one who (?:has to|must|will have to) live with",
      "i (?:don't|do not) deserve (?:anyone|to be loved|to be happy|anything|anybody)",
      'poor me',
    ),
    explanation:
      'Harsh words about yourself can leave your partner feeling they must reassure you, at the moment the apology is for them.',
  },
  {
    kind: 'pity',
    pattern: anyOf(
      "you (?:don't know|do not know|have no idea) how (?:hard|much|bad|difficult)",
      '(?:do you have|you have) (?:any|no) idea (?:what|how)',
      "what i(?:'m| am) going through",
      'nobody (?:understands|cares|knows) (?:how|what)',
      "how much pain i(?:'m| am) in",
      'how (?:hard|difficult) (?:this|it) (?:has been|is|was) (?:for|on) me',
      "i(?:'ve| have) been through hell",
      'i had a (?:bad|hard|difficult|rough|terrible) childhood',
      'what about me',
    ),
    explanation:
      "Your struggle matters, and a friend or counsellor can hear it; your apology is the place for your partner's.",
  },
  {
    kind: 'pity',
    pattern: anyOf(
      "i(?:'ve| have) (?:suffered|been punished|paid|been through) enough",
      '(?:this|it) is (?:destroying|killing|breaking|ruining) me',
      "i(?:'ve| have) lost everything",
      "i can(?:'t| not|not) (?:sleep|eat|function|breathe|cope)",
      'i can barely (?:get out of bed|function|breathe|sleep|eat|cope)',
      'i feel (?:so )?(?:terrible|awful|bad|guilty|wretched),? (?:so|that)',
      "i(?:'ve| have) (?:cried|been crying|barely slept|not slept|hardly slept|been sick|lost (?:weight|a stone|sleep|my appetite|so much))",
      'sick with (?:guilt|worry|shame)',
      "(?:so )?ashamed (?:that )?i can(?:'t|not| barely| hardly)",
      "i(?:'m| am) (?:so |completely |utterly )?(?:miserable|devastated|heartbroken|suffering|in agony|hurting too|a failure)",
      '(?:can you|try to) imagine (?:how|what) (?:it feels|i feel|it is like|hard)',
      'how it feels to be me',
    ),
    explanation: 'How much you are suffering can quietly become a request for your partner to let it go.',
  },

  // The non-apology
  {
    kind: 'non-apology',
    pattern: anyOf(
      "sorry (?:that )?you(?:'re| are| were| feel| felt| got| had to| found| saw| heard)",
      'sorry (?:that )?(?:it|this|that) (?:hurt|upset|made you feel)',
      'sorry (?:that )?(?:this|it|things|all this|any of this) (?:happened|went|turned|came|got)',
      'sorry for my (?:role|part|share)',
      '(?:my|our) (?:role|part|share) in (?:all )?(?:this|it)',
      'sorry you (?:took|take)',
      'sorry for everything|(?:apologi[sz]e|sorry) for (?:the|any) (?:confusion|misunderstanding)',
      'sorry (?:that )?you (?:chose|decided|went)',
      'on both sides|(?:said|done) on both',
    ),
    explanation: 'Being sorry for how your partner feels is different from being sorry for what you did.',
  },
  {
    kind: 'non-apology',
    pattern: anyOf(
      'sorry if',
      '(?:apologise|apologize) if',
      'if (?:anything |something )?i (?:did |said )?(?:hurt|upset|offended)',
      'if (?:you (?:were|felt|are|feel) (?:hurt|upset))',
      '(?:for |regret )?(?:whatever|anything) i (?:did|may have done|might have done|said)',
      '(?:any|the) (?:pain|hurt|upset|harm) (?:that )?(?:may have been|might have been|was) caused',
      'may have (?:hurt|upset|caused)',
      '(?:may|might|could) have caused',
    ),
    explanation:
      'An "if" or a "whatever" makes the hurt sound uncertain, and your partner knows that it was real.',
  },
  {
    kind: 'non-apology',
    pattern: anyOf(
      'mistakes were made',
      "we(?: have|'ve)? both (?:made mistakes|messed up|did things|done things|hurt each other|have things|have a part)",
      'it takes two',
      'sorry for my part',
      'i regret (?:that )?(?:things|how things|the way things|it) (?:turned out|happened|went|ended)',
      'came across (?:badly|wrong|the wrong way)',
    ),
    explanation:
      'Words that share the blame out or leave nobody doing anything let the apology slip past what you did.',
  },

  // Pressure for closure
  {
    kind: 'closure',
    pattern: anyOf(
      '(?:can|could) we (?:please )?(?:just )?(?:drop (?:it|this)|move on|put (?:this|it) behind us|stop talking about|forget (?:about )?(?:it|this)|let (?:it|this) go)',
      "let(?:'s| us) (?:just )?(?:never talk about|not talk about|forget|move on|put (?:this|it) behind|drop)",
      "why can(?:'t| not|not) you (?:just )?(?:get over|let (?:it|this) go|forgive|move on|drop)",
      'get over it',
      '(?:stop|quit|keep) bringing (?:this|it) up',
      'move forward|stop looking back|(?:start|begin) (?:fresh|again|over)|a fresh start|a clean slate|draw a line under|turn the page|stop dwelling',
      "(?:put|leave) (?:this|it|the past) (?:behind us|in the past)|it(?:'s| is) in the past",
      "can(?:'t|not) keep apologi[sz]ing|apologi[sz]e forever|(?:the )?last time we (?:talk|discuss|go over)",
      'surely by now',
      "how much longer(?! i )|normal again|(?:can|could) we (?:please )?just|(?<!(?:n't|not|never|never going to) )be happy again|by the time",
    ),
    explanation:
      'Asking to stop talking about it tells your partner that their hurt has a time limit set by you.',
  },
  {
    kind: 'closure',
    pattern: anyOf(
      'when will you (?:forgive|be over|get over|stop|let)',
      "if you (?:really |truly )?loved me,? you(?:'d| would)",
      'how long are you going to',
      "(?<!(?:n't|not) )you (?:have to|need to|must|should|will have to) (?:forgive|move on|get over|let (?:it|this) go|stop bringing|trust me again)",
      "(?:it(?:'s| is)) time (?:to|you) (?:stop|move on|let (?:it|this) go|put|forgave|forgive)",
      "i(?:'ve| have) (?:said (?:i'm )?sorry|apologi[sz]ed)(?: \\p{L}+){0,3},? (?:so|what more|isn't that|enough)",
      'what more do you want',
    ),
    explanation:
      "Forgiveness that is asked for, or argued for, becomes harder to give freely, and it is your partner's to give.",
  },
  {
    kind: 'closure',
    pattern: anyOf(
      '(?:be over|get over|forgive me|move on|let (?:it|this) go|put this behind us|be done with)(?: \\p{L}+){0,2} (?:by|before|within) (?:christmas|new year|the summer|summer|the holidays|your birthday|next|the end|a|one|two|three|six|spring|autumn|winter)',
      '(?:a|one|two|three|six) (?:week|weeks|month|months|year) (?:is|should be|has been|seems) (?:long )?enough',
      'long enough to be (?:angry|upset|hurt)',
    ),
    explanation:
      "A deadline for healing puts your timetable on your partner's pain, and nobody can heal to a date.",
  },
];
