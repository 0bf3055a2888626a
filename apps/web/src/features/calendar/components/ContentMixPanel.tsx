import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import { useContentMix } from '../hooks/use-content-mix';
import { ContentMixPeriodCard, type PeriodKind } from './ContentMixPanelPeriod';

export interface ContentMixPanelProps {
  brandId: string;
  /** The first day of the visible range on the brand's clock (yyyy-mm-dd). */
  from: string;
  /** The day after the visible range (yyyy-mm-dd, exclusive). */
  to: string;
  /** 1 Monday … 7 Sunday. */
  weekStartsOn: number;
}

/**
 * Beside the calendar: per week or month of the visible range, the promotional share
 * against the brand's cap (with a warning when it is passed), the split by category and
 * network, and the media plan's owned rows planned against the posts on the calendar.
 */
export function ContentMixPanel({ brandId, from, to, weekStartsOn }: ContentMixPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [kind, setKind] = useState<PeriodKind>('week');
  const { mix, loading, error } = useContentMix(brandId, from, to, weekStartsOn);
  const periods = kind === 'week' ? mix?.weeks : mix?.months;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="md"
      data-testid="content-mix"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('contentMix.title')}
        </Title>
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={setKind}
          aria-label={t('contentMix.periodLabel')}
          data={[
            { value: 'week', label: t('contentMix.weeks') },
            { value: 'month', label: t('contentMix.months') },
          ]}
        />
        <FormAlert message={error ? t('contentMix.loadFailed') : undefined} />
        {!mix && loading && <Loader size="sm" role="status" aria-label={t('contentMix.loading')} />}
        {mix &&
          periods?.map((period) => (
            <ContentMixPeriodCard
              key={period.start}
              kind={kind}
              period={period}
              capPercent={mix.capPercent}
              planRows={mix.plannedVsDone.map((row) => ({
                ...row,
                period: (kind === 'week' ? row.weeks : row.months).find(
                  (p) => p.start === period.start,
                ),
              }))}
            />
          ))}
        {mix && mix.plannedVsDone.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('contentMix.noPlan')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
