import { ColorSwatch, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiPostResultsQuery } from '../hooks/use-kpi-posts';
import { metricLabel } from './kpi-labels';
import { MeasureCell } from './MeasureCell';

type Results = KpiPostResultsQuery['kpiPostResults'];

/**
 * Results by content category: the posts whose imported reference names a Chorus post,
 * added up per the post's category (and "no category"), most engagements first; a line
 * says how many imported posts name no Chorus post and so count in no category.
 */
export function CategoryResults({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 1 });
  const figure = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : count.format(value);
  if (results.categories.length === 0 && results.unlinked === 0) return null;
  return (
    <>
      {results.categories.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped withTableBorder data-testid="category-results">
            <Table.Caption>{t('kpis.posts.byCategory')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kpis.posts.category')}</Table.Th>
                <Table.Th ta="end">{t('kpis.posts.posts')}</Table.Th>
                <Table.Th ta="end">{metricLabel(t, 'engagements')}</Table.Th>
                <Table.Th ta="end">{t('kpis.posts.perPost')}</Table.Th>
                <Table.Th ta="end">{metricLabel(t, 'reach')}</Table.Th>
                <Table.Th ta="end">{metricLabel(t, 'engagement_rate_reach')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.categories.map((category) => (
                <Table.Tr key={category.categoryId ?? '-'}>
                  <Table.Th scope="row" fw={400}>
                    <Group gap={6} wrap="nowrap">
                      {category.color && (
                        <ColorSwatch
                          aria-hidden="true"
                          size={12}
                          color={`var(--mantine-color-${category.color}-6)`}
                        />
                      )}
                      <span>{category.name ?? t('kpis.posts.noCategory')}</span>
                    </Group>
                  </Table.Th>
                  <Table.Td ta="end">{figure(category.posts)}</Table.Td>
                  <Table.Td ta="end">{figure(category.engagements)}</Table.Td>
                  <Table.Td ta="end">{figure(category.engagementsPerPost)}</Table.Td>
                  <Table.Td ta="end">{figure(category.reach)}</Table.Td>
                  <Table.Td ta="end">
                    <MeasureCell
                      measure="engagement_rate_reach"
                      value={category.engagementRateByReach}
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
      {results.unlinked > 0 && (
        <Text size="sm" c="gray.7">
          {t('kpis.posts.unlinked', { count: results.unlinked })}
        </Text>
      )}
    </>
  );
}
