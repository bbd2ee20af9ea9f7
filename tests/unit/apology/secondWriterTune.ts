import { problem, sincere, type LabelledSentence } from './apologySentences';

/**
 * Written by a second writer who had never seen the checker's rules or any earlier set, for the
 * rewrite that reads clauses for combinations of cues. Their kinds map onto the checker's as in
 * `heldOutSentences.ts` (denial is `misunderstood`, minimising `minimizing`, nonApology
 * `non-apology`).
 *
 * This is the tune half (110 sentences): scored once as it arrived, before any change (recall
 * 41.7%, 25 of 60 problems; false flags 4.0%, 2 of 50 sincere), then used to tune the cues, so
 * the checker is tuned on it now. The held-out half is `secondWriterFinal.ts`.
 */
export const SECOND_WRITER_TUNE: readonly LabelledSentence[] = [
  problem(
    'justifying',
    'Work had me away four nights a week for most of last year, and somewhere in all that travelling I stopped feeling like I had a home to come back to, which is how Rachel happened.',
  ),
  problem(
    'justifying',
    'u were always so wrapped up in the twins, i didnt feel seen for months, thats honestly why i started talking to him',
  ),
  problem(
    'justifying',
    "I had been drinking heavily since Dad's funeral and I don't think the sober me would ever have gone near that website.",
  ),
  problem(
    'justifying',
    "Let's be honest, the bedroom side of things had been dead between us for two years, and a man can only go so long before something gives.",
  ),
  problem(
    'justifying',
    'She was the one who kept messaging me late at night and I suppose I was flattered; I did not go looking for it.',
  ),
  problem(
    'justifying',
    'Our marriage was finished long before I met Tom, we were basically flatmates who happened to share a mortgage.',
  ),
  problem(
    'justifying',
    'With the depression as bad as it was, the borrowing felt like the only thing I could control, so I kept taking out loans and kept quiet.',
  ),
  problem(
    'justifying',
    "I reckon most blokes, if their wife had gone as cold on them as you did, would've ended up doing exactly what I did.",
  ),
  problem(
    'justifying',
    'After our son was born you were giving all your attention to him only, and I was feeling like a stranger in my own house, that is why I started chatting with Priya.',
  ),
  problem(
    'justifying',
    'If you had not kept checking my phone and accusing me all the time, maybe I would not have felt pushed to hide things from you in the first place.',
  ),
  problem(
    'misunderstood',
    'Those photos have been taken completely out of context and you are seeing something that was never there.',
  ),
  problem(
    'misunderstood',
    "I know how the bank statement looks, but there's no second account, it's just the way the app displays the credit card.",
  ),
  problem(
    'misunderstood',
    "Sam has had it in for me since the wedding and honestly I wouldn't put it past him to invent the whole story.",
  ),
  problem(
    'misunderstood',
    "You've built this up in your head into some grand love affair when it simply wasn't one.",
  ),
  problem('misunderstood', 'nothing ever happened between me and Jess, how many times do i have to say it'),
  problem(
    'misunderstood',
    "I'm sorry you had such a fright, but the hotel booking was for a conference and the second name on it was a colleague, full stop.",
  ),
  problem(
    'misunderstood',
    "Are you sure you're remembering that right, because I don't think I ever told you I'd stopped seeing her.",
  ),
  problem(
    'misunderstood',
    "It was never a relationship, we were colleagues who got on well, and I think you've decided otherwise because you need someone to be angry at.",
  ),
  problem('misunderstood', "The history on the laptop isn't mine; the kids use that machine too, you know."),
  problem(
    'misunderstood',
    "Whatever your sister thinks she saw in that restaurant, she's got it wrong, and I'm frankly hurt you'd take her word over mine.",
  ),
  problem('minimizing', 'It was a few silly messages over a couple of weeks, hardly the end of the world.'),
  problem('minimizing', 'We kissed once at the Christmas do and that was the sum total of it.'),
  problem(
    'minimizing',
    "It's not as if I spent the house deposit, it was around four grand on the cards and I'd have cleared it by spring.",
  ),
  problem(
    'minimizing',
    "It was over and done with before the kids even started school, so it's ancient history really.",
  ),
  problem(
    'minimizing',
    'Lots of couples have a wobble like this; compared with what Mark did to Helen, ours is a blip.',
  ),
  problem(
    'minimizing',
    "I never even met him in person, it was all online, so I don't see how it counts as cheating exactly.",
  ),
  problem(
    'minimizing',
    'At least I came clean myself instead of letting you hear it from someone else, surely that counts for something.',
  ),
  problem(
    'minimizing',
    'It was a crush that got a bit out of hand for a month or so, nothing more serious than that.',
  ),
  problem(
    'minimizing',
    "I looked at that stuff now and then, the way most men do, it's not like I had a problem.",
  ),
  problem(
    'minimizing',
    'We met up maybe three or four times and never in our town, so nobody we know was ever involved.',
  ),
  problem(
    'pity',
    "I've lost nearly a stone since you found out and most nights I'm awake until four staring at the ceiling.",
  ),
  problem(
    'pity',
    "Every morning I look in the mirror and see a monster, and I don't know how to carry that.",
  ),
  problem(
    'pity',
    "No one seems to realise that I've lost everything too: my friends have taken your side and I've got nobody.",
  ),
  problem(
    'pity',
    "I'm barely functioning at work, my manager has noticed, and I'm terrified I'll lose my job on top of everything else.",
  ),
  problem(
    'pity',
    'I have been living in hell since that night, and I think I have suffered more than enough for what I did.',
  ),
  problem(
    'pity',
    "I'm such a worthless waste of space that I don't even deserve to be in the same room as you and the kids.",
  ),
  problem(
    'pity',
    "Do you have any idea what it's like to wake up every day knowing you destroyed your own family?",
  ),
  problem(
    'pity',
    "The guilt is eating me alive, I've started having panic attacks in the car on the way home.",
  ),
  problem('pity', "I cry in the shower so the children won't hear me, that's what my life has come to."),
  problem(
    'pity',
    'God knows I will carry this shame to my grave; I will never be able to look at myself the same way again.',
  ),
  problem('non-apology', 'I apologise if anything I did has caused you distress.'),
  problem('non-apology', "I'm sorry that the way it all came out was so upsetting for you."),
  problem('non-apology', 'Clearly we both let this marriage slide and we both have things to answer for.'),
  problem('non-apology', 'Sorry for whatever part I played in all this.'),
  problem(
    'non-apology',
    'I regret that you had to see those messages on the iPad rather than hearing it from me.',
  ),
  problem('non-apology', 'If my friendship with Daniel made you uncomfortable, then I apologise for that.'),
  problem('non-apology', "Things happened that shouldn't have, and I'm sorry it's turned out like this."),
  problem('non-apology', "I'm sorry for the upset, I truly never meant for anyone to get hurt."),
  problem('non-apology', "Whatever I've done wrong, I'm sorry, I just want us to be OK."),
  problem(
    'non-apology',
    'Please accept my apologies for any pain this situation may have brought into your life.',
  ),
  problem(
    'closure',
    "It's been nearly half a year now and I really think it's time we started living again.",
  ),
  problem('closure', "Can we please not do this tonight, we've been over it a hundred times."),
  problem('closure', "I'd love for us to have this all sorted before your parents come over at Easter."),
  problem(
    'closure',
    "You promised in counselling that you would try to let it go, and it doesn't feel like you're keeping that promise.",
  ),
  problem(
    'closure',
    "Scripture tells us to forgive seventy times seven, so I don't understand why you can't forgive me once.",
  ),
  problem(
    'closure',
    "Every time you mention her name we go back to square one, so I'd rather we just left her in the past.",
  ),
  problem(
    'closure',
    "At some point you're going to have to decide whether you're staying or not, because I can't live in limbo forever.",
  ),
  problem('closure', "I've done everything the therapist asked, so when do things go back to how they were?"),
  problem('closure', "Please let's draw a line under it and focus on the kids now."),
  problem('closure', "I've said sorry so many times, how many more times before it's enough?"),
  sincere('I had an affair with Claire for eight months, and I lied to you every single day of it.'),
  sincere('You did not deserve any of this.'),
  sincere(
    "I hid the debt because I was ashamed and didn't want to face your reaction, and that choice was mine alone.",
  ),
  sincere('I will answer any question you have, however many times you need to ask it.'),
  sincere(
    "I've deleted the apps and given you my passwords, and they'll stay open to you for as long as you want.",
  ),
  sincere(
    "I understand if you need to stay at your sister's for a while; I'll look after the dogs and I won't pressure you to come back.",
  ),
  sincere("There's no version of events where this was your fault."),
  sincere(
    "I was lonely, but lots of people are lonely and don't lie to their wives; loneliness isn't the reason I did this, I am.",
  ),
  sincere('You are not overreacting; what you are feeling is a normal response to what I did.'),
  sincere("I've booked a counsellor for myself, not to fix us but to understand why I lie."),
  sincere("I'm not going to tell you how long this should take."),
  sincere(
    "You said last spring that I'd changed and I told you that you were imagining it; you weren't, and I'm sorry I made you doubt yourself.",
  ),
  sincere("It wasn't 'just a few messages', it was hundreds over a year, and they were intimate."),
  sincere(
    "Drink didn't make me do it; I chose to go to her flat, and I'd choose differently a thousand times over.",
  ),
  sincere('I knew what I was doing and I kept doing it.'),
  sincere("I'm so sorry, Maya. I broke the promise I made to you in front of everyone we love."),
  sincere("Whether you forgive me is yours to decide, and I'll respect whatever you choose."),
  sincere("You can bring it up whenever you need to, for as long as you need to, and I'll listen."),
  sincere(
    "If there's anything else you want to know about where the money went, I'll go through every statement with you.",
  ),
  sincere("I'm going to tell my parents the truth myself so you don't have to carry that secret for me."),
  sincere('I watched porn behind your back for years and lied about it when you asked me straight.'),
  sincere("It was an emotional affair, and I won't call it anything smaller than that."),
  sincere(
    "Work was stressful, but that is not why I lied to you; I lied because I didn't want to get caught.",
  ),
  sincere("I am the one who damaged this, and it's my job to do the repair work, not yours."),
  sincere('I feel ashamed, but my shame is not your problem to manage.'),
  sincere('I hurt you deliberately by hiding it, not by accident.'),
  sincere("You didn't push me into anything."),
  sincere("I won't ask you to move on; I'll keep showing up and you can tell me what you need."),
  sincere("When you tell me you're hurting, I don't want to get defensive anymore, I want to hear you."),
  sincere(
    "It doesn't matter that it was years ago; you only found out last week, and for you it's brand new.",
  ),
  sincere(
    'I have ended all contact with him and told him in writing not to contact me again, and you can read what I sent.',
  ),
  sincere(
    'I took roughly eleven thousand pounds out of our joint savings without telling you, and I misled you about it for two years.',
  ),
  sincere(
    'I am truly sorry for the lies, for the secret phone, and for every time I made you feel foolish for asking.',
  ),
  sincere(
    'This letter is difficult to write, and I know that is nothing compared to what reading it will cost you.',
  ),
  sincere(
    'I am accepting fully that I hid my relationship with Neha from you and from both our families, and there is no excuse for it.',
  ),
  sincere("If you decide you can't stay married to me, I'll accept that without fighting you over it."),
  sincere("I don't expect you to trust me again just because I've said sorry."),
  sincere('Our sex life had nothing to do with it; I was the one who went looking.'),
  sincere("I know an apology is not enough, and I'm not offering it as if it settles anything."),
  sincere('You were right to be suspicious, and I was wrong to call you paranoid.'),
  sincere("I'm ready to do a full financial disclosure with a counsellor present, whenever you want it."),
  sincere("There is no timeline on this, and I'm not keeping count of the days."),
  sincere('i cheated on you and i lied about it. im sorry. ill answer anything u ask'),
  sincere(
    "I'm sorry I said you were making a mountain out of a molehill; you weren't, and it was cruel of me to say it.",
  ),
  sincere("She didn't seduce me, I pursued her."),
  sincere(
    'I let you believe you were going mad rather than tell the truth, and that may be the worst part of what I did.',
  ),
  sincere("Please don't worry about how I'm coping; that's mine to sort out with my counsellor, not yours."),
  sincere('Whatever your friends or family say about me, they are right to be angry on your behalf.'),
  sincere("I'll be home by six every night, and if I'm going to be even ten minutes late, I'll ring you."),
  sincere("I betrayed you, I betrayed the children's trust in our family, and I own that completely."),
];
