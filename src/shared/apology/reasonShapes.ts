import type { ApologyRule } from './apologyKinds';
import { anyOf, phrasePattern } from './phrasePattern';
import { GAP, NOT_BEFORE, SMALL_ACTS, SMALL_WORD, SOFT, THIRD, WORD } from './wordClasses';

/**
 * Shape rules: each one describes how a kind of sentence is built, from the word classes in
 * `wordClasses.ts`, rather than listing the sentences themselves. "A softener, then a small
 * act" catches "only a few messages", "just the once" and "purely emotional" alike; "a
 * request, then a closure" catches "can we not bring it up again" and "surely we can stop
 * talking about it". This file holds the shapes of reasons, disputed facts and shrinking;
 * `feelingShapes.ts` those of pity, the non-apology and pressure for closure. The phrase
 * rules in `apologyRules.ts` and `excuseRules.ts` keep the turns of phrase no shape covers;
 * `SENTENCE_EXCEPTIONS` there keeps sincere sentences quiet.
 */

export const REASON_SHAPES: readonly ApologyRule[] = [
  // Justifying: the reason offered for the act
  {
    kind: 'justifying',
    // "It happened because we hadn't talked in months", "I went to her because..."
    pattern: phrasePattern(
      `(?:it|this|that|all this|any of this|i|we) (?:only )?(?:happened|started|began|did (?:it|this|that)|went|strayed|looked elsewhere|cheated|turned to (?:her|him|them)|ended up)${GAP(4)} because(?! (?:of )?you)(?! i (?:chose|wanted|decided|was selfish|let myself|am|was weak and))`,
    ),
    explanation:
      'A "because" after what happened puts a reason beside the choice, and your partner may hear it as a reason to blame less.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      `i was ${SOFT}(?:starved|starving|desperate|hungry|crying out|dying|aching|longing) (?:of|for) (?:\\p{L}+ )?(?:attention|affection|love|touch|intimacy|comfort|someone|company|sex|warmth)`,
      `(?:like )?(?:a|an) ${WORD} in my own (?:house|home|marriage|bed|family)`,
      `${THIRD} (?:actually |finally |at least |really |always )?(?:(?:noticed|listened to|understood|wanted|appreciated|saw|cared about|paid attention to) me|made me feel)`,
      `${THIRD} was the only (?:person|one) (?:i could|who would|who)`,
    ),
    explanation:
      'What you were missing may be worth talking about one day, but set beside the act it can sound like the reason it was allowed.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      `any ${WORD}(?: in my (?:position|shoes|place|situation))? would(?:'ve| have| of)`,
      `i(?:'d| had) (?:had )?${SOFT}(?:too much|much|a lot|loads|a few|one too many|several|a skinful) (?:to drink|drinks|beers|pints|wine)`,
      `things ${SOFT}got (?:out of hand|carried away|out of control|too far)`,
      `one thing led to another`,
      `(?:and |so )?i (?:wasn't|was not|was never|never was) the one (?:who )?(?:chasing|chased|started|pursuing|pursued|made the first move|pushing|initiated|going after)`,
      `(?:so|and so|that's why|which is why) i (?:went|looked|turned|strayed|cheated|found|ended up|started)(?: looking)? (?:elsewhere|somewhere else|to (?:her|him|them|someone)|for (?:it|someone|comfort|attention))`,
    ),
    explanation:
      'Drink, a moment that ran away, or someone else chasing can sound as if the choice made itself, and your partner knows it did not.',
  },
  {
    kind: 'justifying',
    pattern: anyOf(
      `none of this would(?:'ve| have| of) happened if`,
      `${SOFT}if you (?:hadn't|had not|had|had been|'d been|'d|weren't|were not|didn't|did not|never)(?:,? \\p{L}+){0,6},? (?:none of this|this|it|i) (?:would(?:'ve| have| of)?|wouldn't)`,
    ),
    explanation: 'Pointing to what your partner did or did not do moves the apology away from what you did.',
  },

  {
    kind: 'justifying',
    // what the partner was or did, offered as the setting for the choice
    pattern: anyOf(
      `you(?:'d| had)? (?:were|been) ${SOFT}(?:wrapped up|caught up|obsessed|distant|cold|absent|busy|preoccupied|focused|never around|checked out|consumed)`,
      `the way you(?:'ve| have)? (?:treated|spoken to|talked to|ignored|looked at|been with) me`,
      `your (?:\\p{L}+ )?(?:drinking|temper|moods?|job|work|nagging|criticism|coldness|family|mother|anger|silence|phone|distance|depression) (?:pushed|drove|made|forced|sent|left)`,
      `(?:pushed|drove|forced|sent) me (?:into|to|towards|away|elsewhere)`,
      `you (?:weren't|were not|never seemed|didn't seem|did not seem) ${SOFT}(?:interested|there|around|bothered|present|available)`,
      `(?:you )?left me (?:on my own|alone|by myself|to cope)`,
      `what (?:was|else was|else were) (?:i|we) (?:supposed|meant|going) to do`,
      `you(?:'d| had)? made it (?:\\p{L}+ )?clear`,
      `you (?:didn't|did not|never|no longer|stopped|don't|do not) (?:want|need|love|fancy|desire|touch|notice|see)(?:ed)? me`,
      `you kept (?:pushing|shutting|turning) me (?:away|out|down)`,
      `i felt (?:like|as if|as though|that) you (?:only|never|didn't|did not|no longer|stopped|weren't|were never|cared more|cared about|had)`,
      `you(?:'d| had)? (?:already )?(?:checked out|given up|stopped trying|pulled away|shut me out|gone cold|switched off)`,
      `(?:everyone|everybody|half the \\p{L}+)(?: at \\p{L}+| there)?(?: \\p{L}+)? (?:was|is|were) (?:doing it|at it|cheating|having affairs)`,
      `that kind of (?:place|job|culture|environment|crowd)`,
      `(?:couldn't|could not|can't|cannot) talk to you (?:about anything|without|any more|anymore)`,
      `without it (?:becoming|turning into|ending in) (?:a row|a fight|an argument|a shouting match)`,
      `you(?:'d| had)? let yourself go|(?:wasn't|was not|no longer|not) attracted to you`,
      `you had your (?:\\p{L}+)(?:, your \\p{L}+)*,? and i had (?:nothing|no one|nobody)`,
      `made it ${SOFT}(?:easy|easier|so easy) to`,
      `(?:the |all the |long )?(?:hours|travel|trips|distance|time apart|nights away|work trips)(?: and (?:the )?\\p{L}+)? (?:made|meant|gave)`,
    ),
    explanation: 'Pointing to what your partner did or did not do moves the apology away from what you did.',
  },
  {
    kind: 'justifying',
    // the speaker's state, offered as the setting for the choice
    pattern: anyOf(
      `i (?:was|had been|'d been) (?:at |in )?(?:a )?${SOFT}(?:low|dark|bad|rough|difficult|terrible|weird|strange) (?:point|place|patch|time|period|way)`,
      `i (?:just )?(?:wasn't|was not|haven't been|hadn't been) myself`,
      `(?:a|such a) ${SOFT}(?:bad|hard|dark|difficult|rough|tough|awful) (?:time|patch|place|period|year) (?:in my life|for me)`,
      `my head was (?:all over the place|a mess|not right|in a bad place|somewhere else)`,
      `i (?:never|didn't|did not) feel (?:good enough|wanted|loved|appreciated|seen|desired|attractive|valued)`,
      `i felt ${SOFT}(?:unappreciated|unloved|invisible|trapped|taken for granted|worthless|suffocated|like nothing|like a failure|unattractive|undesired)`,
      `i needed (?:someone|somebody|something|to feel)`,
      `(?:on|taking|coming off|came off) (?:antidepressants|medication|pills|my meds)`,
      `(?:since|after) (?:my|the|our) (?:\\p{L}+(?:'s)? )?(?:death|funeral|died|passed|diagnosis|miscarriage|redundancy|breakdown)`,
      `(?:she|he|they) (?:was|were) (?:there|around|available|relentless|persistent|pushy|all over me)`,
      `(?:wouldn't|would not|didn't|did not|never) leave me alone`,
      `we(?:'d| had)? (?:stopped|not been|hadn't been|had not been|weren't|were not|barely|never) (?:being )?(?:a couple|close|intimate|together|talking|connected|touching|having sex)`,
      `long before (?:any of this|this|it|i)`,
      `i was ${SOFT}(?:grieving|heartbroken|depressed|vulnerable|needy|out of my mind|in a bad way)`,
      `(?:wasn't|was not|not) in my right mind`,
      `i (?:just )?(?:cracked|snapped|lost it|gave in)(?=\\s*(?:[,.!?;]|$|and\\b|under\\b))`,
      `men are (?:wired|built|made) (?:differently|that way)|(?:it's|it is) (?:just )?(?:biology|nature|how men are|what men do)|boys will be boys`,
      `(?:trying|wanted|want) to get (?:your|some|a bit of) attention|a cry for help`,
      `(?:i |me )?(?:felt|thought|believed|decided) (?:that )?i deserved`,
      `we(?:'d| had)?(?: not|n't)? (?:been )?(?:intimate|close|together|touched|had sex) (?:in|for) (?:over |more than |nearly |almost )?(?:a|one|two|three|\\p{N}+|months|years)`,
      `i (?:was|felt) ${SOFT}(?:flattered|wanted|desired|special|alive|young|noticed|seen|appreciated|attractive)`,
      `${THIRD} made it ${SOFT}(?:easy|hard to say no|impossible to say no)`,
      `(?:the )?(?:pressure|stress|strain|weight) of (?:\\p{L}+ ){1,3}(?:got to me|was too much|broke me)`,
      `got (?:on )?top of me`,
      `i lost (?:my|the) (?:way|plot|head)`,
      `(?:there was|there's been|i had|i've had) ${SOFT}(?:a lot|so much|too much|loads) going on`,
      `(?:wasn't|was not|weren't|not) thinking (?:clearly|straight|properly|rationally|about)`,
      `(?:living|lived|leading) separate lives`,
      `we were ${SOFT}(?:flatmates|housemates|roommates|strangers|like strangers|more like friends)`,
      `i (?:had )?stopped trying`,
      `i(?:'m| am) (?:only )?human`,
      `because i (?:was|felt) ${SOFT}(?:unhappy|lonely|sad|bored|scared|angry|stressed|drunk|depressed|confused|lost|hurt|weak|vulnerable|neglected|miserable|desperate)`,
      `my (?:mental health|head|life|self-esteem|confidence|marriage) was (?:at rock bottom|a mess|in pieces|shot|falling apart|in a bad way|all over the place)`,
      `(?:came|coming|come) on (?:strong|to me)`,
      `too weak to (?:say no|resist|stop)`,
      `i (?:just )?snapped`,
      `we(?:'d| had)? been (?:fighting|arguing|rowing|at each other)`,
      `you know what my (?:\\p{L}+ )?(?:childhood|dad|father|mum|mother|past|upbringing|family) (?:was|is|did)`,
      `never learned how to`,
    ),
    explanation:
      'How things were for you may be worth telling a counsellor, but set beside the act it can sound like the reason it was allowed.',
  },

  // "You misunderstood" and denial
  {
    kind: 'misunderstood',
    pattern: phrasePattern(
      `(?:you(?:'ve| have|'re| are|r|re)?|your) ${SOFT}(?:misunderst\\p{L}*|misread|misheard|misinterpret\\p{L}*|misremember\\p{L}*|mixed (?:it|this|things) up|twist(?:ed|ing)? (?:it|this|that|things|everything|my words)|over-?react\\p{L}*|got (?:it|this|that|the wrong \\p{L}+)|reading ${SOFT}(?:too much|much|a lot|things) into|(?:seeing|imagining|inventing|making up|hearing|looking for) (?:things|stuff|something|problems|what)|accusing me of (?:things|stuff|something))`,
    ),
    explanation:
      'Telling your partner they have it wrong asks them to doubt what they saw and lived through.',
  },
  {
    kind: 'misunderstood',
    pattern: anyOf(
      `(?:she|he|they|your \\p{L}+|people|everyone)(?:'s| has|'ve| have)? ${SOFT}got (?:it|this|that|the wrong idea|the story|the wrong end of \\p{L}+ \\p{L}+) ${SOFT}(?:wrong|twisted|mixed up)`,
      `whatever (?:your \\p{L}+|she|he|they|people|anyone|someone|you think you) (?:told|tells|said|says|heard|saw|think|thinks)(?: to)? ?(?:you)?`,
      `into something (?:it|that|this|we|i) (?:never was|wasn't|was not|isn't|is not|weren't|never were)`,
      `${NOT_BEFORE}nothing ${SOFT}(?:happened|went on|was going on|is going on|was happening)(?! between us that)`,
      `(?:that's|that is|that was|it's|it is|it was) ${SOFT}not (?:how it (?:went|was|happened)|what (?:it|you) (?:was|looked|seemed|think))`,
      `it (?:wasn't|was not|isn't|is not) (?:like that|what you think)`,
    ),
    explanation: 'Arguing over the facts inside an apology turns it into a debate your partner has to win.',
  },

  {
    kind: 'misunderstood',
    pattern: anyOf(
      `you(?:'re| are|'ve been| have been)? ${SOFT}(?:making (?:a mountain|something out of nothing|a (?:big )?(?:thing|drama|scene)|more of (?:it|this)|this (?:bigger|worse|into))|putting two and two together|confusing me with|being ${SOFT}(?:unreasonable|irrational|unfair|silly|over the top|mad|insane|stupid|crazy|hysterical|dramatic|paranoid|ridiculous)|(?:always |just )?(?:assum\\p{L}*|think\\p{L}*|expect\\p{L}*) the worst)`,
      `(?:let|letting) your imagination`,
      `(?:saw|see|hear|heard|believe|believed) what you want(?:ed)? to`,
      `(?:taken|take|took|read|reading) (?:it |them |that |this )?out of context`,
      `where (?:you(?:'re| are)|you) getting (?:this|that|these|it|all this)`,
      `(?:that's|that is|this is|you're being|you are being) ${SOFT}(?:ridiculous|absurd|crazy|nonsense|rubbish|insane|madness|mad|paranoid)`,
      `i was at (?:work|home|the gym|the office|my (?:mum's|mother's|brother's|sister's|friend's)) the whole time`,
      `(?:no idea|don't know|do not know) what you(?:'re| are) (?:talking|on|going on) about`,
      `(?:believe|trust|listen to|take) (?:her|him|them|a stranger|your \\p{L}+|someone else)(?:'s word)? over (?:me|mine)`,
      `(?:wasn't|was not|isn't|is not|not) what it (?:looks|looked|seems|seemed) like`,
      `you(?:'ve| have)? ${SOFT}(?:made|making|make) (?:this|it|that|the whole (?:\\p{L}+ )?(?:thing|story)|all this|things|stuff|this whole (?:\\p{L}+ )?(?:thing|story)) up`,
      `(?:massive|huge|an|a bit of an|such an|a gross) exaggeration|you(?:'re| are) exaggerating`,
      `(?:there's|there is|there was) nothing (?:going on|to (?:it|tell|know))|there never was(?: anything)?`,
      `(?:were|was|are|it's|just|only) (?:just |only )?jokes`,
      `(?:took|take|taking|taken) (?:it|this|that|them|things|everything|what i said) the wrong way`,
      `(?:remembering|imagining|inventing) things that (?:never happened|didn't happen|did not happen|aren't there|weren't there)`,
      `(?:filling|filled|poisoning|poisoned) your (?:head|mind|ears)|putting ideas in(?:to)? your head`,
      `your (?:anxiety|insecurity|insecurities|jealousy|paranoia|depression|imagination|trust issues|past) (?:talking|speaking|is talking)`,
      `not a (?:fair|true|accurate) (?:description|account|version|picture|way to put it)`,
      `seeing (?:an affair|something|things|problems|cheating) where`,
      `(?:stop|quit|keep|always|you're|you are) accusing me|things you can't prove|you can(?:'t|not) prove`,
      `(?:turning|twisting|making|blowing) (?:something|it|this|that|a \\p{L}+)(?: \\p{L}+)? into something`,
      `over-?(?:think|analys|complicat)\\p{L}*`,
      `(?:an |a perfectly |a simple |a good )?(?:innocent|simple|perfectly (?:good|normal|reasonable)) explanation`,
      `perfectly (?:innocent|normal|harmless)`,
      `you(?:'ve| have)? (?:already )?decided (?:that )?(?:i'm|i am|i was|i)`,
      `no matter what i say`,
      `you (?:never|won't|don't|do not|refuse to) (?:believe|listen to|trust) (?:me|anything i say|a word)`,
      `(?:can't|cannot|don't|do not) believe you(?:'d| would| could| can)? (?:think|say|accuse|believe)`,
      `how (?:could|can|dare) you (?:think|say|accuse|suggest)`,
      `you(?:'ve| have)? always been ${SOFT}(?:the )?(?:jealous|suspicious|insecure|paranoid|possessive|dramatic|imaginative)`,
      `(?:a|such a|your) (?:vivid|wild|overactive) imagination`,
      `why would you ${SOFT}(?:think|say|believe|assume|accuse|suspect)`,
      `(?:a|such a|your) (?:suspicious|jealous|dirty|twisted) mind`,
      `that(?:'s| is) your (?:problem|issue|insecurity|jealousy)`,
      `looking for (?:a reason|an excuse|something|problems|a fight|trouble) to`,
      `(?:was|were|it's|it was) (?:just |only )?(?:a joke|banter|a laugh|messing about|harmless fun)`,
      `only joking`,
      `(?:she|he|they)(?:'s| is| was|'re| are) (?:nobody|no one|nothing) to me`,
    ),
    explanation:
      'Telling your partner they have it wrong asks them to doubt what they saw and lived through.',
  },

  // Minimising
  {
    kind: 'minimizing',
    // "only a few messages", "just the once", "purely emotional", "mostly just talking"
    pattern: phrasePattern(`${NOT_BEFORE}${SMALL_WORD} ${SOFT}(?:the )?${SMALL_ACTS}`),
    explanation:
      'Words like "just" and "only" shrink what happened before your partner has had the chance to say how it felt.',
  },
  {
    kind: 'minimizing',
    pattern: anyOf(
      `(?:it|this|that|we) (?:never|didn't|did not) ${SOFT}(?:get|go|become|turn|got|went) (?:physical|sexual|that far|anywhere|further)`,
      `(?:it's|it is|it was|it wasn't|it's not|it is not|that's|that is) not (?:like|as if|as though) (?:it|i|we|she|he)`,
      `at least (?:i|it|we|nobody|no one|she|he)(?! (?:can|will|'ll|owe|want|know now))`,
      `(?:ages|years|so long|a long time|months) ago(?: now)?,? (?:it's|it is|it was|and (?:it's|it is|it was|that|we))`,
      `ancient history`,
      `old news`,
      `water under the bridge`,
      `(?:it|this|that) lasted (?:only |just |less than |barely |under |no more than |a few )`,
      `(?:a|one|two|three|a few|a couple of) (?:days|weeks|months|times) tops`,
      `${SOFT}harmless (?:stuff|fun|flirting|chat|chatting|messages|banter|texts)`,
    ),
    explanation:
      'Pointing to what did not happen, or how long ago or how briefly, can sound like asking your partner to hurt less.',
  },
  {
    kind: 'minimizing',
    pattern: anyOf(
      `(?:a lot of|lots of|loads of|plenty of|most|many|other|half the|so many) (?:people|couples|men|women|guys|blokes|husbands|wives|partners|marriages)(?: \\p{L}+){0,3}? (?:would(?:'ve| have)?|do|did|go through|get through|come out|survive|end up|have done|take)`,
      `(?:it|that|she|he|they) (?:didn't|did not|never) ${SOFT}mean (?:anything|a thing|much)`,
      `(?:she|he|it) (?:was|is|meant) (?:nobody|no one|nothing)`,
    ),
    explanation:
      'However small it looks beside other stories, it is as big as it feels to your partner, and the apology is about that.',
  },

  {
    kind: 'minimizing',
    pattern: anyOf(
      `${NOT_BEFORE}(?:a|one|just a|only a) ${SOFT}(?:stupid|silly|drunken|meaningless|harmless|little|small|one-off|brief|quick|tiny|daft|dumb|innocent) (?:mistake|kiss|fling|thing|moment|slip|lapse|error|night|crush|flirtation|snog)`,
      `not (?:as|that|so) (?:bad|serious|big|terrible|awful|major)`,
      `not the end of the world`,
      `no big deal`,
      `(?:that(?:'s| is| was)|and that's) all(?=\\s*(?:[,.!?;]|$))`,
      `nothing more(?: than that)?(?=\\s*(?:[,.!?;]|$))`,
      `${NOT_BEFORE}(?:we|i|it) ${SMALL_WORD} ${SOFT}(?:slept|kissed|met|talked|texted|messaged|flirted|chatted|hooked up|hugged|held hands|spoke|sent|had (?:a|one|sex|lunch|coffee|drinks)|went (?:for|out))`,
      `over before it ${SOFT}(?:started|began|got going)`,
      `(?:barely|hardly) (?:started|lasted|happened|anything)`,
      `(?:never|didn't) (?:go|went|get|lead) anywhere`,
      `went nowhere`,
      `(?:didn't|did not|never) ${SOFT}(?:like|love|care about|fancy|want) (?:her|him|them)(?: (?:that much|really|much|at all))?`,
      `(?:people|everyone|everybody|couples|men|women) (?:cheat|have affairs|do (?:it|this|worse|that))`,
      `happens (?:all the time|to everyone|to (?:lots|loads|a lot|plenty) of)`,
      `(?:over|ended|done) (?:almost |pretty much |nearly )?as soon as it (?:began|started)`,
      `technically (?:it |that )?(?:wasn't|was not|isn't|is not|not)`,
      `(?:it was|it's|it is|it wasn't|it was never) never (?:serious|a thing|that deep|going anywhere)|(?:wasn't|was not|isn't|never) going anywhere`,
      `(?:wasn't|was not|isn't|is not|not|never) (?:like it was )?(?:a |an )?(?:proper|real|full-blown|serious) (?:relationship|affair|thing)`,
      `could(?:'ve| have) done (?:a lot |much |far |so much )?worse`,
      `that(?:'s| is| was) (?:literally |really |honestly )?(?:it|all)(?=\\s*(?:[,.!?;]|$))`,
      `${SOFT}harmless (?:messaging|texting|chatting)`,
      `(?:barely|hardly|doesn't really|didn't really|does not really) count(?:s|ed)?|so (?:brief|short|quick) it`,
      `nothing (?:you need |for you )?to worry about`,
      `(?:didn't|don't|doesn't|did not|does not) (?:think it )?(?:count|counted)|(?:didn't|did not) think it counted`,
      `(?:it's|it is|it was|that's|that is|that was|this is) hardly`,
      `(?:crime|end) of the (?:century|world)`,
      `(?:not like |as if )?(?:anyone|anybody|someone|nobody|no one|no-one) got hurt`,
      `no harm (?:done|was done|came of it)`,
      `nothing (?:\\p{L}+ )?(?:serious|major|much|big|bad|sexual|physical) (?:happened|went on)`,
      `(?:a bit|a little|slightly|maybe|just) too (?:close|friendly|familiar|flirty|far)`,
      `(?:\\p{L}+ )(?:days|weeks|months) (?:out of|in) (?:\\p{N}+|\\p{L}+) (?:years|months)`,
      `in (?:\\p{N}+|\\p{L}+) years of (?:marriage|being together)`,
      `more (?:of )?(?:a|an) \\p{L}+ than (?:anything|an affair|a relationship|cheating)`,
      `not (?:a|such a|that) (?:big|huge) (?:thing|deal)`,
      `no big thing`,
      `nobody (?:bats|batted|would bat) an (?:eye|eyelid)`,
      `i(?:'ve| have) stopped (?:now|it now),? so`,
    ),
    explanation:
      'However small it looks to you, it is as big as it feels to your partner, and the apology is about that.',
  },
];
