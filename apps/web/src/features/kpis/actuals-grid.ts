// The actuals grid's rules: which cell holds what and what a typed value may be. No React.
// What an open or unsaved cell goes through (saving, failed, conflict) is actuals-drafts.ts.
import { METRICS, type MetricId } from '@chorus/kpi-model';
import { minorDigits } from '@chorus/media-plan-model';

/** The key of a cell: network, metric, month. */
export function cellKey(network: string, metric: string, periodKey: string): string {
  return `${network}|${metric}|${periodKey}`;
}

export type CellProblem = 'notANumber' | 'negative' | 'notInteger' | 'over100' | 'tooManyDecimals';

/** What is wrong with a typed value of `metric`, or null (an empty cell is fine: it clears). */
export function cellProblem(
  metric: MetricId,
  value: number | '',
  currency: string,
): CellProblem | null {
  if (value === '') return null;
  if (!Number.isFinite(value)) return 'notANumber';
  if (value < 0) return 'negative';
  const info = METRICS[metric];
  if (info.unit === 'count' && !Number.isInteger(value)) return 'notInteger';
  if (info.capped100 && value > 100) return 'over100';
  if (info.unit === 'money') {
    const scaled = value * 10 ** minorDigits(currency);
    if (Math.abs(scaled - Math.round(scaled)) > 1e-6) return 'tooManyDecimals';
  }
  return null;
}
