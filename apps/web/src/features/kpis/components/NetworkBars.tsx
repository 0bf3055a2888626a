import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from './ChartFrame';
import { networkLabel } from './kpi-labels';

/** One bar per network: its value on the chart and its cell in the table behind it. */
export interface BarSeries<Row> {
  key: string;
  name: string;
  color: string;
  value: (row: Row) => number | null;
  cell: (row: Row) => ReactNode;
}

export interface NetworkBarsProps<Row extends { network: string }> {
  title: string;
  rows: readonly Row[];
  series: readonly BarSeries<Row>[];
  tick: (value: number) => string;
  axisWidth: number;
  rtl: boolean;
}

/** A bar chart per network with its accessible table (ChartFrame), axes mirrored right to left. */
export function NetworkBars<Row extends { network: string }>({
  title,
  rows,
  series,
  tick,
  axisWidth,
  rtl,
}: NetworkBarsProps<Row>) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({
    label: networkLabel(t, row.network),
    ...Object.fromEntries(series.map((entry) => [entry.key, entry.value(row)])),
  }));
  return (
    <ChartFrame
      title={title}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="label" reversed={rtl} tick={{ fontSize: 11 }} />
            <YAxis orientation={rtl ? 'right' : 'left'} width={axisWidth} tickFormatter={tick} />
            <Tooltip />
            <Legend />
            {series.map((entry) => (
              <Bar
                key={entry.key}
                dataKey={entry.key}
                name={entry.name}
                fill={entry.color}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <Table withTableBorder>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kpis.columns.network')}</Table.Th>
              {series.map((entry) => (
                <Table.Th key={entry.key} ta="end">
                  {entry.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.network}>
                <Table.Th scope="row" fw={400}>
                  {networkLabel(t, row.network)}
                </Table.Th>
                {series.map((entry) => (
                  <Table.Td key={entry.key} ta="end">
                    {entry.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
