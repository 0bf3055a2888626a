// Results by media-plan row and by block (Paid / Owned / Earned): the plan's mirrored
// cells against the networks' actuals, computed on read from rows the dashboard already has.
import {
  containingPeriod,
  engagementsOf,
  isMetricId,
  type MetricId,
  type MetricValues,
  networkFromText,
  roi,
} from '@chorus/kpi-model';
import { aggregateRange, type Values } from './kpi-aggregate.js';
import type { KpiBlockResultModel, KpiPlanRowResultModel } from './kpi-dashboard.model.js';
import { toMeasure } from './kpi-rules.js';

/** One mirrored media-plan cell (a row in one plan period), money in minor units. */
export interface PlanCell {
  documentId: string;
  planTitle: string;
  rowId: string;
  block: string;
  channel: string;
  activity: string;
  pricing: string;
  goalId: string;
  periodKey: string;
  currency: string;
  budget: number;
  quantity: number;
}

/** What a row's planned quantity counts when no goal KPI says: its pricing model's unit. */
const QUANTITY_BY_PRICING: Record<string, MetricId> = {
  CPM: 'impressions',
  CPC: 'clicks',
  CPA: 'conversions',
};

/** The blocks in the order results list them; spend on networks no row plans is UNPLANNED. */
export const RESULT_BLOCKS = ['PAID', 'OWNED', 'EARNED', 'UNPLANNED'] as const;

/**
 * Planned against actual per media-plan row and per block over the months `from`–`to`.
 * Actuals are kept per network, not per row: a row's actual is its network's, and when
 * several rows plan the same network the figure is that network's total (`shared_network`,
 * `sharedWith` rows); a row whose network has no actuals shows its plan only (`none`).
 * A network's actual spend and revenue go to the block of its rows, split by planned
 * budget when its rows sit in several blocks (`estimated`); networks no row plans are
 * UNPLANNED. Cells in another currency than the dashboard's are left out.
 */
export function planBreakdown(input: {
  cells: readonly PlanCell[];
  byNetwork: ReadonlyMap<string, Map<string, Values>>;
  from: string;
  to: string;
  currency: string;
  goalKpis: ReadonlyMap<string, { name: string; metric: string }>;
}): { planRows: KpiPlanRowResultModel[]; blocks: KpiBlockResultModel[] } {
  const inRange = (month: string) => month >= input.from && month <= input.to;
  const rows = new Map<string, KpiPlanRowResultModel & { order: number }>();
  for (const cell of input.cells) {
    if (cell.currency !== input.currency) continue;
    const month = containingPeriod(cell.periodKey, 'month')?.key;
    if (!month || !inRange(month)) continue;
    const key = `${cell.documentId}|${cell.rowId}`;
    let row = rows.get(key);
    if (!row) {
      const goal = cell.goalId ? input.goalKpis.get(cell.goalId) : undefined;
      const goalMetric = goal && isMetricId(goal.metric) ? goal.metric : null;
      row = {
        order: rows.size,
        documentId: cell.documentId,
        planTitle: cell.planTitle,
        rowId: cell.rowId,
        block: cell.block,
        channel: cell.channel,
        activity: cell.activity,
        network: networkFromText(cell.channel),
        kpiName: goal?.name ?? null,
        quantityMetric: goalMetric ?? QUANTITY_BY_PRICING[cell.pricing] ?? null,
        plannedSpend: 0,
        plannedQuantity: 0,
        actualSpend: null,
        actualQuantity: null,
        actualSource: 'none',
        sharedWith: 1,
      };
      rows.set(key, row);
    }
    row.plannedSpend += cell.budget;
    row.plannedQuantity += cell.quantity;
  }

  const totals = new Map<string, Values>();
  for (const [network, months] of input.byNetwork) {
    const values = aggregateRange([...months.entries()].filter(([m]) => inRange(m)));
    if (Object.keys(values).length > 0) totals.set(network, values);
  }
  const rowsOfNetwork = new Map<string, number>();
  for (const row of rows.values()) {
    if (row.network) rowsOfNetwork.set(row.network, (rowsOfNetwork.get(row.network) ?? 0) + 1);
  }
  for (const row of rows.values()) {
    const values = row.network ? totals.get(row.network) : undefined;
    if (!row.network || !values) continue;
    row.sharedWith = rowsOfNetwork.get(row.network)!;
    row.actualSource = row.sharedWith > 1 ? 'shared_network' : 'row_network';
    row.actualSpend = values.spend ?? null;
    const metric = row.quantityMetric;
    row.actualQuantity =
      metric === 'engagements' ? engagementsOf(values) : metric ? (values[metric] ?? null) : null;
  }

  const blocks = new Map<string, KpiBlockResultModel>();
  const blockOf = (name: string) => {
    let block = blocks.get(name);
    if (!block) {
      block = {
        block: name,
        plannedSpend: 0,
        actualSpend: null,
        revenue: null,
        roi: toMeasure(roi({})),
        estimated: false,
        networks: [],
      };
      blocks.set(name, block);
    }
    return block;
  };
  for (const row of rows.values()) blockOf(row.block).plannedSpend += row.plannedSpend;
  for (const [network, values] of totals) {
    if (values.spend === undefined && values.revenue === undefined) continue;
    // The network's planned budget (and rows) per block decide its share of each block.
    const shares = new Map<string, number>();
    let budget = 0;
    let count = 0;
    for (const row of rows.values()) {
      if (row.network !== network) continue;
      shares.set(row.block, (shares.get(row.block) ?? 0) + row.plannedSpend);
      budget += row.plannedSpend;
      count += 1;
    }
    if (count === 0) shares.set('UNPLANNED', 1);
    const whole = budget > 0 ? budget : count || 1;
    for (const [name, part] of shares) {
      const share =
        shares.size === 1 ? 1 : budget > 0 ? part / whole : countIn(rows, network, name) / whole;
      const block = blockOf(name);
      if (shares.size > 1) block.estimated = true;
      if (!block.networks.includes(network)) block.networks.push(network);
      if (values.spend !== undefined) {
        block.actualSpend = (block.actualSpend ?? 0) + values.spend * share;
      }
      if (values.revenue !== undefined) {
        block.revenue = (block.revenue ?? 0) + values.revenue * share;
      }
    }
  }
  const blockResults = RESULT_BLOCKS.filter((name) => blocks.has(name)).map((name) => {
    const block = blocks.get(name)!;
    block.networks.sort();
    const values: MetricValues = { spend: block.actualSpend, revenue: block.revenue };
    return { ...block, roi: toMeasure(roi(values, block.plannedSpend || null)) };
  });
  const planRows = [...rows.values()]
    .sort(
      (a, b) =>
        RESULT_BLOCKS.indexOf(a.block as 'PAID') - RESULT_BLOCKS.indexOf(b.block as 'PAID') ||
        a.order - b.order,
    )
    .map(({ order: _order, ...row }) => row);
  return { planRows, blocks: blockResults };
}

function countIn(
  rows: ReadonlyMap<string, KpiPlanRowResultModel>,
  network: string,
  block: string,
): number {
  let count = 0;
  for (const row of rows.values()) if (row.network === network && row.block === block) count += 1;
  return count;
}
