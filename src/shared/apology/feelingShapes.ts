import type { ApologyRule } from './apologyKinds';
import { anyOf } from './phrasePattern';
import { CLOSURE_ACT, DEADLINE, GAP, HARD_FOR_ME, NOT_BEFORE, SOFT } from './wordClasses';

/**
 * Shape rules for pity, the non-apology and pressure for closure; read with `reasonShapes.ts`,
 * which says how a shape rule is built.
 */

/** Someone asking for the talking to end: "can we", "I need us to", "surely we can", "when are you going to". */
const PRESSURE = `(?:${[
  "(?:can|could|can't|cannot|couldn't) we(?: please)?(?: just)?(?: not)?",
  "let(?:'s| us)(?: just)?",
  'i (?:really |just |honestly )?need (?:us |you )?to',
  'we need to',
  "you(?:'ve got| have| need| got| ought| just have| really need) to",
  'surely (?:we|you) (?:can|could|should)',
  "why can(?:'t|not| not) (?:you|we)(?: just)?",
  'when (?:are|will) you(?: ever)?(?: going to| gonna)?',
  'how long (?:are|will|do|until|before) you(?: going to| gonna)?(?: keep)?',
  "(?:isn't|is it not|it's|it is) (?:about )?time (?:to|you|we)",
  "at some point you(?:'ll| will)? (?:have|need) to",
  'please(?: just)?',
  'i want (?:us|you) to',
  "(?:i was |i'm |i am )?hoping (?:that )?we (?:could|can|would|might)(?: finally)?",
  'is there any chance (?:that )?we (?:can|could)(?: just)?',
].join('|')})`;

