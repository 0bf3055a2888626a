import { Badge, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { formatValue, monthLabel, periodValue, statusColor, toTyped } from '../kpi-format';
import { ChartFrame } from './ChartFrame';
import { metricLabel, networkLabel, serverText } from './kpi-labels';
import { MeasureCell } from './MeasureCell';

type Dashboard = KpiDashboardQuery['kpiDashboard'];
type Row = Dashboard['rows'][number];

export interface GoalProgressProps {
  dashboard: Dashboard;
  rtl: boolean;
}

/** The latest period of the range that has a target or a value (else the last one). */
function latestPeriod(row: Row): Row['periods'][number] | undefined {
  const withData = row.periods.filter((p) => p.target !== null || periodValue(p) !== null);
  return withData.at(-1) ?? row.periods.at(-1);
}

/**
 * Goal progress per KPI: the target of the latest month against its actual (a measure
 * with its formula), the final target and deadline, and the status the server derives
 * from the trend (on track, at risk, off track …); below, one KPI's months as a chart with
 * its table.
 */
export function GoalProgress({ dashboard, rtl }: GoalProgressProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const { currency, rows } = dashboard;
  const [chosen, setChosen] = useState<string | null>(null);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  const fmt = (value: number | null | undefined, unit: string) =>
    value === null || value === undefined ? '—' : formatValue(value, unit, currency, locale);

  if (rows.length === 0) {
    return <Text c="gray.7">{t('kpis.dashboard.noKpis')}</Text>;
  }
  const selected = rows.find((row) => row.kpi.id === chosen) ?? rows[0]!;
  const unit = selected.kpi.unit;
  const series = selected.periods.map((period) => {
    const value = periodValue(period);
    return {
      label: monthLabel(period.periodKey, locale),
      target: period.target === null ? null : toTyped(period.target, unit, currency),
      actual: value === null ? null : toTyped(value, unit, currency),
    };
  });

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder data-testid="goal-progress">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kpis.columns.kpi')}</Table.Th>
              <Table.Th>{t('kpis.columns.network')}</Table.Th>
              <Table.Th>{t('kpis.columns.month')}</Table.Th>
              <Table.Th ta="end">{t('kpis.columns.target')}</Table.Th>
              <Table.Th ta="end">{t('kpis.columns.actual')}</Table.Th>
              <Table.Th ta="end">{t('kpis.columns.finalTarget')}</Table.Th>
              <Table.Th>{t('kpis.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const period = latestPeriod(row);
              return (
                <Table.Tr key={row.kpi.id} data-testid={`kpi-row-${row.kpi.metric}`}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap={6}>
                      <span>{row.kpi.name}</span>
                      {row.kpi.goalRemovedAt != null && (
                        <Badge size="xs" color="orange.9" variant="outline">
                          {t('kpis.goalRemoved')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="gray.7">
                      {metricLabel(t, row.kpi.metric)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{networkLabel(t, row.kpi.network)}</Table.Td>
                  <Table.Td>{period ? monthLabel(period.periodKey, locale) : '—'}</Table.Td>
                  <Table.Td ta="end" data-testid="period-target">
                    {fmt(period?.target, row.kpi.unit)}
                  </Table.Td>
                  <Table.Td ta="end" data-testid="period-actual">
                    {period?.measure ? (
                      <MeasureCell
                        measure={row.kpi.metric}
                        value={period.measure}
                        unit={row.kpi.unit}
                        currency={currency}
                      />
                    ) : (
                      fmt(period?.actual, row.kpi.unit)
                    )}
                  </Table.Td>
                  <Table.Td ta="end">
                    {fmt(row.kpi.target, row.kpi.unit)}
                    {row.kpi.deadline && (
                      <Text size="xs" c="gray.7">
                        {row.kpi.deadline}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={statusColor(row.progress.status)}
                      variant="filled"
                      title={t('kpis.progressRule')}
                      data-testid="kpi-status"
                    >
                      {serverText(t, `kpis.status.${row.progress.status}`, row.progress.status)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Select
        className="kpi-no-print"
        label={t('kpis.chart.kpi')}
        data={rows.map((row) => ({ value: row.kpi.id, label: row.kpi.name }))}
        value={selected.kpi.id}
        allowDeselect={false}
        onChange={setChosen}
        maw={360}
      />
      <ChartFrame
        title={t('kpis.chart.targetVsActual', { kpi: selected.kpi.name })}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={series} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
              <XAxis dataKey="label" reversed={rtl} tick={{ fontSize: 11 }} />
              <YAxis
                orientation={rtl ? 'right' : 'left'}
                tick={{ fontSize: 11 }}
                width={64}
                tickFormatter={(value: number) => compact.format(value)}
              />
              <Tooltip />
              <Legend />
              <Line
                dataKey="target"
                name={t('kpis.columns.target')}
                stroke="#364fc7"
                strokeDasharray="6 3"
                isAnimationActive={false}
                connectNulls
              />
              <Line
                dataKey="actual"
                name={t('kpis.columns.actual')}
                stroke="#087f5b"
                isAnimationActive={false}
                connectNulls
              />
            </LineChart>
          </ResponsiveContainer>
        }
        table={
          <Table withTableBorder>
            <Table.Caption>
              {t('kpis.chart.targetVsActual', { kpi: selected.kpi.name })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kpis.columns.month')}</Table.Th>
                <Table.Th ta="end">{t('kpis.columns.target')}</Table.Th>
                <Table.Th ta="end">{t('kpis.columns.actual')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {selected.periods.map((period) => (
                <Table.Tr key={period.periodKey}>
                  <Table.Th scope="row" fw={400}>
                    {monthLabel(period.periodKey, locale)}
                  </Table.Th>
                  <Table.Td ta="end">{fmt(period.target, unit)}</Table.Td>
                  <Table.Td ta="end">{fmt(periodValue(period), unit)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
    </>
  );
}
