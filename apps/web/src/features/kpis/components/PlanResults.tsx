import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { formatValue, toTyped, unitOfMetric } from '../kpi-format';
import { metricLabel, networkLabel, serverText } from './kpi-labels';
import { MeasureCell } from './MeasureCell';
import { NetworkBars } from './NetworkBars';

type Dashboard = KpiDashboardQuery['kpiDashboard'];
type PlanRow = Dashboard['planRows'][number];

/**
 * Results by block of the media plans (Paid, Owned, Earned, and spend on networks no row
 * plans) and by media-plan row: planned against actual, with a chart of spend per block and
 * its table. Actuals are kept per network, so a row shows its network's figures, says when
 * several rows share them, and shows "planned only" when its network has none.
 */
export function PlanResults({ dashboard, rtl }: { dashboard: Dashboard; rtl: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const { planRows, blocks, currency } = dashboard;
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  if (planRows.length === 0 && blocks.length === 0) {
    return <Text c="gray.7">{t('kpis.plan.noPlan')}</Text>;
  }
  const money = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatValue(value, 'money', currency, locale);
  const blockLabel = (block: string) => serverText(t, `kpis.plan.blocks.${block}`, block);
  const quantity = (value: number | null, metric: string | null) =>
    value === null
      ? '—'
      : metric
        ? formatValue(value, unitOfMetric(metric), currency, locale)
        : number.format(value);

  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder data-testid="block-results">
          <Table.Caption>{t('kpis.plan.byBlock')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kpis.plan.block')}</Table.Th>
              <Table.Th ta="end">{t('kpis.columns.plannedSpend')}</Table.Th>
              <Table.Th ta="end">{t('kpis.columns.spend')}</Table.Th>
              <Table.Th ta="end">{t('kpis.metrics.revenue')}</Table.Th>
              <Table.Th ta="end">{metricLabel(t, 'roi')}</Table.Th>
              <Table.Th>{t('kpis.plan.networks')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {blocks.map((block) => (
              <Table.Tr key={block.block} data-testid={`block-${block.block}`}>
                <Table.Th scope="row">{blockLabel(block.block)}</Table.Th>
                <Table.Td ta="end">{money(block.plannedSpend)}</Table.Td>
                <Table.Td ta="end">
                  {money(block.actualSpend)}
                  {block.estimated && (
                    <Text span size="xs" c="gray.7" ms={4}>
                      {t('kpis.plan.estimated')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="end">{money(block.revenue)}</Table.Td>
                <Table.Td ta="end">
                  <MeasureCell measure="roi" value={block.roi} unit="ratio" currency={currency} />
                </Table.Td>
                <Table.Td>{block.networks.map((n) => networkLabel(t, n)).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <NetworkBars
        title={t('kpis.chart.blockSpend')}
        rows={blocks.map((block) => ({ ...block, network: blockLabel(block.block) }))}
        rtl={rtl}
        axisWidth={72}
        tick={(value) => compact.format(value)}
        series={[
          {
            key: 'planned',
            name: t('kpis.columns.plannedSpend'),
            color: '#868e96',
            value: (block) => toTyped(block.plannedSpend, 'money', currency),
            cell: (block) => money(block.plannedSpend),
          },
          {
            key: 'actual',
            name: t('kpis.columns.spend'),
            color: '#087f5b',
            value: (block) =>
              block.actualSpend == null ? null : toTyped(block.actualSpend, 'money', currency),
            cell: (block) => money(block.actualSpend),
          },
        ]}
      />
      {planRows.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped withTableBorder data-testid="plan-row-results">
            <Table.Caption>{t('kpis.plan.byRow')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kpis.plan.row')}</Table.Th>
                <Table.Th>{t('kpis.plan.block')}</Table.Th>
                <Table.Th>{t('kpis.columns.metric')}</Table.Th>
                <Table.Th ta="end">{t('kpis.columns.plannedSpend')}</Table.Th>
                <Table.Th ta="end">{t('kpis.columns.spend')}</Table.Th>
                <Table.Th ta="end">{t('kpis.plan.plannedQuantity')}</Table.Th>
                <Table.Th ta="end">{t('kpis.plan.actualQuantity')}</Table.Th>
                <Table.Th>{t('kpis.plan.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {planRows.map((row) => (
                <Table.Tr key={`${row.documentId}:${row.rowId}`} data-testid="plan-row">
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={600} span>
                      {[row.channel, row.activity].filter(Boolean).join(' — ') || '—'}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {row.planTitle}
                      {row.kpiName ? ` · ${row.kpiName}` : ''}
                    </Text>
                  </Table.Th>
                  <Table.Td>{blockLabel(row.block)}</Table.Td>
                  <Table.Td>
                    {row.quantityMetric ? metricLabel(t, row.quantityMetric) : '—'}
                  </Table.Td>
                  <Table.Td ta="end">{money(row.plannedSpend)}</Table.Td>
                  <Table.Td ta="end">{money(row.actualSpend)}</Table.Td>
                  <Table.Td ta="end">{quantity(row.plannedQuantity, row.quantityMetric)}</Table.Td>
                  <Table.Td ta="end">{quantity(row.actualQuantity, row.quantityMetric)}</Table.Td>
                  <Table.Td>
                    <RowSource row={row} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

/** Where a row's actuals come from, in words (never a bare dash). */
function RowSource({ row }: { row: PlanRow }) {
  const { t } = useTranslation();
  if (row.actualSource === 'none') {
    return (
      <Badge size="sm" variant="outline" color="gray.8" data-testid="planned-only">
        {row.network ? t('kpis.plan.plannedOnly') : t('kpis.plan.noNetwork')}
      </Badge>
    );
  }
  const network = networkLabel(t, row.network);
  return (
    <Text size="xs">
      {row.actualSource === 'shared_network'
        ? t('kpis.plan.sharedNetwork', { network, rows: row.sharedWith })
        : t('kpis.plan.rowNetwork', { network })}
    </Text>
  );
}
