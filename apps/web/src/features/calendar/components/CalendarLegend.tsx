import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  NO_CATEGORY_PALETTE,
  STATUS_PALETTE,
  paletteColors,
  type ColorBy,
} from '../calendar-colors';
import { APPROVAL_MARKS, type ApprovalState } from '../calendar-approval';
import { STATUSES } from './CalendarFilters';

const MARKED: readonly Exclude<ApprovalState, 'NONE'>[] = [
  'PENDING',
  'CHANGES_REQUESTED',
  'REJECTED',
  'APPROVED',
];

/** What each colour means in the current mode. */
export function CalendarLegend({
  colorBy,
  categories,
}: {
  colorBy: ColorBy;
  categories: ReadonlyArray<{ id: string; name: string; color: string }>;
}) {
  const { t } = useTranslation();
  const items =
    colorBy === 'status'
      ? STATUSES.map((status) => ({
          key: status,
          label: t(`calendar.status.${status}`),
          palette: STATUS_PALETTE[status],
        }))
      : [
          ...categories.map((category) => ({
            key: category.id,
            label: category.name,
            palette: category.color,
          })),
          { key: '-', label: t('calendar.filters.noCategory'), palette: NO_CATEGORY_PALETTE },
        ];
  return (
    <>
      <Group gap="md" component="ul" aria-label={t('calendar.legend')} m={0} p={0} role="list">
        {items.map((item) => {
          const colors = paletteColors(item.palette);
          return (
            <Group key={item.key} gap={6} component="li" style={{ listStyle: 'none' }}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  inlineSize: 12,
                  blockSize: 12,
                  borderRadius: 3,
                  background: colors.backgroundColor,
                  border: `2px solid ${colors.borderColor}`,
                }}
              />
              <Text size="xs">{item.label}</Text>
            </Group>
          );
        })}
      </Group>
      <Group
        gap="md"
        component="ul"
        aria-label={t('approvalFlows.calendar.legend')}
        m={0}
        p={0}
        role="list"
      >
        {MARKED.map((state) => (
          <Text key={state} size="xs" component="li" style={{ listStyle: 'none' }}>
            <span aria-hidden="true">{APPROVAL_MARKS[state]}</span>{' '}
            {t(`approvalFlows.calendar.states.${state}`)}
          </Text>
        ))}
        <Text size="xs" component="li" style={{ listStyle: 'none' }} c="red.9">
          <span aria-hidden="true">⚑</span> {t('approvalFlows.calendar.late')}
        </Text>
      </Group>
    </>
  );
}