export const FEELING_SHAPES: readonly ApologyRule[] = [
  // Pity
  {
    kind: 'pity',
    pattern: anyOf(
      `${SOFT}${HARD_FOR_ME} (?:for|on) me(?! to (?:say|write|admit|tell|hear|read|see))`,
      `i(?:'m| am) the one (?:who(?:'s| is| has| has to)? )?(?:lying awake|suffering|hurting|struggling|crying|paying|losing|left|living with|who can't|not sleeping|carrying|falling apart)`,
      `(?:nobody|no one|no-one|not one person)(?: ever| even)? (?:asks|asked|cares|cared|thinks|thought|checks|understands|sees|notices|wonders)(?: about)? (?:how|what|about|if|whether) (?:i|me)`,
      `(?:do|does|did) (?:you|anyone) ${SOFT}(?:know|have any idea|understand|realise|realize) (?:what it(?:'s| is| was) like|how (?:it|hard|much|bad|awful)|what (?:i|this))`,
    ),
    explanation:
      "Your struggle matters, and a friend or counsellor can hear it; your apology is the place for your partner's.",
  },
  {
    kind: 'pity',
    pattern: anyOf(
      `how much (?:more )?(?:of this )?i can (?:take|bear|stand|handle)`,
      `i can(?:'t|not| not) (?:take|bear|stand) (?:much |any )?more`,
      `i(?:'m| am) at (?:rock bottom|breaking point|the end of my rope|my lowest)`,
      `(?:barely|hardly|not) (?:holding|keeping) (?:it|myself) together`,
      `(?:the )?worst (?:person|human|human being|man|woman|husband|wife|partner|father|mother|dad|mum|mom) (?:alive|in the world|ever|on earth|there is)`,
      `i feel like (?:a|the|such a) (?:monster|failure|worst|terrible|horrible|awful|disgusting|piece of|waste|fraud)`,
      `i(?:'ll| will) never forgive myself`,
      `i(?:'ve| have) been so ${SOFT}(?:depressed|low|ill|sick|anxious)`,
    ),
    explanation:
      'Harsh words about yourself can leave your partner feeling they must reassure you, at the moment the apology is for them.',
  },
  {
    kind: 'pity',
    pattern: anyOf(
      `turned (?:their|his|her|its) backs? on me`,
      `(?:nowhere|no one|nobody|no-one) (?:left )?to (?:go|turn to|talk to)`,
      `i(?:'ve| have)(?: got)? nowhere`,
      `i(?:'ve| have) (?:lost|given up) ${SOFT}(?:everything|friends|my friends|sleep|weight|a stone|my job|so much|my appetite|my reputation|my family)`,
      `i can(?:'t|not| not) ${SOFT}(?:eat|sleep|work|function|think straight|breathe|cope)`,
      `i (?:cry|cried|lie awake|lay awake|can't stop crying|throw up|haven't slept|barely sleep|hardly sleep)`,
    ),
    explanation: 'How much you are suffering can quietly become a request for your partner to let it go.',
  },

  {
    kind: 'pity',
    pattern: anyOf(
      `(?:this|it|what happened|all this|all of this|that)(?:'s| has| is| have) ${SOFT}(?:destroyed|destroying|broken|breaking|ruined|ruining|killing|eating|tearing|wrecking|crushing|consuming|finished|finishing) me`,
      `(?:what|how) (?:this|it|all this) (?:is doing|has done|does|is|feels) to me`,
      `ruined my (?:own )?(?:life|career|reputation|future)`,
      `(?:going to|gonna|will) (?:end up|be|die) alone|end up alone`,
      `i(?:'ve been having| have been having|'m having| am having| keep having|'ve had| have had) (?:panic|anxiety) attacks|i(?:'ve| have) been signed off`,
      `my (?:whole )?(?:world|life) (?:has )?(?:collapsed|fallen apart|ended|crumbled|caved in)`,
      `can(?:'t|not) face (?:anyone|anybody|people|the world|going out|work|my friends)`,
      `can't you see (?:i'm|i am|how much|what)|(?:hurting|suffering|struggling) as well`,
      `(?:it's|this is|it is) ${SOFT}humiliating|i(?:'ve| have) had to (?:move|sleep|stay|live) (?:in|into|at|on)`,
      `i(?:'m| am) drowning|drowning here|(?:you|nobody|no one) (?:don't|doesn't|do not|does not) even notice`,
      `(?:i'll|i will|i'm|i am) never (?:going to )?be happy again`,
      `i can(?:'t|not| not) (?:bear|take|stand|handle|cope with) (?:it|this|any more|much more|seeing)`,
      `(?:the )?(?:loneliest|saddest|lowest|worst) i(?:'ve| have) ever (?:been|felt)`,
      `(?:you(?:'ve| have)?(?: got)?|you don't have|you do not have) no (?:clue|concept)`,
      `how much i(?:'ve| have)? (?:suffered|struggled|cried|lost|hurt(?! (?:you|her|him|them|everyone|people|the|our|my))|been through)`,
      `disgusted (?:with|by) myself|sick of myself`,
      `i(?:'m| am) ${SOFT}(?:such )?(?:a|an) (?:terrible|horrible|awful|bad|disgusting|vile|despicable|pathetic|worthless) (?:person|human|man|woman|husband|wife|partner)`,
      `(?:friends|family|everyone|everybody|people|they) (?:have |has )?(?:all )?(?:dropped|abandoned|deserted|cut off|disowned|blocked) me`,
      `i(?:'ve| have)(?: got)? (?:nobody|no one|no-one)(?! to blame)`,
      `how (?:much )?longer i (?:can|could|will be able to) (?:keep going|go on|cope|take|carry on|do this)`,
      `i(?:'m| am) ${SOFT}(?:a )?(?:complete |total |absolute |such a |an utter )?(?:mess|wreck|shell|ghost|disaster|nothing|failure)(?: of (?:myself|a (?:man|woman|person)))?`,
      `i(?:'m| am) not (?:sleeping|eating|coping|functioning)`,
      `(?:i'm|i am|i've been|i have been) paying for (?:this|it)`,
      `(?:you|nobody|no one) (?:don't|do not|can't|cannot|will never|could never|never) ${SOFT}(?:understand|know|imagine|see) (?:how|what) (?:much |hard |bad )?(?:i|this is|it is|it's)`,
      `(?:i'm|i am|i've been|i have been) ${SOFT}(?:hurting|suffering|struggling|in pain|grieving|broken|crying) too`,
      `i(?:'ve| have) been through ${SOFT}(?:so much|hell|a lot|enough|everything)`,
      `(?:nobody|no one|no-one) ${SOFT}(?:cares|understands|listens|asks|notices|sees)(?=\\s*(?:[,.!?;]|$|about me|how i))`,
      `(?:you(?:'ve| have)?(?: got)?|you don't have|you do not have) (?:any|no) idea (?:what|how)`,
      `what i(?:'m| am|'ve been| have been) (?:going|been) through`,
      `(?:think|thought|ask|asked|care|cared|wonder|wondered) (?:about )?(?:how|what) i(?: feel| felt| need| am|'m| think)`,
      `i(?:'m| am)? (?:punish|punishing) myself`,
      `(?:isn't|is not|wasn't) that (?:enough|punishment enough)`,
      `haven't i (?:suffered|been punished|paid)`,
      `(?:barely|hardly|only just) (?:surviving|coping|functioning|living|hanging on)`,
      `i(?:'m| am) in (?:bits|pieces|tatters|a state|a bad way|a dark place|a really bad way)`,
      `(?:hat(?:e|ing)|loath(?:e|ing)|despis(?:e|ing)) myself`,
      `i feel ${SOFT}(?:alone|lonely|isolated|abandoned|worthless|useless|hopeless|empty)(?! (?:because|when) i)`,
      `(?:can't|cannot|can not) (?:keep going|go on|carry on)(?! (?:round|over|back|like|on about))`,
      `i(?:'m| am) ${SOFT}exhausted`,
      `spare a thought for me`,
      `what about my feelings`,
      `(?:for me|about me) for once`,
      `the one (?:who(?:'s| has| is)? )?(?:lost|losing|suffering)`,
      `(?:it's|it has|this has|it) been ${SOFT}(?:agony|hell|torture|a nightmare|unbearable|horrendous|a living hell)(?! for you)`,
    ),
    explanation: 'How much you are suffering can quietly become a request for your partner to let it go.',
  },

  // The non-apology
  {
    kind: 'non-apology',
    pattern: anyOf(
      `sorry (?:for (?:how|the way) you (?:feel|felt|reacted|react|took|take|see|saw)|(?:that |if )?you (?:had to|have to|ended up|learned|learnt|think|thought|reacted|can't|couldn't|don't|didn't|found|feel|felt))`,
      `(?:whatever|(?:for|about|if) anything)(?: it is| it was| that)? i(?:'ve)? (?:did|have done|done|may have|might have|could have|said|am supposed to have)`,
      `if i ${SOFT}(?:hurt|upset|offended|have hurt|made you|caused)`,
      `(?:hurt|upset|offended) you in any way`,
    ),
    explanation:
      'An "if" or a "whatever" makes the hurt sound uncertain, and being sorry for how your partner feels is not the same as being sorry for what you did.',
  },
  {
    kind: 'non-apology',
    pattern: anyOf(
      `we(?: have|'ve)? both (?:made|did|do|have|had|messed|hurt|said|played|contributed|share|own|let|screwed|failed|got|were|are|need to take|could have)`,
      `(?:both|all|each) of us (?:made|did|are|were|have|had|messed|hurt|played|share)`,
      `(?:it (?:wasn't|was not|isn't|is not) )?not (?:just|only) (?:me|my fault)`,
      `(?:mistakes|errors|bad choices|choices|regrettable things) (?:were|got|have been) (?:made|done)`,
      `regrettable things`,
    ),
    explanation:
      'Words that share the blame out or leave nobody doing anything let the apology slip past what you did.',
  },

  {
    kind: 'non-apology',
    pattern: anyOf(
      `sorry (?:for|about) (?:what happened|everything that happened|all (?:of )?this|the whole thing|the situation|how things (?:went|turned out|are))`,
      `sorry (?:that )?(?:it|things) (?:came|got|turned|went|ended)`,
      `if i (?:did|have done|'ve done|said) (?:something|anything)`,
      `(?:sorry|apologi[sz]e) (?:for|about) (?:the|any|all(?: the)?) (?:upset|hurt|pain|distress|trouble|stress|mess|problems|drama|difficulty|difficulties|inconvenience)(?!\\s+(?:i|that i|my|you have|you've))`,
      `sorry (?:that )?(?:things|it|this|all this)(?:'s| has| have| had| are| were| is)(?: been)? ${SOFT}(?:difficult|hard|tough|bad|rough|awful|painful|messy)`,
      `sorry (?:that )?you (?:see|view|look at|take) (?:it|things|this|that)`,
      `i (?:feel|felt) (?:so )?(?:bad|terrible|awful|sorry) (?:that|about how) you(?:'re| are| were| feel| felt| got)`,
      `regret (?:that )?(?:you (?:found out|had to|feel|saw|learned|learnt)|(?:the way|how) you found out)`,
      `(?:an )?apology of sorts|sort of (?:an )?apology|i (?:suppose|guess) i owe you (?:an apology|a sorry)`,
      `if what i (?:did|said|have done|'ve done) (?:upset|hurt|offended)`,
      `if you (?:feel|felt|think|thought) (?:that )?i`,
      `we (?:were|are|'re) both (?:at fault|to blame|wrong|responsible|guilty|in the wrong)`,
      `${NOT_BEFORE}(?:both|equally) (?:at fault|to blame|responsible)`,
      `(?:whatever|anything) (?:it is )?you (?:think|thought|believe|feel|say) i`,
      `(?:regret|sorry about|sorry for) (?:how|the way) (?:it|things|this|all this) (?:all )?(?:came out|went|turned out|ended|happened|played out)`,
      `(?:some |certain )?things (?:happened|went on|were done) that (?:shouldn't|should not)`,
      `sorry for my (?:part|share|role|side)`,
      `my (?:choices|actions|behaviour|behavior|decisions|mistakes|words) (?:may have |might have )?(?:affected|hurt|upset|impacted|caused)`,
      `(?:was|were) never my intention`,
      `if that(?:'s| is) what you (?:need|want) to hear`,
      `(?:it's|it is|it was) (?:a shame|a pity|unfortunate|sad) (?:that )?(?:things|it|this|we)`,
      `sorry,? i (?:guess|suppose)`,
      `i (?:guess|suppose) i(?:'m| am) sorry`,
    ),
    explanation:
      'Being sorry for how your partner feels, or for what happened, is different from being sorry for what you did.',
  },

  // Pressure for closure
  {
    kind: 'closure',
    pattern: anyOf(
      `${PRESSURE}${GAP(5)} ${SOFT}${CLOSURE_ACT}`,
      `${PRESSURE} (?:trust me|be ready|be done|be happy|be normal)`,
    ),
    explanation:
      'Asking to stop talking about it tells your partner that their hurt has a time limit set by you.',
  },
  {
    kind: 'closure',
    pattern: anyOf(
      `${CLOSURE_ACT}(?: \\p{L}+){0,3} ${DEADLINE}`,
      `(?:i need|we need|you need|you have|i want|i expect|i'll need)(?: \\p{L}+){0,6} ${DEADLINE}`,
      `${DEADLINE},? (?:i|we|you) (?:need|want|have|expect|must|should)`,
    ),
    explanation:
      "A deadline for healing puts your timetable on your partner's pain, and nobody can heal to a date.",
  },
  {
    kind: 'closure',
    pattern: anyOf(
      `nothing (?:left|more|else) to (?:talk about|say|discuss|ask|know|explain|go over)(?! (?:in my defen[cs]e|for myself|to excuse))`,
      `(?:there's|there is) no (?:point|need) (?:in )?(?:talking|going over|bringing|asking|discussing|digging)`,
      `i(?:'ve| have) (?:already )?(?:said|told you) (?:i'm )?sorry(?: (?:already|enough|(?:a )?(?:hundred|thousand|million|so many|many) times|over and over|again and again|a lot))?(?=\\s*(?:[,.!?;]|$|so\\b|what\\b|and\\b|now\\b|how\\b))`,
      `(?:can't|cannot|not going to|won't|refuse to|shouldn't have to) (?:keep )?(?:apologi[sz]ing|saying sorry|paying for (?:it|this)|being punished)`,
    ),
    explanation:
      'Counting the apologies already made, or saying there is nothing left to talk about, can close a door your partner still needs open.',
  },
  {
    kind: 'closure',
    pattern: anyOf(
      `(?:don't|do not) want to (?:talk|hear|go over|discuss|think) (?:about )?(?:it|this|that)(?: \\p{L}+)? (?:anymore|any more|again)`,
      `i(?:'m| am) (?:so )?done (?:talking|discussing|going over|explaining|apologi[sz]ing|answering)`,
      `how many (?:more )?times (?:do|must|will|have|should) i (?:have to |need to |got to )?(?:say|apologi[sz]e|tell)`,
      `(?:going|go|went) round in circles`,
      `(?:drag|dragging|dig|digging|rake|raking) (?:it |this |all this )?up`,
      `hold(?:ing)? (?:it|this|that) over (?:me|my head)`,
      `throw(?:ing)? (?:it|this|that) (?:back )?in my face`,
      `(?:still|always|constantly|forever) bringing (?:it|this|that) up`,
      `you said you(?:'d| would) forgive`,
      `(?:ruin|ruining|spoil|spoiling|waste|wasting) (?:another|every|one more) \\p{L}+ (?:over|about|on) (?:this|it)`,
      `give it (?:\\p{L}+ ){0,3}(?:weeks|months|days|time) and (?:we'll|you'll|it'll|things will|we will|you will) be`,
      `(?:stop|quit) dwelling`,
      `dwelling on (?:the past|it|this)`,
      `(?:keep|keeps|always|still) (?:going back over|going over|picking at|raking over|bringing up|going on about) (?:it|this|that|the past)`,
      `(?:thought|think|hoped) we(?:'d| had| were)? (?:dealt with|got past|moved on from|put|been through|over|done with) (?:this|it|that)`,
      `(?:without|with) (?:this|it|that) hanging over`,
      `(?:want|need|like) (?:things|us|it|everything) (?:to go )?back (?:to )?(?:the way|how|to normal|normal)`,
      `(?:you )?promised (?:we(?:'d| would)|you(?:'d| would)) (?:start again|move on|forgive|put|get past|be okay|try)`,
      `(?:like|love) us to be able to (?:move|get|put)`,
      `move past (?:this|it|that)`,
      `put (?:this|it|that|the whole thing|this whole thing|all this) to bed|close (?:the|this) (?:book|chapter)`,
      `(?:where|when|without) we (?:don't|do not|can't|aren't) (?:talk|talking|mention|bring)`,
      `without (?:talking about|bringing up|mentioning) (?:it|this|her|him)`,
      `you(?:'d| would)(?: have)? be(?:en)? (?:over|past|done with) (?:it|this|that)|(?:over|past) (?:it|this|that) by now`,
      `when (?:is|will) (?:it|this|that)(?: ever)?(?: going to)? be enough|(?:haven't|have) i done enough|done everything you (?:asked|wanted)`,
      `talked (?:about )?(?:it|this|that) (?:enough|to death)|(?:enough|too much) talking about`,
      `(?:keep|keeps|always) looking (?:back|backwards)|looking backwards|living in the past|live in the past`,
      `(?:this|it|that|all this|all of this|the questions|these questions) (?:has|needs|must|have|need) (?:got )?to stop`,
      `you(?:'re| are) choosing to (?:stay|be|remain) (?:angry|upset|hurt|bitter)|hold(?:ing)? (?:on to|onto) (?:it|this|the anger|your anger)`,
      `(?:can't|cannot) keep (?:punishing|bringing|going on|asking|throwing)`,
      `why are we (?:still |even )?(?:doing|talking about|going over|going through) (?:this|it)|forgave me (?:once )?already`,
      `how long (?:is|will) (?:this|it|all this) (?:going to |gonna )?(?:go on|last|take|drag on)`,
      `(?:can|could) (?:this|that|today|tonight) (?:please )?be the (?:end|last)`,
      `(?:keep|keeps|stop) throwing (?:it|this|that) (?:back )?(?:at me|in my face)`,
    ),
    explanation:
      'Asking to stop talking about it tells your partner that their hurt has a time limit set by you.',
  },
];
