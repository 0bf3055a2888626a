import { Alert, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentPageExtensionProps } from '../../documents';
import { useKpiPostResults } from '../hooks/use-kpi-posts';
import { addMonths, monthLabel, monthOf } from '../kpi-format';
import { metricLabel, networkLabel } from './kpi-labels';
import { MeasureCell } from './MeasureCell';

/**
 * On a post's page: its results where actuals were imported with this post's Chorus id (the
 * last five years, a line per network). Nothing shows when there are none, on other kinds of
 * document, or for someone who may not read results.
 */
export function PostResultsStrip({ document: opened }: DocumentPageExtensionProps) {
  if (opened.kind !== 'POST') return null;
  return <Strip brandId={opened.brandId} documentId={opened.id} />;
}

function Strip({ brandId, documentId }: { brandId: string; documentId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const to = monthOf(new Date());
  const { data } = useKpiPostResults(brandId, addMonths(to, -59), to, null, false, documentId);
  const posts = data?.kpiPostResults.posts ?? [];
  if (posts.length === 0) return null;
  const count = new Intl.NumberFormat(locale);
  return (
    <Alert
      variant="light"
      color="teal"
      title={t('kpis.posts.stripTitle')}
      data-testid="post-results-strip"
    >
      {posts.map((post) => (
        <Group key={post.network} gap="md" wrap="wrap">
          <Text size="sm" fw={600}>
            {networkLabel(t, post.network)} · {monthLabel(post.lastMonth, locale)}
          </Text>
          <Text size="sm">
            {metricLabel(t, 'engagements')}:{' '}
            {post.engagements === null ? '—' : count.format(post.engagements)}
          </Text>
          <Text size="sm">
            {metricLabel(t, 'reach')}: {post.reach === null ? '—' : count.format(post.reach)}
          </Text>
          <Group gap={4}>
            <Text size="sm">{metricLabel(t, 'engagement_rate')}:</Text>
            <MeasureCell
              measure="engagement_rate"
              value={post.engagementRate}
              unit="percent"
              currency=""
            />
          </Group>
          <Group gap={4}>
            <Text size="sm">{metricLabel(t, 'engagement_rate_reach')}:</Text>
            <MeasureCell
              measure="engagement_rate_reach"
              value={post.engagementRateByReach}
              unit="percent"
              currency=""
            />
          </Group>
        </Group>
      ))}
    </Alert>
  );
}
