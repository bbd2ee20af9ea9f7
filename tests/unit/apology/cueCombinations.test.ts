import { describe, expect, it } from 'vitest';
import { checkApology } from '../../../src/shared/apology/checkApology';
import { combinationMatcher } from '../../../src/shared/apology/clauseCombinations';
import { CUE_COMBINATIONS } from '../../../src/shared/apology/cueCombinationRules';
import { REASON_CUES } from '../../../src/shared/apology/cueWords';
import { FEELING_CUES } from '../../../src/shared/apology/cueWordsFeelings';
import { anyOf } from '../../../src/shared/apology/phrasePattern';

const CUES = { ...REASON_CUES, ...FEELING_CUES };

/** A tiny table, so the matcher's own rules (clauses, guards, order, shared words) are tested apart from the real cues. */
const tiny = combinationMatcher(
  {
    cause: { note: 'a cause word', phrases: ['because'] },
    state: { note: 'a state', phrases: ['lonely', 'your job'] },
    partner: { note: 'the partner', phrases: ['your \\p{L}+'] },
    guard: { note: 'sets the reason aside', phrases: ['not because'] },
    you: { note: 'the partner as subject', phrases: ['you'] },
    doubt: { note: 'doubt', phrases: ['imagin\\p{L}*'] },
  },
  [
    { kind: 'justifying', all: ['cause', 'state'], unless: ['guard'], explanation: 'reason' },
    { kind: 'justifying', all: ['partner', 'state'], explanation: 'partner' },
    { kind: 'misunderstood', all: ['you', 'doubt'], inOrder: true, explanation: 'doubt' },
  ],
);

const spans = (text: string) => tiny(text).map((flag) => [flag.kind, text.slice(flag.start, flag.end)]);

describe('clause combinations of broad cues', () => {
  it('flags two cues met in one clause, highlighting from the first to the last', () => {
    expect(spans('I did it because I was lonely.')).toEqual([['justifying', 'because I was lonely']]);
  });

  it('never combines cues that sit in different clauses', () => {
    expect(spans('I did it because of me, and I was lonely.')).toEqual([]);
    expect(spans('I did it because I wanted to; I was lonely.')).toEqual([]);
  });

  it('stays quiet when a guard in the sentence sets the reason aside', () => {
    expect(spans('I was lonely, and I did it not because I was lonely but because I chose to.')).toEqual([]);
  });

  it('keeps the cues in the order the combination gives', () => {
    expect(spans('You are imagining it.')).toEqual([['misunderstood', 'You are imagining']]);
    expect(spans('I can only imagine how it hurt you.')).toEqual([]);
  });

  it('needs separate words for each cue: "your job" is not both a partner and a state', () => {
    expect(spans('It is your job.')).toEqual([]);
  });
});

describe('the real cue tables', () => {
  it('name only cues that exist, each with a note and at least one phrase that compiles', () => {
    for (const combination of CUE_COMBINATIONS) {
      for (const name of [
        ...combination.all,
        ...(combination.unless ?? []),
        ...(combination.unlessInClause ?? []),
      ]) {
        expect(CUES[name], name).toBeDefined();
      }
      expect(combination.explanation).toMatch(/^[A-Z"].*[.]$/);
    }
    for (const [name, cue] of Object.entries(CUES)) {
      expect(cue.note.length, name).toBeGreaterThan(10);
      expect(cue.phrases.length, name).toBeGreaterThan(0);
      expect(() => anyOf(...cue.phrases), name).not.toThrow();
    }
  });

  it('catch wordings no phrase rule lists, with offsets that slice back to the highlight', () => {
    const draft =
      'With the redundancy as bad as it was, gambling felt like the only way out. It was a handful of dates.';
    const flags = checkApology(draft);
    expect(flags.map((flag) => flag.kind)).toEqual(['justifying', 'minimizing']);
    for (const flag of flags) expect(draft.slice(flag.start, flag.end)).toBe(flag.match);
  });

  it('leave the honest versions of the same words alone', () => {
    for (const sincere of [
      'I was lonely, and the honest thing would have been to tell you.',
      "It wasn't just a handful of dates; it went on for a year.",
      "I'm sorry for making you feel you were imagining it.",
      'Whenever you want to talk about it, even at Christmas, I will listen.',
    ]) {
      expect(checkApology(sincere), sincere).toEqual([]);
    }
  });
});
