import type { Cue } from './clauseCombinations';

/**
 * The broad cues the clause combinations (`cueCombinationRules.ts`) are built from. A cue on
 * its own flags nothing: "because", "lonely" and "just" are all in sincere apologies. It is a
 * cue from one list beside a cue from another, in the same clause, that makes a habit, and a
 * guard cue anywhere in the sentence sets it aside. Read a phrase as `phrasePattern` reads one:
 * a space is any whitespace, `'` either apostrophe, `\p{L}` a letter, `(?:a|b)` a choice.
 */

const W = "\\p{L}+(?:'\\p{L}+)?";

export const REASON_CUES = {
  // Justifying and blaming
  cause: {
    note: 'Words that present something as the reason: "because", "since", "what with", "if you had".',
    phrases: [
      'because',
      "'?cause",
      'cos|coz|bc',
      'since',
      'as (?=(?:i|you|u|we|things|work|my|our|she|he|it)\\b)',
      'given (?:that|how|the|all|what|everything)',
      'what with',
      'with all',
      `with(?= (?:the |my |your |all (?:the |that )?)?${W} (?:as|being|so|that) (?:bad|hard|busy|rough|crazy|stressful|it was))`,
      'the reason|part of (?:why|the reason)|half (?:of )?(?:why|the reason)',
      'reason (?:i|why)',
      'drove me|drive me|driven me|pushed me|push me',
      'left me (?:feeling|with|no|alone|lonely|wanting|looking|needing|open|vulnerable)',
      'made (?:it|me) (?:so )?(?:easy|easier|feel|vulnerable|want|need)',
      'long before',
      'can only (?:go|take|last|be expected)',
      'no wonder|of course i',
      "(?:couldn't|could not|can't) help (?:it|myself)",
      'after (?:all|everything|what|how|the way|months|years|my|losing|being|the death|the birth)',
      'thanks to|due to|down to',
      "if (?:only )?(?:you|u)(?!'d (?:rather|like|prefer))(?:'d| had| hadn't| hadnt| had not| were| weren't| would| wouldn't| just| ever| had just| didn't| did not)",
      "if (?:their|his|her|my|your|a) (?:wife|husband|partner|man|woman|girlfriend|boyfriend) (?:had|hadn't|were|was|is|has|won't|doesn't)",
      "when (?:you|u) (?:stopped|started|went|were|never|wouldn't|didn't|had|got)",
      "would(?:'ve| have)? (?:ended up|done|cracked|gone|strayed|looked|snapped|given in)",
      'the only (?:way|thing) i could',
    ],
  },
  result: {
    note: 'Words that present what was done as the result of what came before: "so I figured", "which is how it happened".',
    phrases: [
      "(?:that's|that is|thats|which is|which was|that was|is) (?:honestly |really |probably |basically )?(?:why|how|when) (?:i|it|this|we|\\p{L}+ happened)",
      'explains? (?:\\p{L}+ ){0,3}(?:why|how) i',
      'that i (?:started|went|ended up|found|turned|began|looked)',
      'so i found|i found (?:someone|somebody|comfort|company)',
      `how ${W} happened`,
      'led (?:me )?to|lead (?:me )?to|leads to',
      'so i (?:ended up|started|went|turned|looked|found|kept|figured|thought|reached|just)',
      'i figured|ended up|end up|so i (?:assumed|thought it was|guessed)|(?:thought|assumed|figured) (?:it was fine|you (?:wouldn\'t|would not) mind|you didn\'t care)',
      '(?:felt|seemed|looked) like the only (?:way|thing|option|escape)|the only way out',
    ],
  },
  itJustHappened: {
    note: 'The act told as something that happened to the speaker: "bound to happen", "one thing led to another".',
    phrases: [
      'bound to (?:happen|go wrong)|inevitabl\\p{L}*|was always going to happen',
      'before something (?:gives|gave|snaps|snapped)|something (?:\\p{L}+ ){0,2}(?:had to give|gave|gives|breaks|broke|snaps|snapped|dies|died)',
      "(?:expect|expected|expecting) (?:nothing|it not|me not) to happen|what (?:did|do|else did|else do) (?:you|u) expect|what (?:else )?(?:was|am) i (?:supposed|meant) to do",
      '(?:one|a) (?:drink|thing|kiss|coffee|message|night|chat) (?:turned|led|became) (?:into )?(?:\\p{L}+ )?(?:another|more|five|two|three|a few|something|the next)',
      'one thing led to (?:another|the next)|(?:it|things) just (?:happened|escalated|got out of hand)',
      "i (?:barely|hardly|don't|do not|can't) (?:even )?remember (?:how|what|it|much)",
    ],
  },
  relationshipBad: {
    note: 'The relationship described as already over or failing, set up as the scene for the act.',
    phrases: [
      "we (?:\\p{L}+ )?(?:never|stopped|didn't|hadn't|barely|hardly|weren't) (?:\\p{L}+ )?(?:talk|talked|talking|touch\\p{L}*|kiss\\p{L}*|laugh\\p{L}*|go out|went out|had sex|made love|sleep together|slept together|spend time|spent time|close|intimate)",
      'every (?:conversation|talk|evening|night) (?:we had )?(?:was|were) (?:about|spent)',
      '(?:the )?(?:sex|intimacy|marriage|relationship) (?:had )?(?:become|became|was|felt like|turned into) (?:a |so )?(?:chore|routine|duty|job|boring|non-existent|mechanical)',
      "(?:our|the) (?:marriage|relationship|sex life|love life|bedroom)(?: \\p{L}+){0,4} (?:was|had been|'d been|were|has been|is) (?:\\p{L}+ ){0,2}(?:dead|over|dying|on life support|falling apart|on the rocks|in trouble|broken|loveless|sexless|empty|cold|a sham|finished|in name only)",
      '(?:the )?spark (?:was|had) (?:gone|died|long gone)|(?:we were|we\'d been|we had been) (?:\\p{L}+ )?(?:flatmates|roommates|strangers|housemates)',
    ],
  },
  neglectedMe: {
    note: 'The speaker as the one left without: "no room left for me", "I just wanted one person who saw me".',
    phrases: [
      '(?:no|never any|never|not any) (?:room|time|space|energy|attention|love|affection|place) (?:left )?(?:for|over for) me',
      '(?:nobody|no one|no-one) (?:saw|noticed|wanted|listened to|asked about|cared about) me',
      'filled (?:that|the|a) (?:gap|hole|void|space)|(?:gave|offered) me (?:what|something) (?:you|i)',
      '(?:wanted|needed|craved|longed for) (?:one person|someone|somebody|anyone|one thing) (?:who|to|that) (?:saw|see|noticed|notice|listened|listen|wanted|want|cared|care|made me|appreciated|valued)',
    ],
  },
  myState: {
    note: 'The speaker\'s own state, set as the scene of the act: "I was off my face", "I was so lonely".',
    phrases: [
      "(?:wasn't|was not|wasnt) in a (?:good|great|right|healthy) (?:way|place|headspace|state)|running on (?:empty|fumes|no sleep|\\p{L}+ hours)|i was (?:just )?surviving|(?:wasn't|was not) making choices",
      "(?:didn't|did not|didnt) have it in me to (?:say no|resist|stop|fight)|(?:couldn't|could not) (?:say no|resist)|too weak to",
      "(?:it's|it was|it is) (?:always )?(?:been )?in (?:me|my blood|my genes|my nature)|in my (?:blood|genes|dna)|runs in (?:the|my) family",
      'the state i was in|where my head was|the place i was in|what i was going through',
      'my (?:adhd|depression|anxiety|addiction|condition|illness|bipolar|ocd|autism|trauma|childhood|upbringing|past|drinking) (?:makes|made|means|meant|caused|causes|drove|drives)',
      "(?:messed|mess|messing|screwed|played) (?:with|up) my head|(?:wasn't|was not|weren't) making (?:good|great|sensible|clear|any) decisions",
      "(?:my head|i) (?:just )?(?:wasn't|was not) (?:right|myself|in a good place|thinking straight|in the right place)",
      "i (?:was|felt|had been|'d been|'ve been|have been|got) (?:so |really |very |completely |just |totally |incredibly |absolutely )?(?:lonely|alone|drunk|wasted|hammered|off my face|high|out of it|out of my mind|depressed|stressed|overwhelmed|burnt out|burned out|miserable|unhappy|neglected|invisible|unwanted|unloved|grieving|vulnerable|desperate|numb|starved)",
    ],
  },
  circumstance: {
    note: 'A state or a situation that can be offered as the setting for a choice: loneliness, drink, stress, grief, a cold marriage.',
    phrases: [
      'lonel\\p{L}*|alone|isolated|neglected|ignored|invisible|unwanted|unloved|unappreciated|starv\\p{L}*|overlooked|taken for granted',
      "(?:didn't|didnt|did not|never|don't|dont) feel (?:seen|wanted|loved|noticed|heard|appreciated|desired|like)",
      'stress\\p{L}*|pressure|overwhelm\\p{L}*|burn(?:t|ed) out|exhausted|worn out',
      'drunk|drinking|drink|wine|beer|tequila|vodka|whisky|whiskey|booze|alcohol|high|pills|hammered|off my face',
      'depress\\p{L}*|grief|griev\\p{L}*|funeral|died|death|passed away|miscarriage|redundan\\p{L}*|illness',
      'low|unhappy|miserable|bored|empty|numb|insecure|vulnerable|weak|desperate|lost',
      "work(?! (?:out|through|on|at|with|hard))|job|hours|travel\\p{L}*|away|the kids|the twins|the baby|distance|distant|cold|dead|sexless",
      'affection|attention|intimacy|intimate|sex|bedroom|spark|touch|touched',
      'fighting|arguing|rows|row|wrapped up|busy|nagging|criticism|the way you|tense|strained|rocky',
      'isolat\\p{L}*|rejection|rejected|trying for a baby|the accident|ivf|infertility|failed|the birth|night feeds|postnatal|new baby|money (?:was|had been|got) (?:so )?tight|debts?|bills|money|skint|piling up|panick\\p{L}*|losing(?! (?:you|u|your|us))|lost my|the business|bereave\\p{L}*',
      'childhood|upbringing|trauma|my past|shifts|night shifts|your (?:promotion|career|new job|illness|mum|mother|family)',
    ],
  },
  partnerCause: {
    note: 'The partner, or the other person, set up as the cause: "you were never home", "she kept messaging".',
    phrases: [
      "(?:you|u)(?:'d| had)? (?:were|been) (?:never|always|so|too|hardly|barely|constantly|forever|just)",
      '(?:you|u) (?:never|stopped|kept|refused|always|constantly|hardly|barely|ignored|neglected|pushed|shut me out|checked out|gave up|went cold|had gone|had stopped)',
      "(?:you|u) (?:wouldn't|didn't|did not|would not|don't|do not) (?:ever )?(?:touch|notice|listen|want|ask|talk|look|care|show|make|pay|have)",
      '(?:she|he|they) (?:kept|pursued|chased|started|came on|threw|pushed|flirted|messaged|made the first|wouldn\'t)',
      'your (?:coldness|criticism|nagging|moods|temper|drinking|job|work|distance|silence|depression|anger|jealousy)',
      '(?:gone|went|grown|got|been) (?:so |as |really )?(?:cold|distant)',
      "(?:you|u) (?:wouldn't|didn't|won't|would not|did not) (?:even )?let me (?:near|touch|in|close|talk)",
      "(?:you|u) (?:were|was) the one (?:who|that) (?:said|wanted|started|suggested|pushed|left|stopped|asked for)",
      '(?:gone|went|go|going|looked|looking|been) through my (?:phone|things|stuff|bag|emails|messages)',
      'was (?:just |so |really |always )?(?:easy to talk to|there for me|easy to be with|a good listener)',
      "(?:she|he|they) (?:was|were) (?:so )?(?:kind|nice|sweet|attentive|there|good|interested|understanding) (?:to|for|with) me",
      '(?:you|u) (?:chose|picked|put|prioriti[sz]ed) (?:\\p{L}+ ){0,3}(?:over|before|ahead of) me',
    ],
  },
  everyone: {
    note: 'Spreading the choice so thin that nobody seems to have made it: "most blokes would", "anyone would have".',
    phrases: [
      '(?:most|any|all|lots of|loads of|plenty of|a lot of|many|half the) (?:married )?(?:blokes|men|guys|women|people|husbands|wives|partners|person|man|woman)',
      '(?:anyone|anybody|everyone|everybody)(?: else)?',
      'every (?:man|woman|person|guy|bloke|husband|wife|partner)',
    ],
  },
  wouldHave: {
    note: 'What the others are said to do, beside `everyone`.',
    phrases: [
      "would(?:'ve| have)?|do the same|does it|do it|are at it|cheat|stray|(?:has|have) (?:his|her|their) limits|breaking point",
    ],
  },
  commonThing: {
    note: 'The act told as ordinary, beside `everyone`: "loads of people have work crushes", "no different".',
    phrases: [
      'no different|the same thing|(?:have|had|get|got) (?:\\p{L}+ )?(?:crushes|affairs|flings|a wobble|wobbles|flirtations|a fling|an affair)',
      '(?:watch|watches|does|do|did|look at|looks at) (?:it|that|this|them|porn)',
      'happens (?:all the time|to everyone|to (?:lots|loads|a lot|plenty|most))|it happens',
    ],
  },
  owningTheReason: {
    note: 'The reason named and then set aside, which is what an honest apology does: "not because", "no excuse", "my choice".',
    phrases: [
      'not because',
      'no excuse(?!,? but)',
      'not an excuse(?!,? but)',
      "(?:doesn't|does not|didn't|did not|don't|do not) (?:excuse|make me|push me|force me)",
      "(?:is|was) no reason|(?:isn't|is not|wasn't|was not|not|never) (?:a |the |any )?(?:reason|why)",
      "nothing to do with (?:it|this|what i did)",
      'nothing you did|not your fault|(?:wasn\'t|was not|never|none of it) your fault',
      'my choice|choice was mine|i chose|i decided|i (?:own|owned) (?:it|that|this)|on me\\b|my responsibility|mine alone',
      'instead of (?:telling|talking|coming|asking|lying)|i should have',
      'blaming|i knew what i was doing|sober enough',
      'deserv\\p{L}*',
      'i was the one (?:who|that)|i (?:still |also )?(?:chose|said yes)|i (?:still|also) (?:went|kept)|i was (?:hiding|lying|wrong|the problem|selfish|a coward)',
      '(?:that|it|this) was (?:selfish|wrong|cowardly|cruel|unfair|my doing)',
    ],
  },

  // "You misunderstood" and denial
  partnerSubject: {
    note: 'The partner, or someone telling them things, as the one who has it wrong.',
    phrases: [
      "(?:you|u)(?:'re| are|'ve| have| were|'d| had| just| keep| always| must)?",
      '(?:are|were) (?:you|u) sure',
      'your (?:theory|story|version|imagination|mind|head|friends?|sister|brother|mum|mother|family|anxiety|insecurit\\p{L}*|jealousy|paranoia|depression|trust issues)',
    ],
  },
  perceptionWrong: {
    note: 'Words that put the problem in how the partner sees it: imagining, twisting, overreacting, the wrong idea.',
    phrases: [
      'mis(?:heard|hear\\p{L}*|read\\p{L}*|remember\\p{L}*|understood|understand\\p{L}*|interpret\\p{L}*|took|taken|judg\\p{L}*)',
      '(?:spin|spun|spinning|make|made|making|build|built|turn|turned|turning|invent\\p{L}*) (?:\\p{L}+ ){0,3}(?:story|stories|drama|mountain|something) (?:out of|from)',
      'imagin\\p{L}*|invent\\p{L}*|paranoi\\p{L}*|hysteric\\p{L}*|overreact\\p{L}*|over-react\\p{L}*|exaggerat\\p{L}*',
      'misunderst\\p{L}*|misread\\p{L}*|misremember\\p{L}*|misinterpret\\p{L}*|mistaken|confused',
      '(?:made|make|making) (?:it|this|that|things|stuff|the whole \\p{L}+|all this|it all) up',
      '(?:blown|blowing|blow) (?:it|this|that|things)?(?: \\p{L}+)? out of (?:all )?proportion|out of proportion',
      'jump\\p{L}* to conclusions|reading (?:too much|things|a lot) into|read too much into',
      'remember\\p{L}* (?:it|that|this|things) (?:right|correctly|wrong|wrongly)',
      'got (?:it|this|that|the wrong) (?:all )?(?:wrong|idea|end)|(?:the )?wrong idea|twist\\p{L}*',
      'decided otherwise|made up your mind|need(?:s|ed)? someone to (?:blame|be angry)',
      'in your head|in your mind|off base|way off|completely off|totally off|is (?:completely |totally |way )?off',
      '(?:not|isn\'t|wasn\'t) (?:what|how) it (?:looks|looked|seems|seemed)',
      "connect\\p{L}* (?:the )?dots|(?:\\p{L}+ )(?:that|which) (?:aren't|weren't|isn't|wasn't|don't|didn't) (?:there|exist|happen)",
      "like i(?:'m| am| was)? (?:some kind of |some sort of |a |an )?(?:criminal|monster|murderer|villain|suspect)",
      'over (?:a|one|a couple of|a few|some) (?:\\p{L}+ )?(?:likes|messages|texts|emojis|photos|comments|follows)',
      '(?:decided|assumed|concluded|convinced yourself) (?:that )?(?:it was|i was|i\'m|i am|there was|we were|something)',
      '(?:huge |big |massive |giant )?leap (?:from|to)|leaping to|(?:is|was|isn\'t|just|simply) not (?:what|how it) happened',
      '(?:something|anything|reasons?|a reason) to (?:be )?(?:suspicious|jealous|paranoid|upset|angry|worry) (?:about|of)',
      '(?:see|seeing|hear|hearing|imagine|imagining|inventing) things|things that (?:aren\'t|weren\'t) there',
      'put(?:ting)? two and two together|come up with (?:\\p{L}+ ){0,2}(?:fifty|five|the wrong|a story)|add(?:ed|ing)? (?:it )?up wrong',
      '(?:remembering|thinking of|confusing|mixing) (?:\\p{L}+ ){0,3}(?:different|wrong|other|someone else)',
      '(?:built|blown|worked|whipped|made) (?:\\p{L}+ ){0,3}up|(?:seeing|see|hearing|hear) what (?:you|u) want',
    ],
  },
  perceptionOwned: {
    note: 'The speaker owning the doubt they caused: "you were not imagining it", "I told you you were paranoid".',
    phrases: [
      'i (?:can|could) only imagine|i (?:can\'t|cannot|can not) (?:even )?imagine',
      "(?:not|weren't|aren't|wasn't|never|were not|are not) (?:\\p{L}+ )?(?:overreacting|imagining|paranoid|crazy|mad|going mad|wrong|confused|mistaken|making)",
      '(?<!(?:like|as) )i (?:told|said|called|made|let|convinced|had) (?:you|u)',
      'you were right|you are right|right to|(?:was|is) a lie|i lied',
      '(?:sorry|wrong of me|cruel of me|wrong to) (?:that )?i (?:said|called|told|made)',
      'made you doubt|wrong to call|(?:making|made|make) (?:you|u) (?:feel|think|believe|doubt|question)',
      "i (?:\\p{L}+ )?(?:invented|made up|made it up|made things up|lied|twisted|spun)",
      'they(?:\'re| are) right',
    ],
  },
  accuserBlamed: {
    note: 'The person who told the partner, blamed instead of the act: "he has it in for me", "she made it all up".',
    phrases: [
      '(?:had|has|have|got) it in for (?:me|us)',
      'out to get (?:me|us)',
      "(?:wouldn't|would not) put it past",
      'invent\\p{L}* (?:the|this|that|it|a|the whole|stories|things)',
      '(?:stirring|spreading) (?:it|things|rumou?rs|lies|trouble)',
      '(?:lying|lies) about me|(?:she|he|they)(?:\'s| is| are|\'re) (?:lying|a liar|liars)',
      'plant\\p{L}* (?:this |that |the |an |these )?(?:idea|ideas|thought|thoughts|seed)|put (?:this |that |these |the )?(?:idea|ideas|thoughts) in(?:to)? your head',
      'rumou?rs|gossip|these stories|who(?:\'s| has| is) been (?:telling|feeding) you|whoever (?:told|is telling|has been telling|sent|showed) you|who told you (?:that|this|these|those)',
      "(?:they're|they are|she's|he's|she is|he is) (?:just )?wrong",
      'fake (?:profile|account|messages|screenshots?)|set (?:it|me|this) up|make me look bad|fram(?:ed|ing) me|stitch(?:ed|ing)? me up|photoshop\\p{L}*',
      '(?:whoever|someone|somebody|they|she|he) (?:\\p{L}+ ){0,6}(?:wants?|wanted|trying|tried|is out|are out) to (?:break us up|split us up|cause trouble|ruin (?:us|this|me)|get at me|stir)',
      '(?:always |never )?(?:hated|liked|wanted) (?:me|us)(?: (?:gone|out))?|feeding you|filling your (?:head|mind)|poison\\p{L}*',
      "none of (?:what|it|that|this) (?:\\p{L}+ ){0,4}(?:is|was) true",
      "(?:she|he|they)(?:'s| is| are|'re|'s just| is just) (?:bitter|jealous|lying|a liar|liars|stirring|making (?:it|this|things) up|out to)",
    ],
  },
  alibi: {
    note: 'An alibi offered inside the apology: "ask any of the lads", "like I said", "you can check".',
    phrases: [
      '(?<!you )ask (?:any of (?:the|my) \\p{L}+|anyone|anybody|him|her|them|my (?:\\p{L}+))(?! (?:anything|what|how|whatever))|check with (?:him|her|them|my)',
      '(?:like|as) i (?:said|told you|keep telling you|explained)(?! (?:i would|i\'d|i will))',
      "(?:as (?:\\p{L}+ )?as|so \\p{L}+ as) (?:you(?:'re| are)?|u) (?:making (?:it )?out|think|imagine|say)|making (?:it|this|me) out to be",
      "(?<!i )(?:told you|explained|explained (?:\\p{L}+ ){1,3}) (?:a hundred|a thousand|a million|so many|\\p{L}+) times|and you know it|you know (?:that|it) (?:isn't|wasn't|is not|was not)",
      "(?:she's|he's|she is|he is|they're|they are) (?:just |only )?(?:a |my )?(?:client|colleague|friend|mate|coworker|co-worker|neighbour|boss|customer)",
    ],
  },
  flatDenial: {
    note: 'A flat denial of the act itself: "I never touched her", "nothing happened".',
    phrases: [
      "i (?:never|didn't|did not|have never|haven't) (?:ever )?(?:touched|slept with|kissed|cheated|had sex with|did anything with|laid a finger on)",
    ],
  },
  evidence: {
    note: 'The things a partner finds: receipts, bookings, statements, messages, a history on a laptop.',
    phrases: [
      'receipts?|screenshots?|bookings?|statements?|history|laptop|phone|texts?|messages?|emails?|photos?|pictures?|account|hotel|charges?|payments?|transactions?|app|calendar|car|perfume|lipstick|number',
    ],
  },
  innocentReading: {
    note: 'An innocent account offered for what was found, as if the partner misread the evidence.',
    phrases: [
      '(?:was|were|is|are) (?:just |only |actually |all )?(?:for|from|with) (?:a |an |the |my |an old )?(?:work|conference|colleague|client|friend|meeting|business|course|training|team|mate|sister|brother|cousin|garage|shop|petrol|supermarket|gym|restaurant|takeaway|pharmacy|group|old)',
      'not (?:a|the|from a|from the|at a|at the) (?:hotel|restaurant|bar|pub|date|her|him)|i promise you|i swear',
      "(?:that's|that is|it's|it is|isn't|wasn't) not (?:my|mine|me)|not my (?:handwriting|writing|number|car|account|profile|phone)",
      "(?:isn't|wasn't|is not|was not|aren't|weren't) (?:even )?(?:mine|me|what you think|what it looks like)",
      "(?:there's|there is|there was|there are) no (?:second|other|secret|hidden|\\p{L}+ (?:account|phone|number))",
      '(?:just|only) (?:the way|how) (?:the|it|that|this)',
      'full stop|perfectly (?:innocent|normal|reasonable)|innocent explanation|an explanation for',
      '(?:the kids|someone else|anyone|my (?:\\p{L}+)) (?:use|uses|used|could have)',
      'whatever (?:\\p{L}+ ){0,3}(?:looks?|looked|seems?|seemed|say|says|said|show|shows|showed) (?:like)?|no matter (?:what|how) (?:\\p{L}+ ){0,3}(?:looks?|seems?)',
      'you know how it (?:looks|seems)|i know how (?:it|the|this|that)(?: \\p{L}+){0,2} (?:looks|seems)',
    ],
  },
} satisfies Record<string, Cue>;
