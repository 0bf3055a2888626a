import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartFrameProps {
  title: string;
  /** One sentence naming the figures, read before the chart. */
  summary?: string;
  /** The chart (hidden from screen readers: the table says the same). */
  chart: ReactNode;
  /** The same figures as a table: always there for screen readers and on paper. */
  table: ReactNode;
}

/**
 * A chart with the table behind it. The table is always in the page — visually hidden while
 * the chart shows, so screen readers read it — and takes the chart's place on request and
 * when printed.
 */
export function ChartFrame({ title, summary, chart, table }: ChartFrameProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId} className="kpi-chart-frame">
      <Group justify="space-between" align="center">
        <Title order={3} size="h5" id={titleId}>
          {title}
        </Title>
        <Button
          variant="default"
          size="xs"
          className="kpi-no-print"
          onClick={() => setAsTable((value) => !value)}
          aria-pressed={asTable}
        >
          {asTable ? t('kpis.chart.showChart') : t('kpis.chart.showTable')}
        </Button>
      </Group>
      {summary && <Text size="sm">{summary}</Text>}
      {!asTable && (
        <Box h={260} aria-hidden="true" className="kpi-chart">
          {chart}
        </Box>
      )}
      <div className="kpi-chart-table" data-visible={asTable}>
        {table}
      </div>
    </Stack>
  );
}
