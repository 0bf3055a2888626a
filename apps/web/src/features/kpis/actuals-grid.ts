// The actuals grid's rules: which cell holds what, what a typed value may be, and which
// cells changed (sent as one upsert; an emptied cell clears the actual). No React.
import { METRICS, type MetricId } from '@chorus/kpi-model';
import { minorDigits } from '@chorus/media-plan-model';
import { toStored, toTyped } from './kpi-format';

/** The key of a cell: network, metric, month. */
export function cellKey(network: string, metric: string, periodKey: string): string {
  return `${network}|${metric}|${periodKey}`;
}

/** The stored actuals as typed values (money in major units) by cell key. */
export function typedActuals(
  actuals: ReadonlyArray<{
    network: string;
    metric: string;
    periodKey: string;
    postRef: string;
    value: number;
  }>,
  currency: string,
): Map<string, number> {
  const cells = new Map<string, number>();
  for (const actual of actuals) {
    if (actual.postRef !== '') continue;
    const unit = actual.metric in METRICS ? METRICS[actual.metric as MetricId].unit : 'count';
    cells.set(
      cellKey(actual.network, actual.metric, actual.periodKey),
      toTyped(actual.value, unit, currency),
    );
  }
  return cells;
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

/** The cells whose typed value differs from the stored one, as the server's input. */
export function changedCells(
  stored: ReadonlyMap<string, number>,
  edited: ReadonlyMap<string, number | ''>,
  currency: string,
): Array<{ network: string; metric: string; periodKey: string; value: number | null }> {
  const cells: Array<{ network: string; metric: string; periodKey: string; value: number | null }> =
    [];
  for (const [key, value] of edited) {
    const before = stored.get(key);
    if (value === '' ? before === undefined : before === value) continue;
    const [network = '', metric = '', periodKey = ''] = key.split('|');
    const unit = metric in METRICS ? METRICS[metric as MetricId].unit : 'count';
    cells.push({
      network,
      metric,
      periodKey,
      value: value === '' ? null : toStored(value, unit, currency),
    });
  }
  return cells;
}
