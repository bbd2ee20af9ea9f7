import { describe, expect, it } from 'vitest';
import {
  checkApology,
  checkApologyRules,
  SHIPPED_APOLOGY_MODEL,
  type ApologyFlag,
} from '../../../src/shared/apology/checkApology';
import { APOLOGY_RULES } from '../../../src/shared/apology/apologyRules';
import { chooseThreshold, leaveOneSetOut } from '../../../src/shared/apology/trainApologyModel';
import { APOLOGY_SETS } from './apologySets';
import { APOLOGY_FLAG_KINDS } from '../../../src/shared/apology/apologyKinds';
import { LABELLED_SENTENCES, UNSEEN_SENTENCES, type LabelledSentence } from './apologySentences';
import { DEV_SENTENCES, HELD_OUT_TEST_SENTENCES } from './heldOutSentences';
import { WIDENING_SENTENCES } from './wideningSentences';
import { SECOND_WRITER_TUNE } from './secondWriterTune';
import { SECOND_WRITER_FINAL } from './secondWriterFinal';
import { CUE_ROUNDS_EARLY } from './cueRoundsEarly';
import { CUE_ROUNDS_LATE } from './cueRoundsLate';
import { ORDINARY_SENTENCES } from './ordinarySentences';
import { THIRD_WRITER } from './thirdWriter';

/**
 * How well the checker does on a labelled set: recall is the share of problem sentences
 * flagged with (one of) their kinds; the false-flag rate is the share of sincere sentences
 * that get any flag at all. The figures are printed so they can be quoted.
 */
interface Figures {
  recall: number;
  falseFlags: number;
  missed: string[];
  wronglyFlagged: string[];
  problems: number;
  sincere: number;
}

