import { BLOCKS, minorToMajor, type Block, type PlanView } from '@chorus/media-plan-model';
import {
  Box,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Title,
  useComputedColorScheme,
  useMantineTheme,
} from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PlanFormats } from '../../plan-format';

export interface BudgetChartProps {
  view: PlanView;
  formats: PlanFormats;
  rtl: boolean;
}

/**
 * A tick label that reads right to left inside the chart's left-to-right drawing. Recharts
 * places labels with left-to-right anchors ("start" is the left edge), so the charts are
 * drawn left to right (the axes mirrored by hand) and each label carries right-to-left marks
 * around it: "שבוע 01" keeps its word order, and a label anchored at the chart's right edge
 * runs outwards instead of back over the bars.
 */
function rtlLabel(text: string): string {
  return `\u200f${text}\u200f`;
}

const HUES: Record<Block, 'indigo' | 'teal' | 'orange'> = {
  PAID: 'indigo',
  OWNED: 'teal',
  EARNED: 'orange',
};

/**
 * The budget as charts: stacked bars per period (one colour per block) and the total per
 * block. A text summary names the figures for screen readers, and a table shows them all.
 */
export default function BudgetChart({ view, formats, rtl }: BudgetChartProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const colors = useMemo(
    () =>
      Object.fromEntries(
        BLOCKS.map((block) => [block, theme.colors[HUES[block]][scheme === 'dark' ? 4 : 7]]),
      ) as Record<Block, string>,
    [theme, scheme],
  );
  const axisColor = scheme === 'dark' ? theme.colors.dark[1] : theme.colors.gray[7];
  const blockName = (block: Block) => t(`mediaPlan.blocks.${block}`);
  const { currency } = formats;

  const perPeriod = useMemo(
    () =>
      view.periods.map((period) => {
        const label = formats.periodLabel(period);
        const entry: Record<string, string | number> = {
          key: period.key,
          label: label.title,
        };
        for (const block of BLOCKS) {
          const minor = view.totals.byBlockPeriod[block][period.key]?.budget ?? 0;
          entry[block] = minorToMajor(minor, currency);
          entry[`${block}_minor`] = minor;
        }
        return entry;
      }),
    [view, formats, currency],
  );
  const perBlock = useMemo(
    () =>
      BLOCKS.map((block) => ({
        block,
        name: t(`mediaPlan.blocks.${block}`),
        value: minorToMajor(view.totals.byBlock[block].budget, currency),
        minor: view.totals.byBlock[block].budget,
      })),
    [view, currency, t],
  );

  const overall = view.totals.overall.budget;
  const compact = new Intl.NumberFormat(formats.locale, { notation: 'compact' });
  const percent = new Intl.NumberFormat(formats.locale, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const summary = t('mediaPlan.chart.summary', {
    total: formats.money(overall),
    blocks: new Intl.ListFormat(formats.locale, { type: 'conjunction' }).format(
      perBlock.map((entry) => {
        const share = percent.format(overall > 0 ? entry.minor / overall : 0);
        return `${entry.name} ${formats.money(entry.minor)} (${share})`;
      }),
    ),
  });
  const tickText = (value: unknown) => {
    const text =
      typeof value === 'number' ? compact.format(value) : typeof value === 'string' ? value : '';
    return rtl ? rtlLabel(text) : text;
  };
  const money = (value: unknown) =>
    typeof value === 'number' ? formats.money(Math.round(value * 10 ** formats.digits)) : '';

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id={titleId}>
          {t('mediaPlan.chart.title')}
        </Title>
        <Button variant="default" size="xs" onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('mediaPlan.chart.showChart') : t('mediaPlan.chart.showTable')}
        </Button>
      </Group>
      <Text size="sm" data-testid="chart-summary">
        {summary}
      </Text>
      {asTable ? (
        <Table.ScrollContainer minWidth={400}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mediaPlan.chart.period')}</Table.Th>
                {BLOCKS.map((block) => (
                  <Table.Th key={block} ta="end">
                    {blockName(block)}
                  </Table.Th>
                ))}
                <Table.Th ta="end">{t('mediaPlan.columns.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.periods.map((period) => {
                const label = formats.periodLabel(period);
                return (
                  <Table.Tr key={period.key}>
                    <Table.Th scope="row" fw={400}>
                      {label.detail ? `${label.title} · ${label.detail}` : label.title}
                    </Table.Th>
                    {BLOCKS.map((block) => (
                      <Table.Td key={block} ta="end">
                        {formats.money(view.totals.byBlockPeriod[block][period.key]?.budget ?? 0)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="end">
                      {formats.money(view.totals.byPeriod[period.key]?.budget ?? 0)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Group align="stretch" gap="lg" wrap="wrap" aria-hidden="true" className="mp-chart">
          <Box style={{ flex: '3 1 480px', minWidth: 0 }} h={300}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={perPeriod} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" stroke={axisColor} strokeOpacity={0.3} />
                <XAxis
                  dataKey="label"
                  reversed={rtl}
                  tick={{ fill: axisColor, fontSize: 11 }}
                  tickFormatter={tickText}
                />
                <YAxis
                  orientation={rtl ? 'right' : 'left'}
                  tick={{ fill: axisColor, fontSize: 11 }}
                  width={72}
                  tickFormatter={tickText}
                />
                <Tooltip formatter={(value) => money(value)} />
                {/* Paid, Owned, Earned as in the grid (Recharts sorts by name otherwise). */}
                <Legend
                  itemSorter={(item) =>
                    typeof item.dataKey === 'string' ? BLOCKS.indexOf(item.dataKey as Block) : 0
                  }
                />
                {BLOCKS.map((block) => (
                  <Bar
                    key={block}
                    dataKey={block}
                    name={blockName(block)}
                    stackId="budget"
                    fill={colors[block]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </Box>
          <Box style={{ flex: '1 1 240px', minWidth: 0 }} h={300}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={perBlock} layout="vertical" accessibilityLayer={false}>
                <XAxis type="number" reversed={rtl} hide />
                <YAxis
                  type="category"
                  dataKey="name"
                  orientation={rtl ? 'right' : 'left'}
                  tick={{ fill: axisColor, fontSize: 12 }}
                  width={80}
                  tickFormatter={tickText}
                />
                <Tooltip formatter={(value) => money(value)} />
                <Bar dataKey="value" name={t('mediaPlan.columns.total')} isAnimationActive={false}>
                  {perBlock.map((entry) => (
                    <Cell key={entry.block} fill={colors[entry.block]} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </Box>
        </Group>
      )}
    </Stack>
  );
}
