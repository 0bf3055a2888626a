import { NETWORKS, isNetworkId } from '@chorus/post-model';
import { Button, Group, MultiSelect, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostStatus, SocialNetwork } from '../../../gql/graphql';
import { APPROVAL_FILTER_VALUES } from '../calendar-approval';
import type { ColorBy } from '../calendar-colors';
import {
  EMPTY_FILTER,
  NONE,
  activeFilterCount,
  type CalendarFilter,
  type FilterKey,
} from '../calendar-filter';

export const STATUSES: readonly PostStatus[] = [
  'DRAFT',
  'READY',
  'IN_REVIEW',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
];

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
  // Categories, goals, rows and assignees also offer "none" (posts without one).
  const withNone = (options: Array<{ value: string; label: string }>) => [...options, none];
  const lists: Array<{
    key: FilterKey;
    label: string;
    data: Array<{ value: string; label: string }>;
    searchable: boolean;
  }> = [
    {
      key: 'networks',
      label: t('calendar.filters.networks'),
      data: choices.networks.map((value) => ({ value, label: networkLabel(value) })),
      searchable: true,
    },
    {
      key: 'statuses',
      label: t('calendar.filters.statuses'),
      data: STATUSES.map((value) => ({ value, label: t(`calendar.status.${value}`) })),
      searchable: false,
    },
    {
      key: 'approvals',
      label: t('approvalFlows.calendar.filter'),
      data: APPROVAL_FILTER_VALUES.map((value) => ({
        value,
        label: t(`approvalFlows.calendar.states.${value}`),
      })),
      searchable: false,
    },
    {
      key: 'categoryIds',
      label: t('calendar.filters.categories'),
      data: withNone(choices.categories.map(({ id, name }) => ({ value: id, label: name }))),
      searchable: true,
    },
    {
      key: 'goalIds',
      label: t('calendar.filters.goals'),
      data: withNone(
        choices.goals.map(({ id, statement }) => ({ value: id, label: statement || id })),
      ),
      searchable: true,
    },
    {
      key: 'mediaPlanRowIds',
      label: t('calendar.filters.rows'),
      data: withNone(choices.rows.map(({ id, label }) => ({ value: id, label }))),
      searchable: true,
    },
    {
      key: 'assigneeIds',
      label: t('calendar.filters.assignees'),
      data: withNone(
        choices.assignees.map(({ id, displayName }) => ({ value: id, label: displayName })),
      ),
      searchable: true,
    },
  ];

  return (
    <section aria-label={t('calendar.filters.label')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        {lists.map(({ key, label, data, searchable }) => (
          <MultiSelect
            key={key}
            label={label}
            data={data}
            value={filter[key]}
            onChange={set(key)}
            clearable
            searchable={searchable}
          />
        ))}
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
          <Button variant="subtle" size="xs" onClick={() => onFilter(EMPTY_FILTER)}>
            {t('calendar.filters.clear')}
          </Button>
        )}
      </Group>
    </section>
  );
}
