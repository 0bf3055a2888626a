import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { CHANNEL_MEASURES, formatValue, toTyped, unitOfMetric } from '../kpi-format';
import { metricLabel, networkLabel } from './kpi-labels';
import { MeasureCell } from './MeasureCell';
import { NetworkBars } from './NetworkBars';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

/**
 * Results per network over the range: actual against planned spend, revenue, and every
 * derived measure (engagement rate, CTR, CPC, CPA, CPM, ROI per channel) with its formula;
 * two charts (rates per network, planned against actual spend), each with its table.
 */
export function ChannelResults({ dashboard, rtl }: { dashboard: Dashboard; rtl: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const { channels, currency } = dashboard;
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  if (channels.length === 0) return <Text c="gray.7">{t('kpis.dashboard.noActuals')}</Text>;
  const money = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatValue(value, 'money', currency, locale);

  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder data-testid="channel-results">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kpis.columns.network')}</Table.Th>
              <Table.Th ta="end">{t('kpis.columns.spend')}</Table.Th>
              <Table.Th ta="end">{t('kpis.columns.plannedSpend')}</Table.Th>
              <Table.Th ta="end">{t('kpis.metrics.revenue')}</Table.Th>
              {CHANNEL_MEASURES.map(([, id]) => (
                <Table.Th key={id} ta="end">
                  {metricLabel(t, id)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {channels.map((channel) => (
              <Table.Tr key={channel.network} data-testid={`channel-${channel.network}`}>
                <Table.Th scope="row">{networkLabel(t, channel.network)}</Table.Th>
                <Table.Td ta="end">{money(channel.spend)}</Table.Td>
                <Table.Td ta="end">{money(channel.plannedSpend)}</Table.Td>
                <Table.Td ta="end">{money(channel.revenue)}</Table.Td>
                {CHANNEL_MEASURES.map(([field, id]) => (
                  <Table.Td key={id} ta="end">
                    <MeasureCell
                      measure={id}
                      value={channel[field]}
                      unit={unitOfMetric(id)}
                      currency={currency}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <NetworkBars
        title={t('kpis.chart.rates')}
        rows={channels}
        rtl={rtl}
        axisWidth={64}
        tick={(value) => percent.format(value / 100)}
        series={[
          {
            key: 'engagementRate',
            name: metricLabel(t, 'engagement_rate'),
            color: '#364fc7',
            value: (channel) => channel.engagementRate.value ?? null,
            cell: (channel) => (
              <MeasureCell
                measure="engagement_rate"
                value={channel.engagementRate}
                unit="percent"
                currency={currency}
                plain
              />
            ),
          },
          {
            key: 'roi',
            name: metricLabel(t, 'roi'),
            color: '#e8590c',
            value: (channel) => (channel.roi.value == null ? null : channel.roi.value * 100),
            cell: (channel) => (
              <MeasureCell
                measure="roi"
                value={channel.roi}
                unit="ratio"
                currency={currency}
                plain
              />
            ),
          },
        ]}
      />
      <NetworkBars
        title={t('kpis.chart.spend')}
        rows={channels}
        rtl={rtl}
        axisWidth={72}
        tick={(value) => compact.format(value)}
        series={[
          {
            key: 'planned',
            name: t('kpis.columns.plannedSpend'),
            color: '#868e96',
            value: (channel) => toTyped(channel.plannedSpend, 'money', currency),
            cell: (channel) => money(channel.plannedSpend),
          },
          {
            key: 'actual',
            name: t('kpis.columns.spend'),
            color: '#087f5b',
            value: (channel) =>
              channel.spend == null ? null : toTyped(channel.spend, 'money', currency),
            cell: (channel) => money(channel.spend),
          },
        ]}
      />
    </>
  );
}
