import { APOLOGY_FLAG_KINDS, type ApologyFlagKind } from './apologyKinds';
import { sentenceFeatures } from './apologyFeatures';
import { problemProbability, likelyKind, type ApologyModel } from './apologyModel';
import { seededRandom } from '../seededRandom';

/**
 * Trains the learned apology detector (`apologyModel.ts`) from labelled sentences. Pure and
 * deterministic (a seeded shuffle, plain stochastic gradient descent, weights rounded), so
 * `npm run apology:train` and the unit test that checks the committed model agree exactly.
 * Used only by that script and the tests; the app ships the trained JSON, never this.
 */
export interface LabelledSentence {
  text: string;
  /** The kinds that count as catching it; `sincere` means no flag at all. */
  expect: readonly ApologyFlagKind[] | 'sincere';
}

export interface LabelledSet {
  name: string;
  sentences: readonly LabelledSentence[];
}

export const TRAINING = {
  epochs: 30,
  learningRate: 0.1,
  kindLearningRate: 0.5,
  l2: 1e-3,
  seed: 1,
  problemFeatures: 3000,
  featuresPerKind: 700,
  learnBias: false,
} as const;

/** Thresholds tried, lowest first; the lowest that keeps every set's false flags within bounds wins. */
const THRESHOLDS = Array.from({ length: 20 }, (_, i) => 0.5 + i * 0.025);
/** The most false flags any set may get, rules and model together. */
export const MAX_FALSE_FLAGS = 0.1;

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const held = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = held;
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000 + 0;

interface Indexed {
  vocabulary: string[];
  rows: Int32Array[];
}

function index(sentences: readonly LabelledSentence[]): Indexed {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const rows = sentences.map((sentence) =>
    Int32Array.from(sentenceFeatures(sentence.text), (feature) => {
      let id = ids.get(feature);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(feature, id);
        vocabulary.push(feature);
      }
      return id;
    }),
  );
  return { vocabulary, rows };
}

/** Logistic regression: problem (1) or sincere (0). */
function trainProblem(
  rows: Int32Array[],
  labels: number[],
  size: number,
): { bias: number; weights: Float64Array } {
  const { epochs, learningRate: lr, l2, seed } = TRAINING;
  const weights = new Float64Array(size);
  let bias = 0;
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffle(order, random);
    for (const i of order) {
      const row = rows[i] ?? new Int32Array();
      let z = bias;
      for (const f of row) z += weights[f] ?? 0;
      const gradient = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z)))) - (labels[i] ?? 0);
      for (const f of row) weights[f] = (weights[f] ?? 0) - lr * (gradient + l2 * (weights[f] ?? 0));
      if (TRAINING.learnBias) bias -= lr * gradient;
    }
  }
  return { bias, weights };
}

/** Softmax regression over the kinds; a sentence with two kinds counts half for each. */
function trainKinds(
  rows: Int32Array[],
  targets: number[][],
  size: number,
): { bias: number[]; weights: Float64Array } {
  const { epochs, learningRate: lr, l2, seed } = TRAINING;
  const K = APOLOGY_FLAG_KINDS.length;
  const weights = new Float64Array(size * K);
  const bias = new Array<number>(K).fill(0);
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  const scores = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffle(order, random);
    for (const i of order) {
      const row = rows[i] ?? new Int32Array();
      const target = targets[i] ?? [];
      let top = -Infinity;
      for (let k = 0; k < K; k += 1) {
        let z = bias[k] ?? 0;
        for (const f of row) z += weights[f * K + k] ?? 0;
        scores[k] = z;
        top = Math.max(top, z);
      }
      let total = 0;
      for (let k = 0; k < K; k += 1) {
        scores[k] = Math.exp((scores[k] ?? 0) - top);
        total += scores[k] ?? 0;
      }
      for (let k = 0; k < K; k += 1) {
        const gradient = (scores[k] ?? 0) / total - (target[k] ?? 0);
        for (const f of row) {
          const at = f * K + k;
          weights[at] = (weights[at] ?? 0) - lr * (gradient + l2 * (weights[at] ?? 0));
        }
        bias[k] = (bias[k] ?? 0) - lr * gradient;
      }
    }
  }
  return { bias, weights };
}

/** The `count` feature ids with the largest `strength`, in vocabulary order. */
function strongest(size: number, count: number, strength: (id: number) => number): number[] {
  const strengths = Float64Array.from({ length: size }, (_, id) => strength(id));
  const ids = Array.from({ length: size }, (_, id) => id);
  ids.sort((a, b) => (strengths[b] ?? 0) - (strengths[a] ?? 0) || a - b);
  return ids
    .slice(0, count)
    .filter((id) => (strengths[id] ?? 0) > 0)
    .sort((a, b) => a - b);
}

