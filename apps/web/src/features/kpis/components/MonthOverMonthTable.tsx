import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import {
  formatValue,
  monthLabel,
  monthOverMonth,
  networkMonthOverMonth,
  unitOfMetric,
} from '../kpi-format';
import { metricLabel, networkLabel } from './kpi-labels';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

/**
 * Month over month per KPI: the latest month with a figure against the one before it, and
 * the change (up or down, whichever is better for the KPI's direction is said in words).
 */
export function MonthOverMonthTable({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const { currency } = dashboard;
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  if (dashboard.rows.length === 0) return <Text c="gray.7">{t('kpis.dashboard.noKpis')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder data-testid="month-over-month">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('kpis.columns.kpi')}</Table.Th>
            <Table.Th ta="end">{t('kpis.columns.previous')}</Table.Th>
            <Table.Th ta="end">{t('kpis.columns.current')}</Table.Th>
            <Table.Th ta="end">{t('kpis.columns.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dashboard.rows.map((row) => {
            const mom = monthOverMonth(row.periods);
            const cell = (entry: typeof mom.current) =>
              entry
                ? `${formatValue(entry.value, row.kpi.unit, currency, locale)} (${monthLabel(entry.periodKey, locale)})`
                : '—';
            const better =
              mom.change === null || mom.change === 0
                ? null
                : mom.change > 0 === (row.kpi.direction !== 'lower');
            return (
              <Table.Tr key={row.kpi.id}>
                <Table.Th scope="row" fw={500}>
                  {row.kpi.name} · {networkLabel(t, row.kpi.network)}
                </Table.Th>
                <Table.Td ta="end">{cell(mom.previous)}</Table.Td>
                <Table.Td ta="end">{cell(mom.current)}</Table.Td>
                <Table.Td ta="end">
                  {mom.change === null ? (
                    '—'
                  ) : (
                    <Text
                      span
                      size="sm"
                      c={better === false ? 'red.9' : better ? 'green.9' : undefined}
                    >
                      {percent.format(mom.change)}{' '}
                      {better !== null && (better ? t('kpis.better') : t('kpis.worse'))}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Month over month of every metric entered per network (account level). */
export function NetworkMonthOverMonth({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const rows = networkMonthOverMonth(dashboard.actuals);
  if (rows.length === 0) return null;
  const cell = (entry: { periodKey: string; value: number } | null, metric: string) =>
    entry
      ? `${formatValue(entry.value, unitOfMetric(metric), dashboard.currency, locale)} (${monthLabel(entry.periodKey, locale)})`
      : '—';
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder data-testid="network-month-over-month">
        <Table.Caption>{t('kpis.dashboard.networkMonthOverMonth')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('kpis.columns.network')}</Table.Th>
            <Table.Th>{t('kpis.columns.metric')}</Table.Th>
            <Table.Th ta="end">{t('kpis.columns.previous')}</Table.Th>
            <Table.Th ta="end">{t('kpis.columns.current')}</Table.Th>
            <Table.Th ta="end">{t('kpis.columns.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.network}-${row.metric}`}>
              <Table.Td>{networkLabel(t, row.network)}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {metricLabel(t, row.metric)}
              </Table.Th>
              <Table.Td ta="end">{cell(row.previous, row.metric)}</Table.Td>
              <Table.Td ta="end">{cell(row.current, row.metric)}</Table.Td>
              <Table.Td ta="end">{row.change === null ? '—' : percent.format(row.change)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
