import { NETWORKS, isNetworkId } from '@chorus/post-model';
import { Button, Group, MultiSelect, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostStatus, SocialNetwork } from '../../../gql/graphql';
import type { ColorBy } from '../calendar-colors';
import { NONE, activeFilterCount, type CalendarFilter, type FilterKey } from '../calendar-filter';

export const STATUSES: readonly PostStatus[] = ['DRAFT', 'READY', 'SCHEDULED', 'PUBLISHED'];

export interface FilterChoices {
  networks: readonly SocialNetwork[];
  categories: ReadonlyArray<{ id: string; name: string }>;
  goals: ReadonlyArray<{ id: string; statement: string }>;
  rows: ReadonlyArray<{ id: string; label: string }>;
  assignees: ReadonlyArray<{ id: string; displayName: string }>;
}

export function networkLabel(network: string): string {
  const id = network.toLowerCase();
  return isNetworkId(id) ? NETWORKS[id].label : network;
}

export interface CalendarFiltersProps {
  filter: CalendarFilter;
  choices: FilterChoices;
  colorBy: ColorBy;
  onFilter: (filter: CalendarFilter) => void;
  onColorBy: (colorBy: ColorBy) => void;
}

/** Filters by network, status, category, goal, media-plan row and assignee; the colour toggle. */
export function CalendarFilters({
  filter,
  choices,
  colorBy,
  onFilter,
  onColorBy,
}: CalendarFiltersProps) {
  const { t } = useTranslation();
  const set = (key: FilterKey) => (values: string[]) => onFilter({ ...filter, [key]: values });
  const none = { value: NONE, label: t('calendar.filters.none') };
  const active = activeFilterCount(filter);

  return (
    <section aria-label={t('calendar.filters.label')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        <MultiSelect
          label={t('calendar.filters.networks')}
          data={choices.networks.map((network) => ({
            value: network,
            label: networkLabel(network),
          }))}
          value={filter.networks}
          onChange={set('networks')}
          clearable
          searchable
        />
        <MultiSelect
          label={t('calendar.filters.statuses')}
          data={STATUSES.map((status) => ({
            value: status,
            label: t(`calendar.status.${status}`),
          }))}
          value={filter.statuses}
          onChange={set('statuses')}
          clearable
        />
        <MultiSelect
          label={t('calendar.filters.categories')}
          data={[
            ...choices.categories.map((category) => ({ value: category.id, label: category.name })),
            none,
          ]}
          value={filter.categoryIds}
          onChange={set('categoryIds')}
          clearable
          searchable
        />
        <MultiSelect
          label={t('calendar.filters.goals')}
          data={[
            ...choices.goals.map((goal) => ({ value: goal.id, label: goal.statement || goal.id })),
            none,
          ]}
          value={filter.goalIds}
          onChange={set('goalIds')}
          clearable
          searchable
        />
        <MultiSelect
          label={t('calendar.filters.rows')}
          data={[...choices.rows.map((row) => ({ value: row.id, label: row.label })), none]}
          value={filter.mediaPlanRowIds}
          onChange={set('mediaPlanRowIds')}
          clearable
          searchable
        />
        <MultiSelect
          label={t('calendar.filters.assignees')}
          data={[
            ...choices.assignees.map((person) => ({ value: person.id, label: person.displayName })),
            none,
          ]}
          value={filter.assigneeIds}
          onChange={set('assigneeIds')}
          clearable
          searchable
        />
      </SimpleGrid>
      <Group justify="space-between" mt="sm" gap="sm">
        <Group gap="xs">
          <Text size="sm" id="calendar-color-by">
            {t('calendar.colorBy.label')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="calendar-color-by"
            value={colorBy}
            onChange={(value) => onColorBy(value === 'status' ? 'status' : 'category')}
            data={[
              { value: 'category', label: t('calendar.colorBy.category') },
              { value: 'status', label: t('calendar.colorBy.status') },
            ]}
          />
        </Group>
        {active > 0 && (
          <Button variant="subtle" size="xs" onClick={() => onFilter(clearAll(filter))}>
            {t('calendar.filters.clear')}
          </Button>
        )}
      </Group>
    </section>
  );
}

function clearAll(filter: CalendarFilter): CalendarFilter {
  return Object.fromEntries(
    Object.keys(filter).map((key) => [key, []]),
  ) as unknown as CalendarFilter;
}
