import { describe, expect, it } from 'vitest';
import { checkApology } from '../../../src/shared/apology/checkApology';
import { APOLOGY_FLAG_KINDS } from '../../../src/shared/apology/apologyKinds';
import { LABELLED_SENTENCES, UNSEEN_SENTENCES, type LabelledSentence } from './apologySentences';
import { DEV_SENTENCES, HELD_OUT_TEST_SENTENCES } from './heldOutSentences';
import { WIDENING_SENTENCES } from './wideningSentences';

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

function measure(set: readonly LabelledSentence[]): Figures {
  const missed: string[] = [];
  const wronglyFlagged: string[] = [];
  let problems = 0;
  let sincere = 0;
  for (const { text, expect: wanted } of set) {
    const flags = checkApology(text);
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
    recall: (problems - missed.length) / problems,
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

describe('the apology checker on a labelled set of sentences', () => {
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
  ])('%s: catches at least 85% of problems and flags at most 10% of sincere sentences', (name, set) => {
    const figures = measure(set);
    report(name, figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.85);
    expect(figures.falseFlags).toBeLessThanOrEqual(0.1);
  });

  it('holds the level it reached on the held-out test set, scored once before it was added', () => {
    // Written by someone who had never seen the rules and not looked at while tuning. Scored
    // once when tuning had finished: recall 63.6% (28 of 44), false flags 11.1% (4 of 36).
    // These bounds are that level, rounded towards failing; a change must not lose ground here.
    // The rules were widened again afterwards (two more rounds of fresh sentences of our own),
    // so the figure this prints now is no longer a held-out measure: its misses had been seen.
    const figures = measure(HELD_OUT_TEST_SENTENCES);
    report('Held-out test set', figures);
    expect(HELD_OUT_TEST_SENTENCES).toHaveLength(80);
    expect(figures.recall).toBeGreaterThanOrEqual(0.63);
    expect(figures.falseFlags).toBeLessThanOrEqual(0.12);
  });

  it('reports how it does on the first unseen set (30 sentences, scored before the shapes)', () => {
    const figures = measure(UNSEEN_SENTENCES);
    report('Unseen set', figures);
    // Phrase rules caught 3 of 18 here; the shapes catch 13. A floor against losing ground.
    expect(figures.recall).toBeGreaterThanOrEqual(13 / 18);
    expect(figures.falseFlags).toBeLessThanOrEqual(0.1);
  });
});
