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
}

export type ExportRow = Array<string | number | null>;

/** The dashboard's two tables: KPIs by month, and results per network (headers first). */
export function dashboardTables(
  dashboard: Dashboard,
  labels: ExportLabels,
): { kpis: ExportRow[]; networks: ExportRow[] } {
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
  return { kpis: rows, networks };
}

/** The two tables one after the other, as CSV. */
export function dashboardCsv(dashboard: Dashboard, labels: ExportLabels): string {
  const { kpis, networks } = dashboardTables(dashboard, labels);
  return toCsv([...kpis, [], ...networks]);
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
