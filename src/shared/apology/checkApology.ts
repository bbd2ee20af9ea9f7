import type { ApologyFlagKind } from './apologyKinds';
import type { ApologyModel } from './apologyModel';
import { APOLOGY_RULES, type ApologyRule } from './apologyRules';
import { checkApologyRules, type ApologyFlag } from './checkApologyRules';
import { modelFlags } from './modelFlags';
import shippedModel from './apologyModel.json' with { type: 'json' };

export type { ApologyFlagKind };
export type { ApologyFlag };
export { checkApologyRules };

/** The learned detector as trained by `npm run apology:train` on every labelled set. */
export const SHIPPED_APOLOGY_MODEL: ApologyModel = shippedModel;

/**
 * The checker the workshop uses: the rules first (`checkApologyRules`), then, for each
 * sentence no rule flagged, the learned detector (`modelFlags.ts`), which may flag the
 * sentence (or its strongest clause) when it finds it likely enough to be a problem.
 */
export function checkApology(
  text: string,
  rules: readonly ApologyRule[] = APOLOGY_RULES,
  model: ApologyModel | null = SHIPPED_APOLOGY_MODEL,
): ApologyFlag[] {
  const byRules = checkApologyRules(text, rules);
  if (model === null) return byRules;
  const byModel: ApologyFlag[] = modelFlags(text, model, byRules).map((flag) => ({
    ...flag,
    match: text.slice(flag.start, flag.end),
    source: 'model',
  }));
  return [...byRules, ...byModel].sort((a, b) => a.start - b.start);
}
