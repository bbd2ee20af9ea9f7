import { problem, sincere, type LabelledSentence } from './apologySentences';

/**
 * The held-out half (90 sentences) of the second writer's set (see `secondWriterTune.ts`): the
 * writer had never seen the rules or any earlier set, and nobody working on the checker read
 * these sentences until tuning had finished. They were then scored exactly once, and only
 * after that added here: recall 46.0% (23 of 50 problems), false flags 10.0% (4 of 40 sincere).
 * That is the honest measure of how far the cue combinations generalise to a stranger's words,
 * and the recall test holds the checker to it. Tune on these and the figure stops being held-out.
 */
export const SECOND_WRITER_FINAL: readonly LabelledSentence[] = [
  problem(
    'justifying',
    'The long shifts at the hospital left me so numb that talking to Ben on nights was the only thing that made me feel human.',
  ),
  problem(
    'justifying',
    "You'd been pulling away for ages, not touching me, not asking about my day, so of course I ended up leaning on someone who did.",
  ),
  problem(
    'justifying',
    'Being stuck at home all through lockdown with your moods, I needed an outlet, and the betting app was it.',
  ),
  problem(
    'justifying',
    "Since Mum passed I've not been myself, and I truly think the grief turned me into someone I don't recognise.",
  ),
  problem('justifying', 'He was relentless, texting me every day for months, and eventually I gave in.'),
  problem(
    'justifying',
    "We'd been living separate lives ever since the move to Perth, so to me it didn't feel like I was betraying a real marriage.",
  ),
  problem(
    'justifying',
    "I grew up watching my father do the same thing, it's in my blood somehow, I never stood a chance.",
  ),
  problem(
    'justifying',
    "Frankly you controlled every penny, so I had no choice but to open a card you didn't know about.",
  ),
  problem(
    'justifying',
    'In my family a man does not share money worries with his wife, so I hid the loans, it is how I was brought up.',
  ),
  problem(
    'misunderstood',
    "You've got the wrong end of the stick completely, Olivia is a friend of my cousin's and that's all she is.",
  ),
  problem(
    'misunderstood',
    "I don't know who's been feeding you these stories, but I've never even been to Leeds.",
  ),
  problem(
    'misunderstood',
    "You're letting your anxiety convince you of things that have no basis in reality.",
  ),
  problem('misunderstood', "That profile isn't active, I made it years before we met and forgot it existed."),
  problem('misunderstood', "You've taken one weird text and spun a whole soap opera out of it."),
  problem(
    'misunderstood',
    "There was no affair, there was a friendship that you've decided to label as one.",
  ),
  problem('misunderstood', "Your mum never liked me and now she's filling your head with rubbish."),
  problem(
    'misunderstood',
    "I think you need to look at the screenshots again, because none of them say what you're claiming they say.",
  ),
  problem(
    'misunderstood',
    'How could I possibly have been seeing someone when I was home every night, think about it logically.',
  ),
  problem('minimizing', "It was sexting, not sex, and there's a big difference."),
  problem(
    'minimizing',
    'They were old feelings for an ex that I never acted on, apart from a couple of phone calls.',
  ),
  problem('minimizing', 'A few hundred quid on the horses now and then is hardly a gambling problem.'),
  problem(
    'minimizing',
    "It lasted about six weeks, so please don't talk about it like it was my whole life.",
  ),
  problem('minimizing', 'It was a dating app, I never met anyone off it, I was more curious than anything.'),
  problem('minimizing', 'Half the lads at work have done a lot worse than me and their marriages are fine.'),
  problem(
    'minimizing',
    "It all ended before we got engaged, so technically it's not like I cheated on my fiancee.",
  ),
  problem(
    'minimizing',
    'Compared to what could have happened, a bit of hand-holding at a work dinner is pretty tame.',
  ),
  problem(
    'pity',
    "I've been signed off with stress and the doctor's put me on tablets, so please go easy on me.",
  ),
  problem(
    'pity',
    'I feel like the lowest form of life on this earth, I honestly wonder why anyone would want me around.',
  ),
  problem(
    'pity',
    "Nobody asks how I'm doing, everyone's fussing over you and I'm completely on my own with this.",
  ),
  problem('pity', "My chest aches all the time, I think I'm genuinely going to make myself ill over this."),
  problem('pity', 'I have paid for this a hundred times over in sleepless nights, surely that counts.'),
  problem('pity', "I don't recognise myself anymore; I'm a shell of the person I was before all this."),
  problem('pity', "Please don't shut me out, I really can't cope with being alone in this flat."),
  problem('pity', "You get to be angry, but I'm the one who has to live inside my own head every day."),
  problem('non-apology', 'I am sorry for any misunderstanding my actions may have led to.'),
  problem(
    'non-apology',
    "Should any of this have hurt you, please know that wasn't my intention and I'm sorry.",
  ),
  problem('non-apology', "It takes two to let a marriage get to this point, and I'm sorry for my half."),
  problem('non-apology', "I'm sorry things got so messy between us."),
  problem('non-apology', 'Sorry you had to hear it from Kate rather than from me.'),
  problem('non-apology', "I wish none of this had come to light, for both our sakes, and I'm sorry it did."),
  problem('non-apology', "I'd like to apologise to the extent that I did anything wrong."),
  problem('non-apology', "Sorry if I haven't been the husband you wanted."),
  problem(
    'closure',
    "We've done the counselling, we've done the holiday, surely now we can be a normal couple again.",
  ),
  problem('closure', 'I need you to promise me this is the last conversation we ever have about Jonathan.'),
  problem(
    'closure',
    "You'll have to forgive me eventually if we're going to stay together, so why not start now?",
  ),
  problem(
    'closure',
    "It's our anniversary next month and it'd be lovely if we could be past all this by then.",
  ),
  problem(
    'closure',
    'Holding on to this anger is only going to poison you, you need to let it go for your own sake.',
  ),
  problem('closure', 'A good wife forgives, that is what my mother did and what her mother did before her.'),
  problem('closure', "Stop checking my phone, I've proven myself enough by now."),
  problem('closure', "It's been a year, love, I can't keep apologising forever."),
  sincere(
    'I kept a second phone in the glovebox for eighteen months so I could text Lauren, and I lied when you asked about it.',
  ),
  sincere(
    "I gambled away money that was meant for the kids' school fees, and I hid the letters from the bank.",
  ),
  sincere(
    'I was exhausted from the hospital shifts, but that only explains why I was tired, not why I lied.',
  ),
  sincere("You had every right to go through my phone, and I'm glad you did."),
  sincere(
    "I'm not going to call it 'only sexting'; I shared intimate photos with another man while we were married.",
  ),
  sincere(
    "If you'd like me to move into the spare room or out of the house, I'll do whichever helps you most.",
  ),
  sincere('I will not ask you to get over this.'),
  sincere("Please take all the time you need; I'm not going to keep asking how long."),
  sincere("My grief over Mum is real, but it doesn't give me a pass for lying to you."),
  sincere(
    'I have told Olivia we cannot be in contact any more and blocked her on everything, and you can watch me do it again if that helps.',
  ),
  sincere('Nothing about how you treated me made this happen; I made it happen.'),
  sincere("I'm sorry. I lied to you about the money, the betting, and where I was on Saturdays."),
  sincere('I owe you the whole truth, not the cleaned-up version.'),
  sincere(
    "If you need to tell your friends what happened, you are free to, and I won't ask you to protect me.",
  ),
  sincere('I chose to meet him, I chose to hide it, and I chose to keep lying when you asked.'),
  sincere(
    "The fact that it happened before the engagement doesn't make it acceptable; I was with you, and I hid it.",
  ),
  sincere('When you asked me straight out in March, I looked at you and said no; you deserved a yes.'),
  sincere(
    "Of course you're angry, and you don't have to be anything other than angry with me for as long as it lasts.",
  ),
  sincere("I have joined Gamblers Anonymous and I've handed the cards over to you."),
  sincere('It was not a small thing; it was a year-long relationship with your best friend.'),
  sincere('I cannot blame the move, the distance or anybody but myself.'),
  sincere(
    "I'll sit with you and go through every message if you want to read them, even the ones that will hurt.",
  ),
  sincere("I'm not telling you this to feel lighter; I'm telling you because you have a right to know."),
  sincere(
    "I lied to you while looking you in the eye, and I know that's what makes it so hard to believe anything I say now.",
  ),
  sincere('You were not too busy, too tired or too distant; you were my wife, and I cheated.'),
  sincere("I don't get to decide when this is behind us."),
  sincere('I deceived you about my past with Karim before our wedding and kept deceiving you after it.'),
  sincere("Sometimes I'll get it wrong while we rebuild, and when I do, I want you to tell me."),
  sincere("I know my tears aren't the point, so I'll cry with my counsellor, not at you."),
  sincere('I am ashamed of what I did to you and to our daughters.'),
  sincere("I have given you my email and bank logins and I won't change them."),
  sincere("Even if you never forgive me, I'm still going to tell you the truth from now on."),
  sincere("You don't owe me another chance."),
  sincere("Your mum has every reason not to trust me, and I won't speak against her for it."),
  sincere(
    'Dear wife, I am writing to say clearly that I had a relationship with a lady from my office and I hid it from you for two years.',
  ),
  sincere("I'm sorry I kept telling you it was a misunderstanding when I knew exactly what it was."),
  sincere(
    'hey. i know you dont want to talk. i just want you to know im not going anywhere and ill wait as long as you need',
  ),
  sincere(
    "I'm getting treatment for my depression because I need it, not because it excuses anything I did to you.",
  ),
  sincere("I was wrong, and there is no 'but' at the end of that sentence."),
  sincere('I want to earn back your trust through what I do, not by asking you to hand it to me.'),
];
