import { problem, sincere, type LabelledSentence } from './apologySentences';

/**
 * A third writer's set (120 sentences: 11 of each kind, 54 sincere), written by someone who had
 * seen nothing: no rules, no model, no earlier set. Nobody working on the checker read it
 * before it was scored exactly once, with the shipped checker (rules plus the model trained on
 * every earlier set, threshold 0.9, training digest fa4ce4a68b04547a), and only then added here:
 *   rules only:            recall 80.3% (53 of 66, kind right), false flags 1.9% (1 of 54);
 *   rules + shipped model: recall 87.9% (58 of 66, kind right; 63 of 66 flagged at all),
 *                          false flags 3.7% (2 of 54).
 * The writer's kinds were mapped to ours: denial is misunderstood, minimising is minimizing,
 * nonApology is non-apology. The shipped model is now trained on this set too, so from here on
 * only the leave-one-set-out figure for it is a measure of sentences the model never saw.
 */
export const THIRD_WRITER: readonly LabelledSentence[] = [
  problem(
    'justifying',
    'I know it was wrong but you have to understand I was drowning at work and Dani was the only one who got what that was like.',
  ),
  problem(
    'justifying',
    'honestly babe if you hadnt been so cold to me all last year i never would of downloaded the app',
  ),
  problem(
    'justifying',
    'The drink had a lot to do with it, I was not myself that night and I think deep down you know that.',
  ),
  problem(
    'justifying',
    "Any man in my position, with a wife who'd stopped touching him, would have been tempted - I just didn't resist.",
  ),
  problem(
    'justifying',
    "My counsellor says depression makes people do things they'd never normally do, so the spending was really the illness talking.",
  ),
  problem(
    'justifying',
    'She kept messaging me and messaging me, what was I supposed to do, ignore a colleague for months?',
  ),
  problem(
    'justifying',
    "Wasn't it you who said we should have more space? I took that to mean I could have friends of my own, including him.",
  ),
  problem(
    'justifying',
    'I lied about seeing my ex because you always fly off the handle whenever her name comes up, so you kind of made hiding it the only option.',
  ),
  problem(
    'justifying',
    "I've thought a lot about everything over the last few weeks and I want you to know I take it seriously, and I think if we're both being honest the distance between us since we moved to Calgary made it really easy for something like this to happen.",
  ),
  problem(
    'justifying',
    'We were on rotation in Port Harcourt for six weeks with nothing to do in the evenings, and these things happen on site.',
  ),
  problem(
    'justifying',
    'Sorry, but after the way your family treated me at Christmas, I needed someone on my side, and Leanne was there.',
  ),
  problem(
    'misunderstood',
    "Nothing happened between me and Marco, you've built a whole story out of a few texts.",
  ),
  problem('misunderstood', "I never said I'd stopped talking to him, you must have misheard me."),
  problem(
    'misunderstood',
    "it was NOT an affair, we had lunch like three times, you're making it sound like something it wasnt",
  ),
  problem(
    'misunderstood',
    "You're remembering that conversation completely differently from how it actually went.",
  ),
  problem('misunderstood', 'Those messages you read were taken totally out of context and you know it.'),
  problem(
    'misunderstood',
    "I didn't hide the credit card, it was in the drawer the whole time, you just never looked.",
  ),
  problem(
    'misunderstood',
    "Are you seriously saying I lied? I just didn't mention it, that's not the same thing at all.",
  ),
  problem(
    'misunderstood',
    "There was no emotional affair; she's a friend and you've decided to see it as something sinister.",
  ),
  problem(
    'misunderstood',
    "You're imagining things again, that profile isn't even mine, someone must have made it with my photos.",
  ),
  problem(
    'misunderstood',
    "I honestly don't know where you got the idea that I'd been seeing her behind your back.",
  ),
  problem(
    'misunderstood',
    'Whatever your sister told you is just wrong, I was at the gym that night like I said.',
  ),
  problem('minimizing', "It was one kiss at a leaving do, it's not like we slept together."),
  problem(
    'minimizing',
    "At least I didn't touch the house deposit, it was only about four grand in the end.",
  ),
  problem('minimizing', 'That was nearly two years ago now and it lasted a few weeks at most.'),
  problem('minimizing', 'we only ever texted, never met up, so its not really cheating is it'),
  problem('minimizing', 'Loads of couples go through much worse than this and come out fine.'),
  problem('minimizing', 'It was just a bit of flirting on an app, nothing physical ever came of it.'),
  problem('minimizing', 'Compared to what your dad did to your mum, this is honestly pretty small.'),
  problem(
    'minimizing',
    "I'd hardly call it lying, it was a little white lie about where I was for one afternoon.",
  ),
  problem('minimizing', 'The whole thing with Chloe was over before it even started, a month or so, tops.'),
  problem(
    'minimizing',
    "I know you're hurting and I respect that, I really do, but when you step back and look at it, it was a handful of messages over a couple of weeks ages ago.",
  ),
  problem('minimizing', "Surely a few coffees with my ex isn't worth throwing away eleven years over?"),
  problem(
    'pity',
    "You have no idea how much I've suffered carrying this secret, I've barely slept in months.",
  ),
  problem('pity', "I'm the one who has lost everything, my friends won't even talk to me now."),
  problem(
    'pity',
    "Every time you look at me like that I feel like the worst person alive and I don't know how much more I can take.",
  ),
  problem('pity', 'i cry in the car every morning before work, does that not count for anything'),
  problem('pity', "Do you ever think about what this is doing to me? I've lost a stone since you found out."),
  problem(
    'pity',
    "I've been so depressed I can't concentrate at work, my boss has noticed, I'm falling apart here.",
  ),
  problem('pity', "Honestly, I'm punishing myself far more than you ever could."),
  problem('pity', "It's been hell for me too, sleeping on Gav's couch with nobody to talk to."),
  problem('pity', "Nobody asks how I'm doing, everyone's rallied round you and I'm completely alone."),
  problem(
    'pity',
    "My anxiety has gone through the roof since this all came out and I feel like I'm going to break.",
  ),
  problem('pity', "I already hate myself, so please don't make me feel any worse than I already do."),
  problem('non-apology', "I'm sorry you feel so hurt by all this."),
  problem('non-apology', 'If I upset you, then I apologise.'),
  problem('non-apology', 'Sorry for whatever part I played in all of this.'),
  problem('non-apology', "Mistakes were made on both sides and I'm sorry things ended up this way."),
  problem('non-apology', 'I apologise if the way you found out was upsetting.'),
  problem('non-apology', "I'm sorry you had to see those messages."),
  problem('non-apology', 'sorry ur so upset, i never meant for any of this to happen'),
  problem('non-apology', "I'm sorry that you reacted the way you did, I wish it hadn't come to shouting."),
  problem('non-apology', "We both made mistakes, and I'm sorry for my share of it."),
  problem(
    'non-apology',
    "I've written and rewritten this email so many times, and what I keep coming back to is that I'm sorry for any pain that may have been caused over the last year, by me or by the situation we were in.",
  ),
  problem('non-apology', 'Sorry if it came across like I was hiding things from you.'),
  problem('closure', "Can we please just move past this now? It's been three months."),
  problem(
    'closure',
    "I've said sorry a hundred times, I don't know what else you want from me, at some point you have to let it go.",
  ),
  problem(
    'closure',
    "I need you to forgive me by the time we go to your parents' for Easter, I can't fake it in front of them.",
  ),
  problem('closure', "Bringing it up every single night isn't helping either of us heal."),
  problem('closure', "If you can't get over it by the new year then maybe we should just call it a day."),
  problem('closure', "Let's draw a line under it and never talk about Sarah again, ok?"),
  problem('closure', 'its done, its over, why do u keep digging it up'),
  problem(
    'closure',
    'Pastor said we must forgive as we have been forgiven, so I am asking you to stop holding this against me now.',
  ),
  problem('closure', 'Can we agree that after counselling on Thursday this topic is closed?'),
  problem(
    'closure',
    'The kids need us to be normal again, so I think for their sake we should put this behind us.',
  ),
  problem('closure', "You said you'd try to forgive me, so why are we still having this conversation?"),
  sincere('I had an affair with Rachel for eight months and I lied to you every day of it.'),
  sincere("I'm sorry for breaking your trust, and for the months of lies that came with it."),
  sincere(
    "You were right to be suspicious, and I made you doubt yourself when you weren't wrong. That was cruel.",
  ),
  sincere("I've deleted the app and I'll show you my phone whenever you ask, without sulking about it."),
  sincere('I spent £9,200 from our joint savings on gambling and hid the statements from you.'),
  sincere('What I did was a betrayal, full stop.'),
  sincere("I know I hurt you badly, and I'm not asking you to trust me again on my say-so."),
  sincere('i lied to you about meeting my ex and i am so sorry, you deserved the truth from me'),
  sincere(
    "I have told him I won't be in contact any more, I've blocked his number, and I'll forward you anything he sends.",
  ),
  sincere("I'm going to keep showing up and doing the work, however long it takes."),
  sincere("You didn't cause this. I did."),
  sincere(
    "I've booked sessions with a counsellor for myself, separate from couples therapy, to understand why I lied.",
  ),
  sincere(
    "I'm sorry I made you feel crazy when you asked me straight out and I looked you in the eye and lied.",
  ),
  sincere('Whatever you decide about us, I will respect it.'),
  sincere("I understand if you need to tell your friends, it's your story too."),
  sincere(
    'I was emotionally involved with someone else, and I shared things with her that I should have shared with you.',
  ),
  sincere('I am truly sorry for the shame I have brought on you in front of your family.'),
  sincere(
    "Thank you for telling me how this is affecting you, I want to hear it even when it's hard to hear.",
  ),
  sincere("I'll tell you the full truth about the money, including the parts that make me look worse."),
  sincere("I broke the promises I made at our wedding, and I'm ashamed of that."),
  sincere("I know saying sorry doesn't undo anything, so I'll try to show you through what I do."),
  sincere(
    "I've closed the second account and given you all the passwords, eish, I should have done that the first day you asked.",
  ),
  sincere('You have every right to be angry with me.'),
  sincere('I made a choice, over and over again, and I have no excuse.'),
  sincere("I'm sorry po for lying to you and to your parents about where the money went."),
  sincere('I will answer anything you ask, as many times as you need to ask it.'),
  sincere("I was a right eejit and worse, I lied to your face about where I was, and I'm sorry."),
  sincere("I drank a lot that night, but I'm not blaming the drink; I chose to go back to her hotel."),
  sincere('If you have questions, even at 3am, wake me up and ask.'),
  sincere("There's no rush on forgiving me, and you don't owe me forgiveness at all."),
  sincere(
    "I've been thinking about why I did it, not to excuse it, but so I can make sure it never happens again.",
  ),
  sincere("Work was stressful, yes, but lots of people are stressed and don't cheat; that was my choice."),
  sincere("I'm sorry. Not sorry that you found out, sorry that I did it."),
  sincere(
    'I felt lonely, and instead of telling you, I went looking for attention elsewhere, which was wrong.',
  ),
  sincere("It's my fault, not yours, not hers, not the job's."),
  sincere("If you ever decide you want to move on without me, I'll understand and I won't fight you on it."),
  sincere(
    'I only told you the truth after you found the messages, and I know that makes my apology count for less.',
  ),
  sincere("You don't have to forgive me, and if you do someday it'll be in your time, not mine."),
  sincere("I'm not going to say it was in the past, because for you it's happening right now."),
  sincere(
    "I know it's hard to believe me, honestly I wouldn't believe me either, so I'm not asking you to take my word for anything.",
  ),
  sincere("Just tell me what you need, and I'll do it - more check-ins, space, whatever helps."),
  sincere('I wanted to blame you for a long time, and that was me avoiding the truth about myself.'),
  sincere("It wasn't just a kiss; I know how much it meant and how much it took from you."),
  sincere("Sorry isn't enough, I know, but I am sorry, and I'll keep proving it."),
  sincere(
    "I feel sick thinking about what I put you through, but this isn't about how I feel, it's about what you're going through.",
  ),
  sincere("We can talk about it as often as you need, even if it's every day for a year."),
  sincere(
    'the gambling wasnt because of stress at work, i kept doing it because i liked it and i hid it because i knew it was wrong',
  ),
  sincere(
    'I used to tell myself it was only texting, but hiding it from you made it a betrayal, and I knew that at the time.',
  ),
  sincere("Take all the time you need; I'm not going anywhere, and I'm not going to pressure you."),
  sincere('If something I say ever sounds like an excuse, please call me out on it.'),
  sincere('You were not wrong to check my phone; I gave you every reason to.'),
  sincere("I don't expect us to move on quickly, and I'm not going to set a timeline for your healing."),
  sincere(
    "Whatever I tell myself about it being 'just coffee', lying to you for months about seeing my ex was a real betrayal.",
  ),
  sincere(
    "I was stressed and drinking too much, and I'm getting help with both, but neither of those is why I cheated; I cheated because I chose to.",
  ),
];
