import {
  containingPeriod,
  cpa,
  cpc,
  cpm,
  ctr,
  engagementRate,
  engagementRateByReach,
  engagementsOf,
  goalProgress,
  isMeasureId,
  isPeriodKind,
  type MeasureResult,
  measuresOf,
  type MetricValues,
  networkFromText,
  parseKpiPeriod,
  type PeriodKind,
  periodsBetween,
  PROGRESS_RULE,
  roi,
} from '@chorus/kpi-model';
import { DEFAULT_CURRENCY } from '@chorus/media-plan-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { AccessService, type Principal } from '../access/index.js';
import type {
  KpiChannelResultModel,
  KpiDashboardRowModel,
  KpiPeriodRowModel,
} from './kpi.model.js';
import {
  addNetworks,
  aggregatePlanned,
  aggregateRange,
  periodsOfNetwork,
  type Values,
} from './kpi-aggregate.js';
import { type PlanCell, planBreakdown } from './kpi-breakdown.js';
import type { KpiDashboardModel } from './kpi-dashboard.model.js';
import {
  KPI_COLUMNS,
  KPI_TARGETS_JSON,
  type KpiRow,
  targetsOf,
  toKpiModel,
  toMeasure,
} from './kpi-rules.js';

/** Most months one dashboard spans. */
export const MAX_DASHBOARD_MONTHS = 60;

/**
 * The dashboard: KPIs with their targets, the actuals and the measures derived from them
 * (computed here on every read, never stored), in five SQL statements whatever the size:
 * the session, two to authorize, the KPIs with their targets, and the account-level
 * actuals with the plan's mirrored cells.
 */
