import { Alert, Box, Group, Progress, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentMixPeriodFieldsFragment, ContentMixQuery } from '../../../gql/graphql';
import { networkLabel } from './CalendarFilters';

export type PeriodKind = 'week' | 'month';

type PlanRow = ContentMixQuery['contentMix']['plannedVsDone'][number];
type PlannedPeriod = PlanRow['months'][number];

export interface PeriodPlanRow extends PlanRow {
  /** The row in this period (absent when the server sent none for it). */
  period: PlannedPeriod | undefined;
}

function usePeriodFormat(kind: PeriodKind) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    // Periods are local days of the brand: formatted as UTC dates so no shift creeps in.
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const month = new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const days = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = (value: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value / 100,
      );
    return {
      /** "March 2026", or "2 – 8 Mar" for a week (end exclusive). */
      label: (start: string, end: string) => {
        if (kind === 'month') return month.format(day(start));
        const last = day(end);
        last.setUTCDate(last.getUTCDate() - 1);
        return days.formatRange(day(start), last);
      },
      start: (start: string) => days.format(day(start)),
      number: (value: number) => number.format(value),
      percent,
    };
  }, [kind, locale]);
}

function WarningIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
        d="M12 3 2 21h20L12 3Zm0 6v6m0 3v.01"
      />
    </svg>
  );
}

/** One week or month: promotional share against the cap, splits, planned against done. */
export function ContentMixPeriodCard({
  kind,
  period,
  capPercent,
  planRows,
}: {
  kind: PeriodKind;
  period: ContentMixPeriodFieldsFragment;
  capPercent: number;
  planRows: PeriodPlanRow[];
}) {
  const { t } = useTranslation();
  const format = usePeriodFormat(kind);
  const label = format.label(period.start, period.end);
  const share = (count: number) => (period.total === 0 ? 0 : (count * 100) / period.total);
  const rows = planRows.filter(
    (row) => row.period && (row.period.planned > 0 || row.period.done > 0),
  );
  return (
    <Box
      component="article"
      aria-label={label}
      data-testid={`content-mix-${period.start}`}
      pb="sm"
      style={{ borderBlockEnd: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack gap={6}>
        <Text fw={600} size="sm">
          {label}
        </Text>
        {period.total === 0 ? (
          <Text size="xs" c="dimmed">
            {t('contentMix.empty')}
          </Text>
        ) : (
          <>
            <Text size="sm">
              {t('contentMix.promotionalShare', {
                promotional: format.number(period.promotional),
                total: format.number(period.total),
                percent: format.percent(period.promotionalPercent),
                cap: format.percent(capPercent),
              })}
            </Text>
            <Progress
              value={Math.min(100, period.promotionalPercent)}
              color={period.capExceeded ? 'red.9' : 'teal.8'}
              size="sm"
              aria-label={t('contentMix.promotionalBar')}
            />
            {period.capExceeded ? (
              <Alert
                color="red"
                variant="light"
                role="alert"
                icon={<WarningIcon />}
                title={t('contentMix.overCapTitle')}
                data-testid="promotion-cap-warning"
              >
                {t('contentMix.overCapBody', {
                  percent: format.percent(period.promotionalPercent),
                  cap: format.percent(capPercent),
                })}
              </Alert>
            ) : (
              period.headroom !== null && (
                <Text size="xs" c="dimmed">
                  {t('contentMix.headroom', { count: period.headroom })}
                </Text>
              )
            )}
            <SplitList
              title={t('contentMix.byCategory')}
              items={period.byCategory.map((c) => ({
                key: c.categoryId ?? '',
                label: c.name ?? t('contentMix.noCategory'),
                color: c.color,
                count: c.count,
                percent: share(c.count),
              }))}
            />
            <SplitList
              title={t('contentMix.byNetwork')}
              items={period.byNetwork.map((n) => ({
                key: n.network,
                label: networkLabel(n.network),
                color: null,
                count: n.count,
                percent: share(n.count),
              }))}
            />
          </>
        )}
        {rows.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('contentMix.plannedTitle')}
            </Text>
            {rows.map((row) => (
              <PlanLine
                key={`${row.mediaPlanId}/${row.rowId}`}
                row={row}
                kind={kind}
                format={format}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}

function SplitList({
  title,
  items,
}: {
  title: string;
  items: Array<{
    key: string;
    label: string;
    color: string | null;
    count: number;
    percent: number;
  }>;
}) {
  if (items.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {title}
      </Text>
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Box component="li" key={item.key}>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="xs" truncate>
                {item.label}
              </Text>
              <Text size="xs" c="dimmed">
                {item.count}
              </Text>
            </Group>
            <Progress value={item.percent} size="xs" color={item.color ?? 'indigo.7'} aria-hidden />
          </Box>
        ))}
      </Box>
    </Stack>
  );
}

function PlanLine({
  row,
  kind,
  format,
}: {
  row: PeriodPlanRow;
  kind: PeriodKind;
  format: ReturnType<typeof usePeriodFormat>;
}) {
  const { t } = useTranslation();
  const period = row.period!;
  const behind = period.done < Math.floor(period.planned);
  const values = {
    name: row.network ? networkLabel(row.network) : row.channel,
    planned: format.number(period.planned),
    done: format.number(period.done),
  };
  return (
    <Text
      size="xs"
      c={behind ? 'orange.9' : undefined}
      title={`${row.mediaPlanTitle} · ${row.activity}`}
    >
      {kind === 'month'
        ? t('contentMix.plannedInMonth', {
            ...values,
            month: format.label(period.start, period.end),
          })
        : t('contentMix.plannedInWeek', { ...values, date: format.start(period.start) })}
      {row.matchedBy === 'NETWORK' && ` (${t('contentMix.byNetworkMatch')})`}
    </Text>
  );
}
