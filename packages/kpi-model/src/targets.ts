// Targets per period: spread from a goal (baseline → target by the deadline, linearly),
// typed by hand, or taken from the media plan's per-period "Quantity / KPI target".
import {
  containingPeriod,
  dayOf,
  type PeriodKind,
  parseKpiPeriod,
  periodsBetween,
} from './periods.js';
import { type UnitKind } from './metrics.js';

export type TargetSource = 'linear' | 'manual' | 'media_plan';

export interface PeriodTarget {
  readonly periodKey: string;
  readonly value: number;
}

export interface LinearSpread {
  readonly baseline: number;
  readonly target: number;
  /** First day the KPI counts from (`yyyy-mm-dd`): the goal's or KPI's start. */
  readonly start: string;
  /** The deadline (`yyyy-mm-dd`), when the target is to be reached. */
  readonly deadline: string;
  readonly kind: PeriodKind;
  readonly unit: UnitKind;
}

/** Money targets are whole minor units, counts whole numbers, percent and ratios 2 decimals. */
export function roundFor(unit: UnitKind, value: number): number {
  if (unit === 'money' || unit === 'count') return Math.round(value);
  return Math.round(value * 100) / 100;
}

/**
 * The linear path from baseline to target: each period's target is the value the path
 * reaches on the period's last day (the deadline for the period holding it), so the last
 * period's target is the goal's target. Empty when the dates are invalid or the deadline
 * is before the start; a one-day span gives the target.
 */
export function spreadLinear(spread: LinearSpread): PeriodTarget[] {
  const start = dayOf(spread.start);
  const deadline = dayOf(spread.deadline);
  if (!Number.isFinite(start) || !Number.isFinite(deadline) || deadline < start) return [];
  if (!Number.isFinite(spread.baseline) || !Number.isFinite(spread.target)) return [];
  const span = deadline - start;
  return periodsBetween(spread.start, spread.deadline, spread.kind).map((period) => {
    const day = Math.min(dayOf(period.end), deadline);
    const fraction = span === 0 ? 1 : (day - start) / span;
    return {
      periodKey: period.key,
      value: roundFor(spread.unit, spread.baseline + (spread.target - spread.baseline) * fraction),
    };
  });
}

/** Why a target typed by hand is refused. */
export type TargetError =
  'period_invalid' | 'period_kind' | 'outside_span' | 'value_invalid' | 'over_100' | 'duplicate';

export interface TargetProblem {
  readonly index: number;
  readonly periodKey: string;
  readonly error: TargetError;
}

/**
 * Checks targets typed by hand: keys of the KPI's period kind, inside its span (start to
 * deadline), finite non-negative values, percentages of a share at most 100, one per period.
 */
export function validateTargets(
  targets: readonly PeriodTarget[],
  kpi: { kind: PeriodKind; start: string; deadline: string; capped100: boolean },
): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const seen = new Set<string>();
  targets.forEach((target, index) => {
    const fail = (error: TargetError) =>
      problems.push({ index, periodKey: target.periodKey, error });
    const period = parseKpiPeriod(target.periodKey);
    if (!period) return fail('period_invalid');
    if (period.kind !== kpi.kind) return fail('period_kind');
    if (period.end < kpi.start || period.start > kpi.deadline) return fail('outside_span');
    if (typeof target.value !== 'number' || !Number.isFinite(target.value) || target.value < 0) {
      return fail('value_invalid');
    }
    if (kpi.capped100 && target.value > 100) return fail('over_100');
    if (seen.has(period.key)) return fail('duplicate');
    seen.add(period.key);
    return undefined;
  });
  return problems;
}

/** The part of a media plan row the KPI targets read (a `RowView` fits). */
export interface PlanRowLike {
  readonly goalId: string;
  readonly block?: string;
  readonly channel?: string;
  readonly cells: Readonly<Record<string, { readonly budget: number; readonly quantity: number }>>;
}

/**
 * Targets from the media plan: the planned quantities ("Quantity / KPI target") of the
 * rows linked to a goal, summed into the KPI's periods (plan weeks count towards the month
 * or quarter of their Thursday; plan months cannot be cut into weeks and are left out).
 * Periods where every linked cell is 0 are left out.
 */
export function targetsFromPlan(
  rows: readonly PlanRowLike[],
  goalId: string,
  kind: PeriodKind,
): PeriodTarget[] {
  return sumCells(
    rows.filter((row) => goalId !== '' && row.goalId === goalId),
    kind,
    (cell) => cell.quantity,
    (v) => Math.round(v * 100) / 100,
  );
}

/** Planned spend (minor units) per period of `kind`, of the rows `filter` keeps. */
export function plannedSpend(
  rows: readonly PlanRowLike[],
  kind: PeriodKind,
  filter: (row: PlanRowLike) => boolean = () => true,
): PeriodTarget[] {
  return sumCells(rows.filter(filter), kind, (cell) => cell.budget, Math.round);
}

function sumCells(
  rows: readonly PlanRowLike[],
  kind: PeriodKind,
  pick: (cell: { budget: number; quantity: number }) => number,
  round: (value: number) => number,
): PeriodTarget[] {
  const sums = new Map<string, number>();
  for (const row of rows) {
    for (const [key, cell] of Object.entries(row.cells)) {
      const value = pick(cell);
      if (!Number.isFinite(value) || value <= 0) continue;
      const period = containingPeriod(key, kind);
      if (!period) continue;
      sums.set(period.key, (sums.get(period.key) ?? 0) + value);
    }
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([periodKey, value]) => ({ periodKey, value: round(value) }));
}