/** Trains both parts on these sentences and prunes each to its strongest features. */
export function trainWeights(
  sentences: readonly LabelledSentence[],
): Pick<ApologyModel, 'problem' | 'kinds'> {
  const { vocabulary, rows } = index(sentences);
  const size = vocabulary.length;
  const K = APOLOGY_FLAG_KINDS.length;
  const problem = trainProblem(
    rows,
    sentences.map((s) => (s.expect === 'sincere' ? 0 : 1)),
    size,
  );
  const problemRows: Int32Array[] = [];
  const targets: number[][] = [];
  sentences.forEach((s, i) => {
    if (s.expect === 'sincere') return;
    const wanted = s.expect;
    problemRows.push(rows[i] ?? new Int32Array());
    targets.push(APOLOGY_FLAG_KINDS.map((kind) => (wanted.includes(kind) ? 1 / wanted.length : 0)));
  });
  const kinds = trainKinds(problemRows, targets, size);

  const problemWeights: Record<string, number> = {};
  for (const id of strongest(size, TRAINING.problemFeatures, (f) =>
    Math.abs(round(problem.weights[f] ?? 0)),
  )) {
    problemWeights[vocabulary[id] ?? ''] = round(problem.weights[id] ?? 0);
  }
  // Each kind keeps its own strongest features, so a word that matters to one kind only costs one number.
  const kindWeights = Object.fromEntries(
    APOLOGY_FLAG_KINDS.map((kind, k) => {
      const weights: Record<string, number> = {};
      const strength = (f: number): number => Math.abs(round(kinds.weights[f * K + k] ?? 0));
      for (const id of strongest(size, TRAINING.featuresPerKind, strength)) {
        weights[vocabulary[id] ?? ''] = round(kinds.weights[id * K + k] ?? 0);
      }
      return [kind, weights];
    }),
  ) as Record<ApologyFlagKind, Record<string, number>>;
  return {
    problem: { bias: round(problem.bias), weights: problemWeights },
    kinds: { bias: kinds.bias.map(round), weights: kindWeights },
  };
}

/** A 64-bit FNV-1a digest (as hex) of every set name, sentence and label, in order. */
export function trainingDigest(sets: readonly LabelledSet[]): string {
  let hash = 0xcbf29ce484222325n;
  const text = sets
    .map((set) =>
      set.sentences
        .map((s) => `${set.name}\t${s.text}\t${s.expect === 'sincere' ? 'sincere' : s.expect.join('/')}\n`)
        .join(''),
    )
    .join('');
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** What the rules alone flag in a sentence (their kinds), so the model's flags can be added to them. */
export type RulesKinds = (text: string) => readonly ApologyFlagKind[];

/** The kinds the model adds to a sentence the rules left alone (an empty list or one kind). */
export function modelKinds(model: ApologyModel, text: string, threshold: number): ApologyFlagKind[] {
  return problemProbability(model, text) > threshold ? [likelyKind(model, text)] : [];
}

/** Each set's model probabilities and kinds from a model trained on all the other sets. */
export function leaveOneSetOut(sets: readonly LabelledSet[]): { set: LabelledSet; model: ApologyModel }[] {
  return sets.map((set) => {
    const others = sets.filter((other) => other !== set).flatMap((other) => other.sentences);
    return { set, model: { ...emptyAbout(), threshold: 0.5, ...trainWeights(others) } };
  });
}

function emptyAbout(): Pick<ApologyModel, 'about'> {
  return { about: { note: '', trainedOn: [], trainingDigest: '', training: { ...TRAINING } } };
}

/**
 * The lowest threshold at which, for every set, rules plus a model trained on the other sets
 * flag at most `MAX_FALSE_FLAGS` of its sincere sentences (or, if none manages that, the
 * highest tried). The rules and each sentence's probability are worked out once, not per threshold.
 */
export function chooseThreshold(
  folds: { set: LabelledSet; model: ApologyModel }[],
  rules: RulesKinds,
): number {
  const sincere = folds.map(({ set, model }) =>
    set.sentences
      .filter((s) => s.expect === 'sincere')
      .map((s) => (rules(s.text).length > 0 ? Infinity : problemProbability(model, s.text))),
  );
  const withinBounds = (threshold: number): boolean =>
    sincere.every(
      (scores) =>
        scores.length === 0 ||
        scores.filter((score) => score > threshold).length / scores.length <= MAX_FALSE_FLAGS,
    );
  return THRESHOLDS.find(withinBounds) ?? THRESHOLDS[THRESHOLDS.length - 1] ?? 0.95;
}

/** What the shipped model says about itself: what it was trained on and how. */
export function aboutModel(sets: readonly LabelledSet[]): ApologyModel['about'] {
  return {
    note: 'Written by `npm run apology:train` (scripts/train-apology-model.ts) from the labelled sets in tests/unit/apology/. Do not edit by hand: change the sets and retrain. The threshold was chosen leaving one set out at a time, so that rules plus model flag at most 10% of the sincere sentences of every set.',
    trainedOn: sets.map((set) => ({ name: set.name, sentences: set.sentences.length })),
    trainingDigest: trainingDigest(sets),
    training: { ...TRAINING },
  };
}

/** The model `npm run apology:train` writes: trained on every set, threshold chosen leaving one set out. */
export function buildApologyModel(sets: readonly LabelledSet[], rules: RulesKinds): ApologyModel {
  return {
    about: aboutModel(sets),
    threshold: chooseThreshold(leaveOneSetOut(sets), rules),
    ...trainWeights(sets.flatMap((set) => set.sentences)),
  };
}
