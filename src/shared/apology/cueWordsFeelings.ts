import type { Cue } from './clauseCombinations';

/**
 * Cues for minimising, pity, the non-apology and pressure for closure; read with `cueWords.ts`,
 * which says how a cue reads and why none of them flags anything alone.
 */

const W = "\\p{L}+(?:'\\p{L}+)?";
const NUMBER = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|\\p{N}+)';

export const FEELING_CUES = {
  // Minimising
  diminisher: {
    note: 'Words that shrink: "only", "just", "barely", "a few", "once", "never even", "or so".',
    phrases: [
      "(?<!(?:n't|not|never|wasnt|isnt)(?:'|\"|\u2018|\u201c)? )(?:only|just|merely|purely|mostly|basically|simply|barely|hardly)",
      'a (?:bit|little|few|couple)|a handful',
      'never even|not even|all it was|or so|tops|at most|less than|no more than|nothing more|nothing but',
      `maybe ${NUMBER}(?: or ${NUMBER})? times`,
      'one (?:night|time|kiss|drink|evening|afternoon|weekend)|(?:the|a) once',
      'all online|online only|harmless|innocent|silly|meaningless|a blip|a wobble|a phase|a crush|a fling',
    ],
  },
  actSize: {
    note: 'The act, or how much of it there was: messages, a kiss, meeting up, a few weeks.',
    phrases: [
      'borrow\\p{L}*|porn|pictures|videos|sites|websites|apps?|bets?|betting|gambling|money|quid|pounds|dollars|kiss\\p{L}*|text\\p{L}*|messag\\p{L}*|flirt\\p{L}*|chat\\p{L}*|talk\\p{L}*|emails?|calls?|photos?|pictures?',
      'met|meet\\p{L}*|saw|seen|slept|sex|sexual|physical|emotional|online|affair|fling|relationship|cheating|crush|flirtation',
      'dates?|dating|hook ?ups?|hooked up|nights? out|evenings?|visits?|calls?|an app|apps?|happened|lasted|lunch(?:es)?|coffees?|drinks?|dinners?|nights?|times|days|weeks?|months?|once|twice|friends|mates',
      'out of hand',
    ],
  },
  smallOnItsOwn: {
    note: 'Shrinking words that need nothing beside them: "the sum total", "nothing more serious than that", "compared with what".',
    phrases: [
      'the sum total|(?:that was|that\'s|that is|and that was) (?:it|all)(?=\\s*(?:[,.!?;]|$| of it| really))',
      'nothing (?:more |much )?(?:serious|big|major) (?:than that|happened|went on)|nothing more than',
      'compared (?:to|with) (?:what|how|the way|people|others|\\p{L}+ (?:did|does))',
      'a (?:blip|wobble|phase|bit of fun|silly mistake)|in the grand scheme',
      "(?:i )?(?:don't|do not|didn't|did not|can't) see how (?:it|that|this) (?:counts|counted|is cheating|was cheating)",
      "(?:wasn'?t|was not|isn'?t|is not|never|not) (?:really |even |exactly |technically |properly |definitely )?(?:an affair|cheating|a relationship|that serious|serious|a big deal|a real \\p{L}+)",
      '(?:barely|hardly|doesn\'t really|didn\'t really|does not really) count(?:s|ed)?',
      "(?:kissed|slept together|met|met up|saw (?:him|her|them)|did it|happened|went) (?:\\p{L}+ )?(?:once|twice|one time)(?! (?:more|again|a week|a month))",
      "(?:nobody|no one|no-one) (?:we know |else )?(?:was|got|were|is) (?:ever |really )?(?:involved|hurt|harmed|affected)|no harm (?:done|came of it)",
      `(?:it|this|that)(?:'s| was| happened)(?: \\p{L}+)? ${NUMBER}? ?(?:years|decades|ages) ago(?:,? (?:before|come on|now|so|anyway|honestly|ancient))`,
      'come on,? (?:it|that|this) was',
      "(?:never|didn't|did not|wasn't|was not) (?:got|get|became|become|went|go|turned|turn)? ?(?:that |really |very )?(?:serious|far|physical|anywhere)",
      `${NUMBER} (?:\\p{L}+ )?(?:days|weeks|months|times|nights|dates) not ${NUMBER}`,
      "(?:never|wasn't|was not|isn't|is not|not) (?:anything |really |that |ever )?(?:deep|serious|meaningful|important|that deep)",
      "worse things (?:\\p{L}+ ){0,4}(?:could|can|do|did|might)|(?:could|can) do (?:far |much |way |a lot )?worse",
      '(?:always|only ever) (?:going|meant|planning) to (?:put|pay|give) it (?:all )?back|(?:in|into) perspective|(?:nobody|no one|no-one) died',
      '(?:a |one )?(?:mistake|thing|slip|lapse) from (?:a long time|years|ages|so long|way back)|(?:been|was|have been|\'ve been) a good (?:husband|wife|partner|dad|father|mum|mother|mom) (?:ever since|since|otherwise|for years|every other)',
      'ancient history|water under the bridge|old news',
    ],
  },
  smallOwned: {
    note: 'Refusing to shrink it: "it wasn\'t just messages", "I won\'t call it anything smaller", "however small".',
    phrases: [
      "(?:wasn't|was not|isn't|is not|not) (?:'|\"|\u2018|\u201c)?(?:just|only|merely|a few|nothing)",
      'anything (?:smaller|less)|however (?:small|brief|short)|no matter how|(?:doesn\'t|does not|didn\'t) matter (?:that|how)',
      "(?:won't|will not|not going to|never) (?:call|say|pretend|claim|tell you)",
      "(?:doesn't|does not|didn't|did not) make (?:it|this|that) (?:any )?(?:less|smaller|better|ok)",
      '(?:i|when i) (?:called|call) (?:it|this|that)|i (?:said|told you|claimed|pretended|let you (?:think|believe)) (?:it|that) was',
      "(?:doesn't|does not|won't|will not|can't|cannot) (?:undo|erase|fix|make up for|cancel)",
      'just because',
      'compared (?:to|with) (?:what|how) (?:\\p{L}+ ){0,3}(?:cost|costs|will cost|puts|put|is doing to|has done to|does to|must feel to) you|compared (?:to|with) (?:what|how) you(?:\'re| are| must| have|\'ve| feel| felt)',
    ],
  },

  // Pity
  selfSuffering: {
    note: 'The speaker\'s own suffering put in front: sleepless nights, "a monster", "living in hell", "I have suffered enough".',
    phrases: [
      "i (?:can't|cannot|can not|couldn't) (?:sleep|eat|work|function|breathe|cope|think|stop crying|go on|look at myself|face)",
      "i(?:'ve| have)? (?:lost|dropped) (?:nearly |almost |over |about )?(?:a stone|weight|\\p{N}+ ?(?:kg|lbs|pounds|kilos)|sleep|my appetite)",
      'awake (?:until|till|at|all|every)|staring at the ceiling|cry myself to sleep|crying (?:every|all)',
      '(?:see|am|feel like|i\'m) (?:a|such a) (?:monster|failure|fraud|waste of space)',
      `(?:living|lived|been|i'm|i am|dragged|gone|going) (?:\\p{L}+ )?(?:in|through) (?:hell|a living hell|agony|torture|a nightmare|the wringer)`,
      'suffered (?:more than )?enough|suffer\\p{L}* (?:so much|every day|more)|been punished enough|paid enough',
      'worthless|waste of space|scum|pathetic',
      "i(?:'m| am) (?:so |just |such )?(?:disgusting|vile|repulsive|a disgrace|evil|rotten|poison)",
      "(?:can't|cannot|can not|couldn't) (?:even )?(?:look at|face) (?:myself|my (?:own )?(?:reflection|face))",
      'punish\\p{L}* myself',
      "i can (?:barely|hardly|no longer) (?:even )?(?:face|look|sleep|eat|function|breathe|cope|get up|leave|go out|work)|i(?:'ve| have) stopped (?:going out|eating|sleeping|seeing (?:anyone|people|friends))",
      "(?:has|have|'s) (?:cost|taken|done to|taken out of|taken a toll on) me|i(?:'ve| have) aged",
      'shadow of (?:myself|my self|who i was|the man|the woman)|shell of (?:a|myself|my self)|getting off (?:lightly|easy|scot)',
      "(?:can't|cannot|how (?:much )?longer i can|how long i can) (?:go on |keep |carry on )?liv(?:e|ing) like this|wake up (?:every \\p{L}+ )?(?:feeling|sick|crying|shaking)",
      "(?:hit|at|reached) rock bottom|can(?:'t|not) see (?:a|any) way out|no way out of this",
      "(?:i have to|i'll have to|i will have to|i must) live with (?:being|that|this|myself|it)",
      "(?:it's|it is|this is|it has been|it's been) (?:\\p{L}+ )?(?:torture|agony|hell|unbearable|a nightmare)(?! for (?:you|u))",
      '(?:drinking|crying|taking pills|taking something) (?:\\p{L}+ ){0,3}(?:to (?:get to )?sleep|to cope|to get through)',
      "(?:not been able to|can't|cannot|couldn't) keep (?:food|anything) down|being punished (?:every|all|constantly|for)|i feel (?:like )?i(?:'m| am) being punished",
      "i(?:'m| am) (?:so |completely |totally )?alone now|(?:won't|will not|doesn't|don't|wont) (?:even )?(?:speak|talk|look) to me",
      "(?:the )?hardest (?:thing|time|year|months?) (?:i(?:'ve| have) ever|of my life)",
      "(?:not had|haven't had|have not had) (?:a single|one) (?:\\p{L}+ ){0,2}(?:sleep|night)|hair (?:is )?falling out",
      "(?:become|turned into) a stranger to myself|(?:don't|do not|can't) (?:even )?recogni[sz]e (?:myself|the (?:man|woman|person) in the mirror|who i)",
      '(?:the )?villain (?:in|of) (?:everybody|everyone|this)|carry (?:that|this|it) (?:all )?alone',
      'lowest form of life|scum of the earth|lowest of the low',
      "(?:i'm|i am|i've|i have) (?:losing|lost) (?:everything|it all|my (?:mind|job|friends|kids|children|family|home|health))",
      "(?:nobody|no one|no-one|not one person|not once has anyone)(?: \\p{L}+){0,3} (?:asked|asks|checked|cares|cared|wondered|thought)(?: \\p{L}+){0,2} (?:how|whether|if|about) (?:i|me)",
      "(?:don't|do not|dont) (?:even )?deserve to (?:be|live|breathe|exist|be loved|be happy)",
      '(?:eating|killing|destroying|crushing|consuming|breaking|tearing) me',
      "(?:started|been|keep|kept|i'm|am) having panic attacks|panic attacks (?:every|all|most)|breakdown|signed off|on (?:antidepressants|medication)",
      `to my grave|never be able to (?:look at|live with|forgive) myself|can't live with myself`,
      '(?:hate|loathe|despise|disgusted with|disgusted by|sick of) myself',
      "i(?:'m| am) (?:falling apart|a wreck|a mess|broken|in pieces|in bits|destroyed|devastated|miserable|suffering|drowning)",
      '(?:the )?worst (?:person|human|man|woman|husband|wife|partner) (?:alive|in the world|ever|there is)',
      `how (?:hard|difficult|awful|painful) (?:this|it) (?:is|has been|was) (?:for|on) me|what (?:this|it) (?:is doing|has done|does) to me`,
    ],
  },
  partnerPain: {
    note: 'The partner\'s pain as the subject of the clause: "I put you through hell".',
    phrases: [
      '(?:put|putting|caused|cause|causing|gave|giving) you|(?:your|you) (?:pain|hurt|suffering|going through)',
    ],
  },
  partnerFocus: {
    note: 'The sentence turning back to the partner: "not your problem", "mine to carry", "you\'re the one who was hurt".',
    phrases: [
      'not (?:your|yours) (?:problem|job|burden|worry|to (?:carry|fix|manage|deal))|not yours',
      'mine to (?:sort|carry|deal|handle|bear|manage|fix)',
      "(?:don't|do not) (?:worry|need to worry) about (?:me|how i)",
      'not (?:asking|looking) for (?:sympathy|pity)',
      "(?:you're|you are|you were) the one (?:who|that)",
      '(?:about|for) you,? not (?:me|how i)',
    ],
  },

  // The non-apology
  neverMeant: {
    note: 'Intent put where the act should be: "I never meant for anyone to get hurt".',
    phrases: ["(?:never|didn't|did not) (?:mean|meant|intend|intended|want|wanted) for (?:anyone|anybody|it|this|you|things|any of this) to"],
  },
  sorry: {
    note: 'The words that say sorry.',
    phrases: ['sorry|apologi[sz]e\\p{L}*|apolog(?:y|ies)|regret\\p{L}*'],
  },
  sorryForTheWrongThing: {
    note: 'What the sorry is for, when it is not the act: the partner\'s feelings, how it came out, "any pain", "whatever part", "if".',
    phrases: [
      '(?:(?:so )?upsetting|hurtful|hard|difficult|painful|uncomfortable) for (?:you|u)',
      '(?:made|makes|make|left) (?:you|u) (?:feel )?(?:uncomfortable|upset|sad|hurt|angry|uneasy|insecure|jealous|worried)',
      '(?:the way|how) (?:it|this|that|things|everything)(?: all)? (?:came out|went|turned out|ended|happened|played out|came to light|landed|hit you|affected you)',
      '(?:were|was|are|is|been|being) (?:perceived|interpreted|received|taken the wrong way)|how (?:it|this|that|i) (?:was|were|came) (?:perceived|across)',
      '(?:seems|seemed|appears|appeared) to have (?:\\p{L}+ )?(?:affected|hurt|upset|bothered)',
      '(?:it|this|things|everything)(?: all)? (?:got|became|turned|went|has got|has been|have been|got) (?:so |this |really )?(?:messy|complicated|out of hand|ugly|difficult|hard|bad)',
      '(?:to )?(?:whatever|any|some) (?:extent|degree)|in so far as|insofar as',
      '(?:come|came|had to come|turned) out (?:the way|like|how) (?:it|they|that|this) did|the way (?:they|it) (?:did|went|ended)',
      '(?:any|whatever|whichever) (?:part|pain|hurt|upset|harm|role|distress|wrong|mistakes?)',
      '(?:part|role|share) (?:i|that i) (?:played|had)',
      '(?:this|the) situation|may have (?:\\p{L}+ )?(?:brought|caused|hurt|upset)|might have (?:caused|hurt|upset)',
      `(?<!as )if (?:${W} ){0,6}(?:hurt|upset|offended|bothered|uncomfortable|made you|came across)`,
      "(?:you|u)(?:'ve| have| had|'d|'re| are| were)? (?:been |got |gotten |felt |feel |get )?(?:so |very |really |this |that )?(?:upset|hurt|sad|angry|distressed|uncomfortable|worried|anxious|offended)",
      '(?:for |about )?(?:the|any|all the|this|that) (?:drama|fuss|trouble|mess|upset|stress|inconvenience|confusion|misunderstanding|hassle|bother)',
      "(?:you|u) (?:feel|felt|see it|took it|take it|reacted|found out|find out|had to find out|had such|got the wrong)",
      '(?:were|was|got) (?:made|caused|done)(?! (?:by me|on purpose))',
    ],
  },
  sorryForTheAct: {
    note: 'Sorry for something the speaker did, named: "sorry I lied", "sorry for the lies", "every time I made you feel".',
    phrases: [
      "(?:sorry|apologi[sz]e|regret) (?:that |for (?:what |how )?|about )?i (?:\\p{L}+ )?(?:did|lied|cheated|hid|hurt|betrayed|broke|chose|made|said|called|told|let|kept|took|went|put)",
      '(?:sorry|apologi[sz]e|regret) (?:for|about) (?:the lies|lying|hiding|cheating|my lies|the affair|what i (?:did|said)|betraying|deceiving)',
      "(?:i|i've|i have|i'd) made (?:you|u)|making (?:you|u)|(?:that )?i (?:caused|created|put you through)",
      '(?:sorry|apologi[sz]e|regret) (?:for|about) (?:\\p{L}+ing|(?:the way|how) i)',
    ],
  },

  blameShared: {
    note: 'Blame shared out, or nobody doing anything: "on both our parts", "errors were made".',
    phrases: [
      "(?:on )?both (?:our|of our) (?:parts|sides)|on both sides|it takes two|we(?:'re| are| were)? both (?:to blame|at fault|responsible|guilty)",
      '(?:let|hurt|failed|betrayed|wronged) each other|we both (?:\\p{L}+ )?(?:let|hurt|made|did|messed|failed)',
      '(?:mistakes|errors|things) (?:happened|occurred)',
      "one-sided|one sided",
      '(?:errors|mistakes|misjudge?ments?|bad choices|poor choices|bad decisions)(?: of judge?ment)? (?:were|got|have been|had been) made',
    ],
  },

  // Pressure for closure
  closureAct: {
    note: 'The ending asked for: moving on, letting it go, being back to normal, forgiving, leaving it in the past.',
    phrases: [
      'move on|moving on|moved on|get past|got past|getting past|move past|put (?:it|this|that|all this|all of this|the past) behind',
      'let (?:it|this|that|her|him|things) go|letting (?:it |this )?go|drop (?:it|this|the subject)|dropping it',
      'forg(?:iv|av)\\p{L}*(?! (?:myself|yourself))|get over|be over|over it|be done|done with|sorted|closure|a line under|fresh start|clean slate|start(?:ed|ing)? again',
      '(?:back|go back|get back|going back) to (?:normal|how|the way|being)|normal again|be (?:us|normal|happy|okay|ok|fine|together|a family|close) again|a (?:truce|ceasefire)|a normal (?:christmas|weekend|week|day|evening|holiday|birthday|life)|(?:let|letting) me (?:move|come) (?:back|home)|move back in|focus on the future|look(?:ing)? forward|(?:started|start|starting) living again|living again',
      '(?:left|leave|leaving|keep|kept) (?:\\p{L}+ )?in the past',
      'stop (?:looking|reading|going through|having|asking|bringing|mentioning|talking|going on|dwelling|checking|discussing|raising|digging|reliving|rehashing)|not do this|(?:not|didn\'t|don\'t|do not|did not) (?:talk|go|going|get) (?:about|over|into|through) (?:it|this|that|the details|all that|all this|it all)(?: again)?',
      `(?:decide|make a decision|made up your mind|make up your mind)(?: \\p{L}+){0,4}`,
      'limbo|square one|turned the corner|(?:through|past) the worst|stop picking|picking at (?:it|this|the)|without (?:all )?(?:this|it|that)(?: hanging| coming up| getting in)?|turn (?:a|the) corner|over the worst|better by now|ruin(?:s|ed|ing)? (?:another|every|one more|our|the) (?:\\p{L}+ )?(?:summer|christmas|holiday|weekend|evening|day|birthday|year|night)|keeping (?:that|your|the) promise|keep your promise',
    ],
  },
  pressure: {
    note: 'Time and pressure beside the ending: "it\'s been half a year", "before Easter", "a hundred times", "why can\'t you".',
    phrases: [
      `(?:it's|it has|it is|its) been (?:nearly |almost |over |more than |about |like )?${NUMBER}?(?: ?\\p{L}+)? (?:days|weeks|months|years|half a year|a year)`,
      '(?:already|by now|surely|enough|a hundred times|so many times|over and over|a million times|a thousand times|been over (?:it|this|that))',
      '(?:by|before|at|for) (?:the |this |next |your |our )?(?:\\p{L}+ (?:come|comes|visit|arrive|get)\\p{L}* (?:over )?(?:at |for )?)?(?:christmas|easter|summer|new year|the holidays|holiday|the wedding|wedding|birthday|anniversary|the end of)',
      "(?:it's|it is|its|about|high|isn't it|is it not) time (?:we|to|you|for us)|time (?:we|for us) (?:moved|started|put|got|let|stopped)|at some point|going to have to|(?:have|need) to decide|(?:i|we) can't (?:live|go on|keep)|forever|every time (?:you|u)|tonight",
      "why (?:you|u) can't|why can't (?:you|u)|i don't understand why|you promised|you said you(?:'d| would)|you agreed",
      'when (?:do|will|are|can|is|does)|how (?:long|much longer)|ever going to|(?:can|could) we|let\'s|let us|please|i\'d (?:really |just |so )?(?:love|like|rather|prefer)|what else (?:do|can|must|should) i|before we can|when (?:you\'re|you are|you\'ll|you will) (?:going to|gonna|finally|ever)|i want us|we need to|i need (?:you|us|this|it|things)',
      'if (?:you|u) (?:actually|really|truly|honestly) (?:wanted|loved|cared|want|love|cared)',
      "(?:if|could|would) (?:you )?(?:could |would )?(?:just|please|finally)|would mean (?:so much|a lot|everything)|after (?:a|one|two|three|six|\\p{N}+|all this) (?:\\p{L}+ )?(?:year|years|months|weeks|time)",
      "before (?:the kids|they|your parents|my parents|people|everyone|anyone|the family) (?:come|get|arrive|find|visit)|(?:christmas|easter|the wedding|summer|the holiday|your birthday|our anniversary) is (?:in|next|coming|only)",
      "(?:would|it'd|it would) do us (?:both )?good|(?:it would|it'd) be (?:better|good|healthier) (?:for us )?to|i thought we(?:'d| would)",
      'why not me|(?:much|far|way) worse',
      'seventy times seven|scripture|the bible|god (?:says|tells)',
      "(?:it )?(?:doesn't|does not) (?:feel|seem|look) like you",
    ],
  },
  reopeningBlamed: {
    note: 'Talking about it described as the partner\'s fault: "until you brought it up again", "why do you keep reopening it".',
    phrases: [
      'until (?:you|u) (?:brought|mentioned|started|raised|asked|went)',
      '(?:keep|keeps|kept|still|always) (?:reopening|bringing|raising|dredging|dragging|digging|picking)',
      '(?:drag|dragging|pull|pulling|take|taking|drags|pulls) us (?:back|backwards|down)',
      'reopen\\p{L}* (?:it|this|that|old wounds|things)|brought (?:it|this|that|her|him) up again',
    ],
  },
  doneEnough: {
    note: 'Counting what has already been given, as if it should settle things: "what else do you want from me".',
    phrases: [
      'what (?:else|more) (?:do )?(?:you )?(?:want|need) from me|what (?:else|more) can i (?:possibly )?(?:do|say)',
      "i(?:'ve| have) (?:apologi[sz]ed|said sorry|said i'm sorry) (?:a (?:hundred|thousand|million) times|so many times|enough|over and over|again and again|every day)",
    ],
  },
  yourChoice: {
    note: 'The ending left as the partner\'s choice: "when you\'re ready", "yours to decide", "I won\'t ask you to".',
    phrases: [
      "when (?:and if |or if )?(?:you|u)(?:'re| are) ready|if (?:and when )?(?:you|u) (?:want|need|choose|decide|ever)",
      '(?:your|yours) (?:choice|decision|call|to decide|to give|to make|time)|yours',
      'not (?:asking|expecting|pushing|rushing|pressuring)',
      "(?:won't|will not|never|don't|do not|not going to|would never|can't|cannot) (?:\\p{L}+ )?(?:ask|pressure|push|rush|hurry|expect|make|tell|demand)",
      'no (?:timeline|deadline|rush|hurry|time limit)|however long|as long as (?:you|it takes)|whenever (?:you|u)',
      '(?:you|u) can (?:bring|ask|tell|take|talk)',
    ],
  },
} satisfies Record<string, Cue>;
