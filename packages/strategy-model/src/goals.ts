import type * as Y from 'yjs';
import { parseTarget } from './parse-target.js';
import { readStrategy } from './read-strategy.js';
import { isIsoDate } from './smart.js';
import { walkBlocks } from './walk.js';

/** A goal of a strategy as other records (posts, media-plan lines, KPIs) see it. */
export interface StrategyGoal {
  /** The card's goalId. */
  id: string;
  statement: string;
  metric: string;
  baseline: string;
  target: string;
  /** The target read by `parseTarget`; null when it is not a number. */
  targetValue: number | null;
  /** '' or a valid yyyy-mm-dd date. */
  deadline: string;
  why: string;
}

/**
 * The goals of a strategy in document order, fields trimmed. A card without a goalId
 * gives no goal; a card repeating a goalId already seen (copy and paste) is skipped.
 */
export function extractGoals(fragment: Y.XmlFragment): StrategyGoal[] {
  const goals: StrategyGoal[] = [];
  const seen = new Set<string>();
  for (const node of walkBlocks(readStrategy(fragment))) {
    if (node.type !== 'smartGoal') continue;
    const id = node.attrs.goalId.trim();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    const { statement, metric, baseline, target, deadline, why } = node.attrs;
    goals.push({
      id,
      statement: statement.trim(),
      metric: metric.trim(),
      baseline: baseline.trim(),
      target: target.trim(),
      targetValue: parseTarget(target),
      deadline: isIsoDate(deadline.trim()) ? deadline.trim() : '',
      why: why.trim(),
    });
  }
  return goals;
}
