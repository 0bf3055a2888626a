import type { Severity, Thresholds } from './guide.js';

/*
 * The score: 100 less a penalty per broken rule. A rule costs its weight for each violation,
 * up to a cap, so one habit repeated (ten emoji) does not sink a post by itself while several
 * different problems add up:
 *   score = max(0, 100 − Σ_rules min(violations_r × weight_r, cap_r))
 *   required: weight 25, cap 50;  recommended: weight 6, cap 18.
 * Escalation topics are routing, not quality: they do not count.
 * Verdict: `block` when any required rule is broken or the score is below `blockBelow`;
 * `warn` when the score is below `warnBelow`; `pass` otherwise.
 */

export const WEIGHTS: Readonly<Record<Severity, { weight: number; cap: number }>> = {
  required: { weight: 25, cap: 50 },
  recommended: { weight: 6, cap: 18 },
};

export type Verdict = 'pass' | 'warn' | 'block';

export interface Violation {
  readonly ruleId: string;
  readonly severity: Severity;
}

export function scoreOf(violations: Iterable<Violation>): number {
  const perRule = new Map<string, { severity: Severity; count: number }>();
  for (const { ruleId, severity } of violations) {
    const entry = perRule.get(ruleId);
    if (entry) entry.count += 1;
    else perRule.set(ruleId, { severity, count: 1 });
  }
  let penalty = 0;
  for (const { severity, count } of perRule.values()) {
    const { weight, cap } = WEIGHTS[severity];
    penalty += Math.min(count * weight, cap);
  }
  return Math.max(0, 100 - penalty);
}

export function verdictOf(score: number, requiredBroken: boolean, thresholds: Thresholds): Verdict {
  if (requiredBroken || score < thresholds.blockBelow) return 'block';
  if (score < thresholds.warnBelow) return 'warn';
  return 'pass';
}
