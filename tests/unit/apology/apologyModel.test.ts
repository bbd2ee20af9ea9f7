import { describe, expect, it } from 'vitest';
import shipped from '../../../src/shared/apology/apologyModel.json' with { type: 'json' };
import {
  checkApology,
  checkApologyRules,
  SHIPPED_APOLOGY_MODEL,
} from '../../../src/shared/apology/checkApology';
import { problemProbability } from '../../../src/shared/apology/apologyModel';
import { sentenceFeatures } from '../../../src/shared/apology/apologyFeatures';
import { aboutModel, trainingDigest, trainWeights } from '../../../src/shared/apology/trainApologyModel';
import { APOLOGY_SETS } from './apologySets';

describe('the shipped apology model', () => {
  it('is exactly what `npm run apology:train` makes from the labelled sets today', () => {
    // A set changed without retraining shows up here first, as a different digest. The
    // threshold, chosen from the leave-one-set-out folds, is checked in apologyRecall.test.ts,
    // which builds those folds anyway.
    expect(shipped.about.trainingDigest, 'the labelled sets changed: run npm run apology:train').toBe(
      trainingDigest(APOLOGY_SETS),
    );
    const rebuilt = {
      about: aboutModel(APOLOGY_SETS),
      threshold: shipped.threshold,
      ...trainWeights(APOLOGY_SETS.flatMap((set) => set.sentences)),
    };
    expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(shipped);
  });

  it('stays small enough to ship in the renderer', () => {
    expect(JSON.stringify(shipped).length).toBeLessThan(150 * 1024);
  });

  it('reads words the same with straight or curly apostrophes', () => {
    expect(sentenceFeatures('I\u2019m sorry you feel that way')).toEqual(
      sentenceFeatures("I'm sorry YOU feel that way"),
    );
    expect(sentenceFeatures('only once')).toEqual(['only', 'once', 'only_once']);
  });

  it('never flags the honest "because" and "if" the issue names', () => {
    for (const sincere of [
      "I'm sorry because I lied, not because I was caught.",
      'If you want to talk at three in the morning, I will listen.',
    ]) {
      expect(checkApology(sincere), sincere).toEqual([]);
      expect(problemProbability(SHIPPED_APOLOGY_MODEL, sincere)).toBeLessThan(
        SHIPPED_APOLOGY_MODEL.threshold,
      );
    }
  });

  it('flags, with a kind and in uncertain words, a sentence only the model catches', () => {
    // From the second writer's held-out set; no rule catches it.
    const draft =
      'I have been thinking about it a lot. The long shifts at the hospital left me so numb that talking to Ben on nights was the only thing that made me feel human.';
    const flags = checkApology(draft);
    const byModel = flags.filter((flag) => flag.source === 'model');
    expect(checkApologyRules(draft)).toEqual([]);
    expect(byModel).toHaveLength(1);
    const [flag] = byModel;
    expect(flag?.kind).toBe('justifying');
    expect(flag?.explanation).toMatch(/^This sentence reads like/);
    expect(draft.slice(flag?.start, flag?.end)).toBe(flag?.match);
    expect(flag?.match).toBe(
      'The long shifts at the hospital left me so numb that talking to Ben on nights was the only thing that made me feel human',
    );
  });

  it('highlights the whole sentence it judged, never one clause cut out of it', () => {
    const sentence =
      'Being stuck at home all through lockdown with your moods, I needed an outlet, and the betting app was it';
    const byModel = checkApology(`${sentence}.`).filter((flag) => flag.source === 'model');
    expect(byModel.map((flag) => [flag.kind, flag.match])).toEqual([['justifying', sentence]]);
  });
});