@Injectable()
export class KpiDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async dashboard(
    principal: Principal,
    brandId: string,
    from: string,
    to: string,
  ): Promise<KpiDashboardModel> {
    const first = parseKpiPeriod(from);
    const last = parseKpiPeriod(to);
    if (first?.kind !== 'month')
      throw AppError.validation('from', 'Give the first month as yyyy-mm.');
    if (last?.kind !== 'month') throw AppError.validation('to', 'Give the last month as yyyy-mm.');
    const months = periodsBetween(first.start, last.end, 'month');
    if (months.length === 0) throw AppError.validation('to', 'The last month is before the first.');
    if (months.length > MAX_DASHBOARD_MONTHS) {
      throw AppError.validation('to', `A dashboard spans at most ${MAX_DASHBOARD_MONTHS} months.`);
    }
    await this.access.authorizeBrandOrGuest(principal, brandId, 'metrics.read');
    const kpis = await this.dataSource.query<KpiRow[]>(
      `SELECT ${KPI_COLUMNS}, ${KPI_TARGETS_JSON} FROM kpis k
        WHERE k.brand_id = $1 AND k.archived_at IS NULL ORDER BY k.created_at, k.id`,
      [brandId],
    );
    // Actuals and the plan's mirrored cells in one statement: one 'a' row per network and
    // metric with its months as a JSON object (200 rows, not 7,200: far less to parse and
    // collect), and one 'p' row with the plan's mirrored cells as JSON.
    const mixed = await this.dataSource.query<
      Array<{ kind: 'a' | 'p'; network: string; metric: string; value: string | null }>
    >(
      `SELECT 'a' AS kind, network, metric,
              json_object_agg(period_key, value ORDER BY period_key)::text AS value
         FROM kpi_actuals
        WHERE brand_id = $1 AND post_ref = '' AND period_key <= $2 AND period_key ~ '^\\d{4}-\\d{2}$'
        GROUP BY network, metric
       UNION ALL
       SELECT 'p', '', '', (
         SELECT json_agg(json_build_object(
                  'documentId', c.document_id, 'planTitle', d.title, 'rowId', c.row_id,
                  'block', c.block, 'channel', c.channel, 'activity', c.activity,
                  'pricing', c.pricing, 'goalId', c.goal_id, 'periodKey', c.period_key,
                  'currency', c.currency, 'budget', c.budget, 'quantity', c.quantity))::text
           FROM kpi_plan_cells c JOIN documents d ON d.id = c.document_id
          WHERE c.brand_id = $1)`,
      [brandId, to],
    );
    // Each network and metric's months in order (the JSON object keeps the SQL's order).
    const actualSeries = mixed
      .filter((row) => row.kind === 'a' && row.value)
      .map((row) => ({
        network: row.network,
        metric: row.metric,
        months: JSON.parse(row.value!) as Record<string, number>,
      }))
      .sort((a, b) => compareText(a.network, b.network) || compareText(a.metric, b.metric));
    const planJson = mixed.find((row) => row.kind === 'p')?.value;
    const planCells = (planJson ? (JSON.parse(planJson) as PlanCell[]) : []).map((cell) => ({
      ...cell,
      // bigint arrives as a number in JSON; both are minor units.
      budget: Number(cell.budget),
      quantity: Number(cell.quantity),
    }));

    // network → month → metric values; and the brand's months (networks added up).
    const byNetwork = new Map<string, Map<string, Values>>();
    for (const { network, metric, months: series } of actualSeries) {
      let months = byNetwork.get(network);
      if (!months) {
        months = new Map<string, Values>();
        byNetwork.set(network, months);
      }
      for (const month in series) {
        let values = months.get(month);
        if (!values) {
          values = {};
          months.set(month, values);
        }
        values[metric] = Number(series[month]);
      }
    }
    const currency = mostUsed(planCells.map((r) => r.currency)) ?? DEFAULT_CURRENCY;
    // Planned spend per month, per network the plan's channel names ('' for the rest).
    const planned = new Map<string, Map<string, number>>();
    for (const cell of planCells) {
      if (cell.currency !== currency) continue;
      const month = containingPeriod(cell.periodKey, 'month')?.key;
      if (!month) continue;
      const network = networkFromText(cell.channel) ?? '';
      const perMonth = planned.get(network) ?? new Map<string, number>();
      perMonth.set(month, (perMonth.get(month) ?? 0) + cell.budget);
      planned.set(network, perMonth);
    }
    const today = new Date().toISOString().slice(0, 10);

    // KPIs share their series: one per network (or all) and period kind.
    const seriesCache = new Map<
      string,
      { actual: Map<string, Values>; planned: Map<string, number> }
    >();
    const networkPeriodCache = new Map<string, Map<string, Values>>();
    const networkPeriods = (network: string, kind: PeriodKind) => {
      const key = `${network}|${kind}`;
      let found = networkPeriodCache.get(key);
      if (!found) {
        found = periodsOfNetwork(byNetwork.get(network) ?? new Map<string, Values>(), kind);
        networkPeriodCache.set(key, found);
      }
      return found;
    };
    const seriesOf = (network: string | null, kind: PeriodKind) => {
      const key = `${network ?? '*'}|${kind}`;
      let found = seriesCache.get(key);
      if (!found) {
        const sources = network ? [network] : [...byNetwork.keys()];
        found = {
          // Each network's periods once per kind, shared by its own series and the brand's.
          actual: addNetworks(sources.map((n) => networkPeriods(n, kind))),
          planned: aggregatePlanned(network ? [planned.get(network)] : [...planned.values()], kind),
        };
        seriesCache.set(key, found);
      }
      return found;
    };
    const periodCache = new Map<string, ReturnType<typeof periodsBetween>>();
    const periodsOf = (start: string, end: string, kind: PeriodKind) => {
      const key = `${start}|${end}|${kind}`;
      let found = periodCache.get(key);
      if (!found) {
        found = periodsBetween(start, end, kind);
        periodCache.set(key, found);
      }
      return found;
    };

    const rows: KpiDashboardRowModel[] = kpis.map((kpi) => {
      const kind: PeriodKind = isPeriodKind(kpi.period_kind) ? kpi.period_kind : 'month';
      const { actual: series, planned: plannedSeries } = seriesOf(kpi.network, kind);
      const targetList = targetsOf(kpi);
      const targets = new Map(targetList.map((t) => [t.periodKey, t.value]));
      const valueIn = (
        key: string,
        previous: string | null,
      ): { actual: number | null; measure: MeasureResult | null } => {
        const values = series.get(key) ?? {};
        if (isMeasureId(kpi.metric)) {
          const measure = measuresOf(values, {
            previousFollowers: previous ? (series.get(previous)?.followers ?? null) : null,
            plannedSpend: plannedSeries.get(key) ?? null,
          })[kpi.metric];
          return { actual: measure.ok ? measure.value : null, measure };
        }
        if (kpi.metric === 'engagements') return { actual: engagementsOf(values), measure: null };
        return { actual: values[kpi.metric] ?? null, measure: null };
      };
      const shown = periodsOf(first.start, last.end, kind);
      const before = parseKpiPeriod(shown[0]!.key);
      const previousOfFirst = before
        ? (periodsBetween(shifted(before.start), shifted(before.start), kind)[0]?.key ?? null)
        : null;
      const periods: KpiPeriodRowModel[] = shown.map((period, index) => {
        const { actual, measure } = valueIn(
          period.key,
          index === 0 ? previousOfFirst : shown[index - 1]!.key,
        );
        return {
          periodKey: period.key,
          target: targets.get(period.key) ?? null,
          actual,
          measure: measure ? toMeasure(measure) : null,
        };
      });
      // The trend runs over every period of the KPI up to today, whatever the range shown.
      const points: { date: string; value: number }[] = [];
      if (kpi.deadline && kpi.start_date <= today) {
        const span = periodsOf(kpi.start_date, kpi.deadline < today ? kpi.deadline : today, kind);
        span.forEach((period, index) => {
          const { actual } = valueIn(period.key, index > 0 ? span[index - 1]!.key : null);
          if (actual !== null) points.push({ date: period.end, value: actual });
        });
      }
      const progress =
        kpi.baseline !== null && kpi.target !== null && kpi.deadline
          ? goalProgress({
              baseline: kpi.baseline,
              target: kpi.target,
              start: kpi.start_date,
              deadline: kpi.deadline,
              direction: kpi.direction === 'lower' ? 'lower' : 'higher',
              points,
              today,
            })
          : {
              status: 'not_started' as const,
              current: points.at(-1)?.value ?? null,
              projected: null,
              completion: null,
            };
      return {
        kpi: toKpiModel(kpi, targetList),
        periods,
        progress: { ...progress, rule: PROGRESS_RULE },
      };
    });

    const inRange = (month: string) => month >= from && month <= to;
    const channels: KpiChannelResultModel[] = [...byNetwork.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([network, months]) => {
        const values = aggregateRange([...months.entries()].filter(([m]) => inRange(m)));
        const plannedSpend = [...(planned.get(network)?.entries() ?? [])]
          .filter(([m]) => inRange(m))
          .reduce((sum, [, v]) => sum + v, 0);
        const mv = values as MetricValues;
        return {
          network,
          spend: values.spend ?? null,
          plannedSpend,
          revenue: values.revenue ?? null,
          roi: toMeasure(roi(mv, plannedSpend || null)),
          engagementRate: toMeasure(engagementRate(mv)),
          engagementRateByReach: toMeasure(engagementRateByReach(mv)),
          ctr: toMeasure(ctr(mv)),
          cpc: toMeasure(cpc(mv)),
          cpm: toMeasure(cpm(mv)),
          cpa: toMeasure(cpa(mv)),
        };
      });
    const actuals: KpiDashboardModel['actuals'] = [];
    for (const { network, metric, months: series } of actualSeries) {
      for (const month in series) {
        if (inRange(month)) {
          actuals.push({
            network,
            metric,
            periodKey: month,
            postRef: '',
            value: Number(series[month]),
          });
        }
      }
    }
    const goalKpis = new Map(
      kpis.filter((k) => k.goal_id).map((k) => [k.goal_id!, { name: k.name, metric: k.metric }]),
    );
    const { planRows, blocks } = planBreakdown({
      cells: planCells,
      byNetwork,
      from,
      to,
      currency,
      goalKpis,
    });
    return { brandId, from, to, currency, rows, channels, actuals, planRows, blocks };
  }
}

function mostUsed(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

/** The day before a date. */
function shifted(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Code-point order (the order SQL's C collation and the web's tables expect). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
