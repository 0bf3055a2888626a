import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hourLabel, weekdayName } from '../best-times';

/**
 * A week of audience activity as a table (a weekday per row, an hour per column): each cell
 * tinted by its share of the busiest hour and carrying its value, so the chart is its own
 * accessible table.
 */
export function ActivityHeatMap({ grid, language }: { grid: readonly number[]; language: string }) {
  const { t } = useTranslation();
  const peak = Math.max(1e-9, ...grid);
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder withColumnBorders fz="xs" data-testid="activity-heat-map">
        <caption>{t('calendar.bestTimes.heatMapCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('calendar.bestTimes.day')}</Table.Th>
            {hours.map((hour) => (
              <Table.Th key={hour} scope="col" ta="center">
                {hourLabel(hour, language).slice(0, 2)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Array.from({ length: 7 }, (_, day) => (
            <Table.Tr key={day}>
              <Table.Th scope="row">{weekdayName(day, language, 'short')}</Table.Th>
              {hours.map((hour) => {
                const value = grid[day * 24 + hour] ?? 0;
                const share = value / peak;
                return (
                  <Table.Td
                    key={hour}
                    ta="center"
                    title={`${weekdayName(day, language, 'long')} ${hourLabel(hour, language)}: ${number.format(value)}`}
                    style={{
                      background: `rgba(54, 79, 199, ${(0.08 + share * 0.8).toFixed(2)})`,
                      color: share > 0.5 ? 'white' : 'inherit',
                    }}
                  >
                    {number.format(value)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
