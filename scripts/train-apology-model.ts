// Trains the learned apology detector on every labelled set in tests/unit/apology/ and writes
// src/shared/apology/apologyModel.json. Deterministic: the same sets always give the same file,
// and tests/unit/apology/apologyModel.test.ts fails when the committed file is stale.
//   npm run apology:train
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkApologyRules } from '../src/shared/apology/checkApologyRules.ts';
import { buildApologyModel } from '../src/shared/apology/trainApologyModel.ts';
import { APOLOGY_SETS } from '../tests/unit/apology/apologySets.ts';

const target = fileURLToPath(new URL('../src/shared/apology/apologyModel.json', import.meta.url));
const model = buildApologyModel(APOLOGY_SETS, (text) => checkApologyRules(text).map((flag) => flag.kind));
const json = `${JSON.stringify(model)}\n`;
writeFileSync(target, json);
console.log(
  `Wrote ${target}: ${Object.keys(model.problem.weights).length} problem features, ` +
    `${Object.values(model.kinds.weights)
      .map((weights) => Object.keys(weights).length)
      .join('/')} kind features, threshold ${model.threshold}, ` +
    `${(json.length / 1024).toFixed(1)} KB, training digest ${model.about.trainingDigest}.`,
);
