import type { DecisionRule, RuleCriterion } from '../../content/types.js';

export interface RuleResult {
  /** True when any criterion is met: the rule says to X-ray. */
  positive: boolean;
  met: RuleCriterion[];
}

/**
 * Applies an "any criterion" decision rule such as the Ottawa Knee Rules.
 * Unknown criterion ids are ignored.
 */
export function applyRule(rule: DecisionRule, met: Iterable<string>): RuleResult {
  const on = new Set(met);
  const hits = rule.criteria.filter((c) => on.has(c.id));
  return { positive: hits.length > 0, met: hits };
}
