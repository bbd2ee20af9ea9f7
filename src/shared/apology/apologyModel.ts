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
      featuresPerKind: number;
      learnBias: boolean;
    };
  };
  /** Flag a sentence the rules left alone when `problemProbability` is above this. */
  threshold: number;
  problem: { bias: number; weights: Record<string, number> };
  /** One bias per kind (in `APOLOGY_FLAG_KINDS` order), and the weights of each kind's strongest features. */
  kinds: { bias: number[]; weights: Record<ApologyFlagKind, Record<string, number>> };
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
  return APOLOGY_FLAG_KINDS.map((kind, k) => {
    const weights = model.kinds.weights[kind];
    const bias = model.kinds.bias[k] ?? 0;
    return features.reduce((score, feature) => score + (weights[feature] ?? 0), bias);
  });
}

/** The kind of problem the sentence most resembles. */
export function likelyKind(model: ApologyModel, sentence: string): ApologyFlagKind {
  const scores = kindScores(model, sentenceFeatures(sentence));
  let best = 0;
  for (let k = 1; k < scores.length; k += 1) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  return APOLOGY_FLAG_KINDS[best] ?? 'justifying';
}
