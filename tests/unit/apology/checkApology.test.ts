import { describe, expect, it } from 'vitest';
import { checkApology, type ApologyFlag } from '../../../src/shared/apology/checkApology';
import { APOLOGY_RULES, SENTENCE_EXCEPTIONS } from '../../../src/shared/apology/apologyRules';
import { APOLOGY_FLAG_KINDS, APOLOGY_KIND_INFO } from '../../../src/shared/apology/apologyKinds';
import { needsNameTheActNote } from '../../../src/shared/apology/namesTheAct';

/** The flagged words with their kinds, which is what a reader sees highlighted. */
function flagged(text: string): [ApologyFlag['kind'], string][] {
  return checkApology(text).map((flag) => [flag.kind, flag.match]);
}

describe('checkApology finds each kind of pattern', () => {
  it.each([
    ["I'm sorry, but I was lonely.", 'but I was'],
    ['I lied, but honestly you were never home.', 'but honestly you'],
    ['I know it was wrong, but the situation was impossible.', 'but the situation'],
    ['Sorry, but, I didn\u2019t mean for it to go that far.', 'but, I didn\u2019t mean'],
    ['I did it because you ignored me for months.', 'because you'],
    ['It happened because of you.', 'because of you'],
    ['You made me feel invisible.', 'You made me'],
    [
      "If you hadn't pushed me away, none of this would have happened.",
      "If you hadn't pushed me away, none of this would have",
    ],
  ])('justifying: %s', (text, match) => {
    expect(flagged(text)).toEqual([['justifying', match]]);
  });

  it.each([
    ['I think you misunderstood what I meant.', 'you misunderstood'],
    ["That's not what happened at all.", "That's not what happened"],
    ['That is not what happened.', 'That is not what happened'],
    ['Honestly, you\u2019re overreacting.', 'you\u2019re overreacting'],
    ['You are over-reacting to one message.', 'You are over-reacting'],
    ['You took it the wrong way.', 'You took it the wrong way'],
  ])('misunderstood: %s', (text, match) => {
    expect(flagged(text)).toEqual([['misunderstood', match]]);
  });

  it.each([
    ["It wasn't that bad, really.", "It wasn't that bad"],
    ["It didn't mean anything to me.", "It didn't mean anything"],
    ['It was nothing.', 'It was nothing'],
    ["You shouldn't be upset about a few texts.", "You shouldn't be upset"],
  ])('minimizing: %s', (text, match) => {
    expect(flagged(text)).toEqual([['minimizing', match]]);
  });

  it.each([
    ['I had a bad childhood, you know that.', 'I had a bad childhood'],
    ['Poor me, I know.', 'Poor me'],
    ["You don't know how hard it's been for me.", "You don't know how hard it's"],
  ])('pity: %s', (text, match) => {
    expect(flagged(text)).toEqual([['pity', match]]);
  });

  it.each([
    ["I'm sorry if you were hurt.", 'sorry if'],
    ['I apologise if I hurt you.', 'apologise if'],
    ["I'm sorry you feel that way.", 'sorry you feel'],
    ['Mistakes were made.', 'Mistakes were made'],
    ['We both made mistakes.', 'We both made mistakes'],
    ['Forgive me for whatever I did.', 'for whatever I did'],
  ])('non-apology: %s', (text, match) => {
    expect(flagged(text)).toEqual([['non-apology', match]]);
  });

  it.each([
    ['Can we drop it now?', 'Can we drop it'],
    ['When will you forgive me?', 'When will you forgive me'],
    ['If you loved me, you would let it go.', 'If you loved me, you would'],
    ['I want you to be over this by Christmas.', 'I want you to be over this by Christmas'],
  ])('closure: %s', (text, match) => {
    expect(flagged(text)).toEqual([['closure', match]]);
  });

  it('flags each habit in a sentence that holds two', () => {
    expect(flagged('I only did it because I felt alone.')).toEqual([
      ['justifying', 'I only did it because'],
      ['justifying', 'I felt alone'],
    ]);
    expect(flagged('I feel terrible, so please stop bringing it up.')).toEqual([
      ['pity', 'I feel terrible, so'],
      ['closure', 'please stop bringing it up'],
    ]);
  });

  it('reads stress as a reason offered, which is justifying', () => {
    expect(flagged("I've been so stressed at work.")).toEqual([['justifying', "I've been so stressed"]]);
  });
});

describe('sentences that own the choice quiet the excuse rules', () => {
  it('leaves a named reason alone when the same sentence says it is no excuse', () => {
    expect(flagged('I was lonely, but that is no excuse for what I did.')).toEqual([]);
    // The next sentence is its own: the excuse there is still pointed out.
    expect(flagged('That is no excuse. I was lonely.')).toEqual([['justifying', 'I was lonely']]);
  });

  it('leaves "you were imagining things" alone when the writer owns having said it', () => {
    expect(flagged('I told you that you were imagining things, and that was cruel.')).toEqual([]);
    expect(flagged("You're imagining things.")).toEqual([['misunderstood', "You're imagining things"]]);
  });

  it('keeps the exceptions as data, one pattern per kind', () => {
    for (const pattern of Object.values(SENTENCE_EXCEPTIONS)) expect(pattern.flags).toBe('giu');
  });
});

