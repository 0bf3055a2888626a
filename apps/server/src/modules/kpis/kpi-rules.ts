// Checks of what a person sends about KPIs, and reading KPI rows into models.
import {
  isKpiMetric,
  isMetricId,
  isPeriodKind,
  type MeasureResult,
  METRICS,
  parseKpiPeriod,
  type PeriodTarget,
  spreadLinear,
  type UnitKind,
} from '@chorus/kpi-model';
import { isIsoDate } from '@chorus/media-plan-model';
import { isNetworkId } from '@chorus/post-model';
import { AppError } from '../../platform/errors/index.js';
import type { KpiMeasureValueModel, KpiModel } from './kpi.model.js';

/** A kpis row as SQL returns it, with its stored targets (json). */
export interface KpiRow {
  id: string;
  brand_id: string;
  goal_id: string | null;
  strategy_document_id: string | null;
  name: string;
  metric: string;
  unit: string;
  currency: string | null;
  direction: string;
  network: string | null;
  baseline: number | null;
  target: number | null;
  start_date: string;
  deadline: string | null;
  period_kind: string;
  target_mode: string;
  goal_removed_at: Date | null;
  archived_at: Date | null;
  stored_targets: PeriodTarget[] | null;
}

/** `kpis` columns for SELECTs that map with {@link toKpiModel} (dates as text). */
export const KPI_COLUMNS = `k.id, k.brand_id, k.goal_id, k.strategy_document_id, k.name, k.metric,
  k.unit, k.currency, k.direction, k.network, k.baseline, k.target,
  to_char(k.start_date, 'YYYY-MM-DD') AS start_date, to_char(k.deadline, 'YYYY-MM-DD') AS deadline,
  k.period_kind, k.target_mode, k.goal_removed_at, k.archived_at`;

/** The stored targets of each KPI as one json column. */
export const KPI_TARGETS_JSON = `COALESCE((SELECT json_agg(json_build_object('periodKey', t.period_key,
  'value', t.value) ORDER BY t.period_key) FROM kpi_targets t WHERE t.kpi_id = k.id), '[]') AS stored_targets`;

/** The targets a KPI compares against: stored ones, or the linear spread. */
export function targetsOf(row: KpiRow): PeriodTarget[] {
  if (row.target_mode !== 'linear') return row.stored_targets ?? [];
  if (row.baseline === null || row.target === null || !row.deadline) return [];
  return spreadLinear({
    baseline: row.baseline,
    target: row.target,
    start: row.start_date,
    deadline: row.deadline,
    kind: isPeriodKind(row.period_kind) ? row.period_kind : 'month',
    unit: row.unit as UnitKind,
  });
}

export function toKpiModel(row: KpiRow, targets: PeriodTarget[] = targetsOf(row)): KpiModel {
  return {
    id: row.id,
    brandId: row.brand_id,
    goalId: row.goal_id,
    strategyDocumentId: row.strategy_document_id,
    name: row.name,
    metric: row.metric,
    unit: row.unit,
    currency: row.currency,
    direction: row.direction,
    network: row.network,
    baseline: row.baseline,
    target: row.target,
    startDate: row.start_date,
    deadline: row.deadline,
    periodKind: row.period_kind,
    targetMode: row.target_mode,
    goalRemovedAt: row.goal_removed_at,
    archivedAt: row.archived_at,
    targets,
  };
}

export function checkMetric(metric: string): void {
  if (!isKpiMetric(metric)) throw AppError.validation('metric', `"${metric}" is not a KPI metric.`);
}

export function checkStoredMetric(metric: string, field = 'metric'): void {
  if (!isMetricId(metric)) {
    throw AppError.validation(field, `"${metric}" is not a metric that is entered as an actual.`);
  }
}

export function checkNetwork(network: string | null | undefined, field = 'network'): void {
  if (network !== null && network !== undefined && !isNetworkId(network)) {
    throw AppError.validation(field, `"${network}" is not a network.`);
  }
}

export function checkDate(value: string | null | undefined, field: string): void {
  if (value !== null && value !== undefined && !isIsoDate(value)) {
    throw AppError.validation(field, 'Give the date as yyyy-mm-dd.');
  }
}

export function checkNumber(value: number | null | undefined, field: string): void {
  if (
    value !== null &&
    value !== undefined &&
    (!Number.isFinite(value) || Math.abs(value) > 1e15)
  ) {
    throw AppError.validation(field, 'Give a finite number.');
  }
}

export function checkMonth(key: string, field = 'periodKey'): void {
  if (parseKpiPeriod(key)?.kind !== 'month')
    throw AppError.validation(field, 'Give the month as yyyy-mm.');
}

/** A value that an actual of this metric cannot hold (negative, share over 100, fraction of a count). */
export function actualProblem(metric: string, value: number): string | null {
  if (!isMetricId(metric)) return 'not a metric';
  if (!Number.isFinite(value) || value < 0) return 'actuals are 0 or more';
  const info = METRICS[metric];
  if (info.capped100 && value > 100) return 'a share of the community is at most 100 %';
  if ((info.unit === 'count' || info.unit === 'money') && !Number.isInteger(value)) {
    return info.unit === 'money' ? 'money is whole minor units' : 'a count is a whole number';
  }
  return null;
}

/** A measure as the API answers it: the value, or none with the reason; the formula either way. */
export function toMeasure(result: MeasureResult): KpiMeasureValueModel {
  return result.ok
    ? { value: result.value, reason: null, formula: result.formula, planned: result.planned }
    : { value: null, reason: result.reason, formula: result.formula, planned: false };
}