function measure(
  set: readonly LabelledSentence[],
  check: (text: string) => ApologyFlag[] = (text) => checkApology(text),
): Figures {
  const missed: string[] = [];
  const wronglyFlagged: string[] = [];
  let problems = 0;
  let sincere = 0;
  for (const { text, expect: wanted } of set) {
    const flags = check(text);
    if (wanted === 'sincere') {
      sincere += 1;
      if (flags.length > 0)
        wronglyFlagged.push(`${text}  <- ${flags.map((f) => `${f.kind}: "${f.match}"`).join(', ')}`);
    } else {
      problems += 1;
      if (!flags.some((flag) => wanted.includes(flag.kind))) {
        missed.push(
          `${text}  <- wanted ${wanted.join('/')}, got ${flags.map((f) => f.kind).join(', ') || 'nothing'}`,
        );
      }
    }
  }
  return {
    recall: problems === 0 ? 1 : (problems - missed.length) / problems,
    falseFlags: wronglyFlagged.length / sincere,
    missed,
    wronglyFlagged,
    problems,
    sincere,
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function report(name: string, figures: Figures): void {
  console.log(
    `${name}: recall ${percent(figures.recall)} (${figures.problems - figures.missed.length} of ${figures.problems} problem sentences), ` +
      `false flags ${percent(figures.falseFlags)} (${figures.wronglyFlagged.length} of ${figures.sincere} sincere sentences)` +
      figures.missed.map((line) => `\n  missed: ${line}`).join('') +
      figures.wronglyFlagged.map((line) => `\n  false flag: ${line}`).join(''),
  );
}

describe('the apology checker (rules plus the shipped model) on a labelled set of sentences', () => {
  // The shipped model was trained on every one of these sets, so these figures say the
  // checker still fits what it learned from; the honest measure is the leave-one-set-out
  // block below.
  it('has at least 80 sentences, at least 30 sincere, and every kind', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(80);
    expect(LABELLED_SENTENCES.filter((s) => s.expect === 'sincere').length).toBeGreaterThanOrEqual(30);
    for (const kind of APOLOGY_FLAG_KINDS) {
      const ofKind = LABELLED_SENTENCES.filter((s) => s.expect !== 'sincere' && s.expect.includes(kind));
      expect(ofKind.length, kind).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(LABELLED_SENTENCES.map((s) => s.text)).size).toBe(LABELLED_SENTENCES.length);
  });

  it.each([
    ['Labelled set (written with the first rules)', LABELLED_SENTENCES],
    ['Widening rounds (written while the shapes were widened)', WIDENING_SENTENCES],
    ['Dev set (written by someone who had not seen the rules)', DEV_SENTENCES],
    ["Second writer's tune set (scored 41.7% / 4.0% before the cue combinations)", SECOND_WRITER_TUNE],
    ['Cue rounds (written while the cue combinations were built)', [...CUE_ROUNDS_EARLY, ...CUE_ROUNDS_LATE]],
    ['Ordinary sentences (all sincere, written for the model)', ORDINARY_SENTENCES],
    // Scored once before it was added, with the model trained on every earlier set: rules only
    // 80.3% / 1.9%, rules + that model 87.9% / 3.7% (see thirdWriter.ts). The shipped model is
    // now trained on it too, so this line no longer measures unseen sentences.
    ["Third writer's set (scored once, 87.9% / 3.7%, before it was added)", THIRD_WRITER],
  ])('%s: catches at least 85% of problems and flags at most 10% of sincere sentences', (name, set) => {
    const figures = measure(set);
    report(name, figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.85);
    expect(figures.falseFlags).toBeLessThanOrEqual(0.1);
  });

  it('holds the level it reached on the held-out test set, scored once before it was added', () => {
    // Written by someone who had never seen the rules and not looked at while tuning. Scored
    // once when tuning had finished: recall 63.6% (28 of 44), false flags 11.1% (4 of 36).
    // The rules were widened again afterwards (two more rounds of fresh sentences of our own,
    // then the cue combinations), so the figure this prints now is no longer a held-out
    // measure: its misses had been seen. With the cue combinations it reached 44 of 44 and
    // 0 of 36; the bounds allow one slip each way and no more.
    const figures = measure(HELD_OUT_TEST_SENTENCES);
    report('Held-out test set', figures);
    expect(HELD_OUT_TEST_SENTENCES).toHaveLength(80);
    expect(figures.recall).toBeGreaterThanOrEqual(43 / 44);
    expect(figures.falseFlags).toBeLessThanOrEqual(1 / 36);
  });

  it("holds the level it reached on the second writer's held-out set, scored once before it was added", () => {
    // Written by a second writer who had never seen the rules or any earlier set, and not read
    // by anyone working on the checker until tuning had finished. Scored exactly once then:
    // recall 46.0% (23 of 50), false flags 10.0% (4 of 40), well short of the 80% hoped for.
    // With the shipped model, which was trained on these very sentences, it reaches 88.0%
    // (44 of 50) / 10.0%: a fit, not a measure (the honest figure, leaving this set out of the
    // model's training, is in the block below). The bounds hold that level.
    const figures = measure(SECOND_WRITER_FINAL);
    report("Second writer's held-out set", figures);
    expect(SECOND_WRITER_FINAL).toHaveLength(90);
    expect(figures.recall).toBeGreaterThanOrEqual(0.88);
    expect(figures.falseFlags).toBeLessThanOrEqual(0.1);
  });

  it('reports how it does on the first unseen set (30 sentences, scored before the shapes)', () => {
    const figures = measure(UNSEEN_SENTENCES);
    report('Unseen set', figures);
    // Phrase rules caught 3 of 18 here, the shapes 13, the cue combinations 17. A floor against losing ground.
    expect(figures.recall).toBeGreaterThanOrEqual(17 / 18);
    expect(figures.falseFlags).toBeLessThanOrEqual(0.1);
  });
});

/**
 * The honest figures: for each set, a model trained on all the OTHER sets (never on the set
 * being scored), at the shipped threshold, added to the rules through the same `checkApology`.
 * The threshold itself was chosen from these same folds (the lowest that keeps every set's
 * false flags within 10%), so it is the one number they share.
 */
describe('rules plus a model trained leaving the scored set out', () => {
  const folds = leaveOneSetOut(APOLOGY_SETS);
  // The goal is 85% recall and at most 10% false flags on every set. Every set reaches it but
  // the second writer's held-out set, where the rules alone scored 46.0% / 10.0% and rules plus
  // a model that never saw it reach 76.0% (38 of 50) / 10.0% (4 of 40): that floor is the level
  // reached, not the goal. (Its four false flags are the rules'; the model adds none there.)
  const goal = { recall: 0.85, falseFlags: 0.1 };
  const floors: Record<string, { recall: number; falseFlags: number }> = {
    ...Object.fromEntries(APOLOGY_SETS.map((set) => [set.name, goal])),
    SECOND_WRITER_FINAL: { recall: 0.76, falseFlags: 0.1 },
  };

  it('gives the threshold the shipped model was built with', () => {
    // `npm run apology:train` picks it from these same folds; a stale model fails here.
    expect(chooseThreshold(folds, (text) => checkApologyRules(text).map((flag) => flag.kind))).toBe(
      SHIPPED_APOLOGY_MODEL.threshold,
    );
  });

  it.each(folds.map((fold) => [fold.set.name, fold] as const))('%s', (name, { set, model }) => {
    const rulesOnly = measure(set.sentences, (text) => checkApologyRules(text));
    const withModel = measure(set.sentences, (text) =>
      checkApology(text, APOLOGY_RULES, { ...model, threshold: SHIPPED_APOLOGY_MODEL.threshold }),
    );
    console.log(
      `${name}: rules only ${percent(rulesOnly.recall)} / ${percent(rulesOnly.falseFlags)}; ` +
        `rules + model (left out) ${percent(withModel.recall)} / ${percent(withModel.falseFlags)}`,
    );
    report(`${name} (rules + model trained without it)`, withModel);
    const floor = floors[name];
    expect(floor, name).toBeDefined();
    expect(withModel.recall).toBeGreaterThanOrEqual(floor?.recall ?? 1);
    expect(withModel.falseFlags).toBeLessThanOrEqual(floor?.falseFlags ?? 0);
  });
});