describe('the note when a draft never says what was done', () => {
  it('appears for a draft that is all feeling', () => {
    expect(
      needsNameTheActNote(
        'I am so sorry for everything. I love you more than anything and I will do better.',
      ),
    ).toBe(true);
  });

  it('stays away once the draft names the act, however briefly', () => {
    expect(
      needsNameTheActNote('I am so sorry. I lied to you about Thursdays. I love you and I will do better.'),
    ).toBe(false);
    expect(
      needsNameTheActNote('I am so sorry for hiding the messages from you for so long, and for all of it.'),
    ).toBe(false);
  });

  it('waits until the draft is long enough to judge', () => {
    expect(needsNameTheActNote("I'm so sorry.")).toBe(false);
    expect(needsNameTheActNote('')).toBe(false);
  });
});

describe('checkApology leaves sincere writing alone', () => {
  it.each([
    ['a word that contains "but"', 'I burnt the butter on the toast we shared.'],
    ['"but" inside another word', 'I will not rebut anything you say.'],
    ['"but" followed by understanding', "I'm sorry, but I understand now why it hurt you."],
    ['"but" followed by owning it', 'I wanted to believe it was harmless, but I was wrong.'],
    ['"but" followed by "no excuse"', 'I was exhausted, but that is no excuse for lying to you.'],
    ['"but" with no excuse after it', 'It will take time, but I will keep showing up.'],
    // A reason to be honest, not an excuse for the betrayal.
    ['"because I" taking ownership', 'Because I chose to lie, I owe you the truth now.'],
    ['"because you" giving a sincere reason', 'I am telling you everything because you deserve the truth.'],
    ['"you made me" as insight', 'You made me see how much I hurt you.'],
    ['naming the hurt without "if"', 'I know I hurt you, and I am sorry.'],
    ['"not because" setting the excuse aside', "I'm sorry because I lied, not because I was caught."],
    ['"just" after a negation', 'It was not just texting; I lied to you for months.'],
    ['refusing to press for forgiveness', 'I will not ask you to forgive me.'],
    ['an honest "if you want"', 'If you want to talk at three in the morning, I will listen.'],
    ['"move on" on the partner\u2019s time', "I'll move on only when and if you're ready."],
    ['an empty draft', ''],
  ])('%s', (_label, text) => {
    expect(checkApology(text)).toEqual([]);
  });
});

describe('checkApology offsets and order', () => {
  it('gives offsets that slice back to the match', () => {
    const text = 'Look.\nI lied to you.  But\n  you were never home.';
    const [flag] = checkApology(text);
    expect(flag).toBeDefined();
    expect(flag?.start).toBe(text.indexOf('But'));
    expect(flag?.end).toBe(text.indexOf('you were') + 'you'.length);
    expect(text.slice(flag?.start, flag?.end)).toBe(flag?.match);
  });

  it('returns several flags in reading order, each with its explanation', () => {
    const text =
      "I'm sorry if you were hurt. It didn't mean anything. You misunderstood, and I've been so stressed because you kept pushing.";
    const flags = checkApology(text);
    expect(flags.map((flag) => [flag.kind, flag.match])).toEqual([
      ['non-apology', 'sorry if'],
      ['minimizing', "It didn't mean anything"],
      ['misunderstood', 'You misunderstood'],
      ['justifying', "I've been so stressed"],
      ['justifying', 'because you'],
    ]);
    for (const flag of flags) {
      expect(text.slice(flag.start, flag.end)).toBe(flag.match);
      expect(flag.explanation.length).toBeGreaterThan(20);
    }
    const starts = flags.map((flag) => flag.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('finds the same phrase twice', () => {
    const text = 'It was nothing. Honestly, it was nothing.';
    expect(checkApology(text).map((flag) => flag.start)).toEqual([0, text.lastIndexOf('it was nothing')]);
  });

  it('merges overlapping flags into the first, longest one', () => {
    // "I only did it because" and "because you" overlap; the reader sees one highlight.
    expect(flagged('I only did it because you stopped talking to me.')).toEqual([
      ['justifying', 'I only did it because'],
    ]);
  });

  it('never returns overlapping flags, so highlights inside the draft never stack', () => {
    // "but you" (justifying) and "you're overreacting" (misunderstood) share a word: the first wins.
    expect(flagged("I'm sorry, but you're overreacting.")).toEqual([['justifying', 'but you']]);
    const flags = checkApology(
      "I'm sorry if you took it the wrong way, but you're overreacting and it was just texting.",
    );
    for (let i = 1; i < flags.length; i += 1)
      expect(flags[i]?.start).toBeGreaterThanOrEqual(flags[i - 1]?.end ?? 0);
  });
});

describe('the apology rules as data', () => {
  it('are global, case-insensitive and unicode, as the matcher expects', () => {
    for (const rule of APOLOGY_RULES) expect(rule.pattern.flags).toBe('giu');
  });

  it('cover every kind, each with a calm, one-sentence explanation', () => {
    expect(new Set(APOLOGY_RULES.map((rule) => rule.kind))).toEqual(new Set(APOLOGY_FLAG_KINDS));
    for (const kind of APOLOGY_FLAG_KINDS) expect(APOLOGY_KIND_INFO[kind].label).toMatch(/^[A-Z][a-z ]+$/);
    for (const { explanation } of APOLOGY_RULES) {
      expect(explanation).not.toContain('!');
      expect(explanation.match(/[.?]/g)).toHaveLength(1);
      expect(explanation.endsWith('.')).toBe(true);
    }
  });
});
