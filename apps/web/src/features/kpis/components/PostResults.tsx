import { Alert, Anchor, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { NETWORK_IDS, NETWORKS } from '@chorus/post-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { PageLoader } from '../../../ui';
import { documentPath } from '../../documents';
import { useKpiPostResults, type KpiPostResultsQuery } from '../hooks/use-kpi-posts';
import { defaultRange, monthLabel, monthsBetween } from '../kpi-format';
import { metricLabel, networkLabel } from './kpi-labels';
import { CategoryResults } from './CategoryResults';
import { MeasureCell } from './MeasureCell';

type PostResult = KpiPostResultsQuery['kpiPostResults']['posts'][number];

export interface PostResultsProps {
  brandId: string;
  /** The brand's workspace, to link Chorus posts to their pages; absent for a report link's guest (no links). */
  workspaceId?: string;
}

/**
 * Per-post results: the posts whose actuals were imported with a post id or URL, most
 * engagements first, with the engagement rate per community member (the account's followers
 * in the post's month) and per reach, each with its formula; a Chorus post links to its page
 * (for the team: a report link's guest sees its title).
 */
export function PostResults({ brandId, workspaceId }: PostResultsProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const message = useProblemMessage();
  const [range, setRange] = useState(() => defaultRange(new Date()));
  const [network, setNetwork] = useState<string | null>(null);
  const valid = /^\d{4}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}$/.test(range.to);
  const ordered = valid && monthsBetween(range.from, range.to).length > 0;
  const { data, error, loading } = useKpiPostResults(
    brandId,
    range.from,
    range.to,
    network,
    !ordered,
  );
  const results = ordered ? data?.kpiPostResults : undefined;
  const count = new Intl.NumberFormat(locale);
  const figure = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : count.format(value);

  return (
    <Stack gap="sm" data-testid="post-results">
      <Group align="flex-end" className="kpi-no-print">
        <TextInput
          type="month"
          label={t('kpis.range.from')}
          value={range.from}
          onChange={(event) => setRange((r) => ({ ...r, from: event.currentTarget.value }))}
        />
        <TextInput
          type="month"
          label={t('kpis.range.to')}
          value={range.to}
          onChange={(event) => setRange((r) => ({ ...r, to: event.currentTarget.value }))}
        />
        <Select
          label={t('kpis.columns.network')}
          placeholder={t('kpis.allNetworks')}
          clearable
          data={NETWORK_IDS.map((id) => ({ value: id, label: NETWORKS[id].label }))}
          value={network}
          onChange={setNetwork}
        />
      </Group>
      {!ordered && <Alert color="red">{t('kpis.range.invalid')}</Alert>}
      {error && !results && <Alert color="red">{message(readProblem(error))}</Alert>}
      {loading && !results && ordered && <PageLoader label={t('app.loading')} />}
      {results && results.posts.length === 0 && <Text c="gray.7">{t('kpis.posts.none')}</Text>}
      {results && <CategoryResults results={results} />}
      {results && results.posts.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder>
            <Table.Caption>
              {t('kpis.posts.caption', { shown: results.posts.length, total: results.total })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kpis.posts.post')}</Table.Th>
                <Table.Th>{t('kpis.columns.network')}</Table.Th>
                <Table.Th>{t('kpis.columns.month')}</Table.Th>
                <Table.Th ta="end">{metricLabel(t, 'engagements')}</Table.Th>
                <Table.Th ta="end">{metricLabel(t, 'reach')}</Table.Th>
                <Table.Th ta="end">{metricLabel(t, 'engagement_rate')}</Table.Th>
                <Table.Th ta="end">{metricLabel(t, 'engagement_rate_reach')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.posts.map((post) => (
                <Table.Tr key={`${post.network}|${post.postRef}`} data-testid="post-result">
                  <Table.Th scope="row" fw={400} maw={360}>
                    <PostName post={post} workspaceId={workspaceId} brandId={brandId} />
                  </Table.Th>
                  <Table.Td>{networkLabel(t, post.network)}</Table.Td>
                  <Table.Td>{monthLabel(post.lastMonth, locale)}</Table.Td>
                  <Table.Td ta="end">{figure(post.engagements)}</Table.Td>
                  <Table.Td ta="end">{figure(post.reach)}</Table.Td>
                  <Table.Td ta="end">
                    <MeasureCell
                      measure="engagement_rate"
                      value={post.engagementRate}
                      unit="percent"
                      currency=""
                    />
                  </Table.Td>
                  <Table.Td ta="end">
                    <MeasureCell
                      measure="engagement_rate_reach"
                      value={post.engagementRateByReach}
                      unit="percent"
                      currency=""
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** A Chorus post by its title (a link to its page), a URL as a link, else the id as imported. */
function PostName({
  post,
  workspaceId,
  brandId,
}: {
  post: PostResult;
  workspaceId?: string;
  brandId: string;
}) {
  if (post.postId && !workspaceId) {
    return (
      <Text size="sm" span>
        {post.postTitle || post.postRef}
      </Text>
    );
  }
  if (post.postId && workspaceId) {
    return (
      <Anchor component={Link} to={documentPath(workspaceId, brandId, post.postId)} size="sm">
        {post.postTitle || post.postRef}
      </Anchor>
    );
  }
  if (/^https?:\/\//i.test(post.postRef)) {
    return (
      <Anchor href={post.postRef} target="_blank" rel="noopener noreferrer" size="sm" dir="ltr">
        {post.postRef}
      </Anchor>
    );
  }
  return (
    <Text size="sm" dir="ltr" span>
      {post.postRef}
    </Text>
  );
}
