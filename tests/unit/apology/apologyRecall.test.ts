import { describe, expect, it } from 'vitest';
import { checkApology } from '../../../src/shared/apology/checkApology';
import { APOLOGY_FLAG_KINDS } from '../../../src/shared/apology/apologyKinds';
import { LABELLED_SENTENCES, UNSEEN_SENTENCES, type LabelledSentence } from './apologySentences';

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

  it('catches at least 85% of problems and flags at most 10% of sincere sentences', () => {
    const figures = measure(LABELLED_SENTENCES);
    report('Labelled set', figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.85);
    expect(figures.falseFlags).toBeLessThanOrEqual(0.1);
  });

  it('reports how it does on sentences the rules were never tuned on', () => {
    const figures = measure(UNSEEN_SENTENCES);
    report('Unseen set', figures);
    // Phrase rules generalise poorly (about one new phrasing in six is caught), so recall here is
    // a floor against losing ground, not a goal; leaving sincere words alone must still hold.
    expect(figures.recall).toBeGreaterThanOrEqual(3 / 18);
    expect(figures.falseFlags).toBeLessThanOrEqual(0.1);
  });
});
