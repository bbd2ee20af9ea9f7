import { APOLOGY_FLAG_KINDS, type ApologyFlagKind } from './apologyKinds';
import { sentenceFeatures } from './apologyFeatures';

/**
 * The learned apology detector, stored as data (`apologyModel.json`, written by
 * `npm run apology:train`): two linear models over the features of `apologyFeatures.ts`.
 * `problem` is a logistic regression giving the probability that a sentence undoes an
 * apology; `kinds` is a softmax regression over the six kinds, trained on the problem
 * sentences only, giving the kind it most resembles. Features the training pruned away weigh 0.
 */
export interface ApologyModel {
  about: {
    note: string;
    /** The labelled sets it was trained on and how many sentences each gave. */
    trainedOn: { name: string; sentences: number }[];
    /** A digest of every training sentence and label, so a changed set shows up as a stale model. */
    trainingDigest: string;
    training: {
      epochs: number;
      learningRate: number;
      kindLearningRate: number;
      l2: number;
      seed: number;
      problemFeatures: number;
      kindFeatures: number;
      learnBias: boolean;
    };
  };
  /** Flag a sentence the rules left alone when `problemProbability` is above this. */
  threshold: number;
  problem: { bias: number; weights: Record<string, number> };
  /** One bias and, per feature, one weight per kind, in `APOLOGY_FLAG_KINDS` order. */
  kinds: { bias: number[]; weights: Record<string, number[]> };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** How likely (0 to 1) the sentence is to be one of the habits that undo an apology. */
export function problemProbability(model: ApologyModel, sentence: string): number {
  let z = model.problem.bias;
  for (const feature of sentenceFeatures(sentence)) z += model.problem.weights[feature] ?? 0;
  return sigmoid(z);
}

/** The kind scores of a set of features (higher is more alike). */
export function kindScores(model: ApologyModel, features: readonly string[]): number[] {
  const scores = [...model.kinds.bias];
  for (const feature of features) {
    const weights = model.kinds.weights[feature];
    if (weights === undefined) continue;
    for (let k = 0; k < scores.length; k += 1) scores[k] = (scores[k] ?? 0) + (weights[k] ?? 0);
  }
  return scores;
}

/** The kind of problem the sentence most resembles. */
export function likelyKind(model: ApologyModel, sentence: string): ApologyFlagKind {
  const scores = kindScores(model, sentenceFeatures(sentence));
  let best = 0;
  for (let k = 1; k < scores.length; k += 1) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  return APOLOGY_FLAG_KINDS[best] ?? 'justifying';
}
