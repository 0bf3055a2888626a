// Actuals added up: networks and months into periods, and months into one range.
import {
  containingPeriod,
  isMetricId,
  METRIC_IDS,
  METRICS,
  type PeriodKind,
} from '@chorus/kpi-model';

/** Metric values of one network (or several) in one period. */
export type Values = Record<string, number>;

const STOCKS: ReadonlySet<string> = new Set(
  METRIC_IDS.filter((m) => METRICS[m].aggregation === 'stock'),
);
const FLOWS: ReadonlySet<string> = new Set(
  METRIC_IDS.filter((m) => METRICS[m].aggregation === 'flow'),
);
const SHARES: ReadonlySet<string> = new Set(
  METRIC_IDS.filter((m) => METRICS[m].unit === 'percent'),
);

/** One network's months of a range into one set of values (flows summed, stocks at the end). */
export function aggregateRange(months: readonly [string, Values][]): Values {
  const sorted = [...months].sort(([a], [b]) => (a < b ? -1 : 1));
  const result: Values = {};
  for (const [, values] of sorted) {
    for (const [metric, value] of Object.entries(values)) {
      if (!isMetricId(metric)) continue;
      if (METRICS[metric].aggregation === 'stock') result[metric] = value;
      else result[metric] = (result[metric] ?? 0) + value;
    }
  }
  return result;
}

/**
 * One network's months into periods of `kind`: flows summed over the months, stocks
 * (followers, shares) at the period's latest month that has a value.
 */
export function periodsOfNetwork(
  months: Map<string, Values>,
  kind: PeriodKind,
): Map<string, Values> {
  const perNetwork = new Map<string, Values>();
  // Months in order: a stock's later month simply overwrites an earlier one.
  for (const month of [...months.keys()].sort()) {
    const period = containingPeriod(month, kind)?.key;
    if (!period) continue;
    const values = months.get(month)!;
    let target = perNetwork.get(period);
    if (!target) {
      target = {};
      perNetwork.set(period, target);
    }
    for (const metric in values) {
      if (STOCKS.has(metric)) target[metric] = values[metric]!;
      else if (FLOWS.has(metric)) target[metric] = (target[metric] ?? 0) + values[metric]!;
    }
  }
  return perNetwork;
}

/**
 * Networks' periods ({@link periodsOfNetwork}) added up: flows and stocks summed over the
 * networks, shares of the community averaged over the networks that have one. A new map;
 * the inputs stay as they are (they are cached per network and kind).
 */
export function addNetworks(networks: readonly Map<string, Values>[]): Map<string, Values> {
  const result = new Map<string, Values>();
  const shareCounts = new Map<string, Values>();
  for (const perNetwork of networks) {
    for (const [period, values] of perNetwork) {
      let into = result.get(period);
      if (!into) {
        into = {};
        result.set(period, into);
      }
      for (const metric in values) {
        into[metric] = (into[metric] ?? 0) + values[metric]!;
        if (SHARES.has(metric)) {
          let counts = shareCounts.get(period);
          if (!counts) {
            counts = {};
            shareCounts.set(period, counts);
          }
          counts[metric] = (counts[metric] ?? 0) + 1;
        }
      }
    }
  }
  for (const [period, counts] of shareCounts) {
    const values = result.get(period)!;
    for (const metric in counts) values[metric] = values[metric]! / counts[metric]!;
  }
  return result;
}

export function aggregatePlanned(
  networks: readonly (Map<string, number> | undefined)[],
  kind: PeriodKind,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const months of networks) {
    for (const [month, budget] of months ?? []) {
      const period = containingPeriod(month, kind)?.key;
      if (period) result.set(period, (result.get(period) ?? 0) + budget);
    }
  }
  return result;
}
