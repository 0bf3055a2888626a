// The dashboard as tables the reader downloads: a CSV file, or an XLSX workbook the server
// writes from the same tables (the web app has no XLSX writer). Figures are written as
// numbers (money in major units), labels in the reader's language.
import type { KpiDashboardQuery } from '../../gql/graphql';
import { CHANNEL_MEASURES, periodValue, toTyped } from './kpi-format';
import { toCsv } from './kpi-files';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

export interface ExportLabels {
  header: (key: string) => string;
  metric: (id: string) => string;
  network: (id: string | null) => string;
  status: (status: string) => string;
  reason: (reason: string | null) => string;
  /** Any other text by its i18n key (blocks, where a plan row's actuals come from). */
  text: (key: string, values?: Record<string, unknown>) => string;
}

export type ExportRow = Array<string | number | null>;

/**
 * The dashboard's tables: KPIs by month, results per network, and the media plan's blocks
 * and rows planned against actual (headers first).
 */
export function dashboardTables(
  dashboard: Dashboard,
  labels: ExportLabels,
): { kpis: ExportRow[]; networks: ExportRow[]; plan: ExportRow[] } {
  const { currency } = dashboard;
  const rows: ExportRow[] = [];
  const h = labels.header;
  rows.push([
    h('kpi'),
    h('metric'),
    h('network'),
    h('month'),
    h('target'),
    h('actual'),
    h('status'),
    h('currency'),
  ]);
  for (const row of dashboard.rows) {
    const unit = row.kpi.unit;
    for (const period of row.periods) {
      const value = periodValue(period);
      rows.push([
        row.kpi.name,
        labels.metric(row.kpi.metric),
        labels.network(row.kpi.network),
        period.periodKey,
        period.target === null ? null : toTyped(period.target, unit, currency),
        value === null
          ? labels.reason(period.measure?.reason ?? null)
          : toTyped(value, unit, currency),
        labels.status(row.progress.status),
        unit === 'money' ? currency : null,
      ]);
    }
  }
  const networks: ExportRow[] = [];
  networks.push([
    h('network'),
    h('spend'),
    h('plannedSpend'),
    labels.metric('revenue'),
    ...CHANNEL_MEASURES.map(([, id]) => labels.metric(id)),
  ]);
  const money = (value: number | null) =>
    value === null ? null : toTyped(value, 'money', currency);
  for (const channel of dashboard.channels) {
    networks.push([
      labels.network(channel.network),
      money(channel.spend),
      money(channel.plannedSpend),
      money(channel.revenue),
      ...CHANNEL_MEASURES.map(([field, id]) => {
        const measure = channel[field];
        if (measure.value === null) return labels.reason(measure.reason);
        return ['cpc', 'cpa', 'cpm'].includes(id) ? money(measure.value) : measure.value;
      }),
    ]);
  }
  return { kpis: rows, networks, plan: planTable(dashboard, labels) };
}

/** Blocks, then rows of the media plans: planned against actual, money in major units. */
function planTable(dashboard: Dashboard, labels: ExportLabels): ExportRow[] {
  const { currency } = dashboard;
  const money = (value: number | null) =>
    value === null ? null : toTyped(value, 'money', currency);
  const block = (id: string) => labels.text(`kpis.plan.blocks.${id}`);
  const table: ExportRow[] = [
    [
      labels.text('kpis.plan.block'),
      labels.header('plannedSpend'),
      labels.header('spend'),
      labels.metric('revenue'),
      labels.metric('roi'),
      labels.text('kpis.plan.networks'),
    ],
  ];
  for (const row of dashboard.blocks) {
    table.push([
      block(row.block),
      money(row.plannedSpend),
      money(row.actualSpend),
      money(row.revenue),
      row.roi.value === null ? labels.reason(row.roi.reason) : row.roi.value,
      row.networks.map((n) => labels.network(n)).join(', '),
    ]);
  }
  table.push([]);
  table.push([
    labels.text('kpis.plan.row'),
    labels.text('kpis.plan.block'),
    labels.header('metric'),
    labels.header('plannedSpend'),
    labels.header('spend'),
    labels.text('kpis.plan.plannedQuantity'),
    labels.text('kpis.plan.actualQuantity'),
    labels.text('kpis.plan.source'),
  ]);
  for (const row of dashboard.planRows) {
    const network = labels.network(row.network);
    table.push([
      [row.planTitle, row.channel, row.activity].filter(Boolean).join(' — '),
      block(row.block),
      row.quantityMetric ? labels.metric(row.quantityMetric) : null,
      money(row.plannedSpend),
      money(row.actualSpend),
      row.plannedQuantity,
      row.actualQuantity,
      row.actualSource === 'none'
        ? labels.text(row.network ? 'kpis.plan.plannedOnly' : 'kpis.plan.noNetwork')
        : row.actualSource === 'shared_network'
          ? labels.text('kpis.plan.sharedNetwork', { network, rows: row.sharedWith })
          : labels.text('kpis.plan.rowNetwork', { network }),
    ]);
  }
  return table;
}

/** The tables one after the other, as CSV. */
export function dashboardCsv(dashboard: Dashboard, labels: ExportLabels): string {
  const { kpis, networks, plan } = dashboardTables(dashboard, labels);
  return toCsv([...kpis, [], ...networks, [], ...plan]);
}

/** Hands a text (or a file's bytes) to the browser as a download. */
export function download(
  content: string | Blob,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
