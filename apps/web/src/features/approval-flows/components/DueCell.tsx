import { Badge, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';

/** The time now, refreshed every minute (overdue flags turn on while the page is open). */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A due time, flagged when it has passed. */
export function DueCell({ due, now }: { due: Date | null; now: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!due) return <Text size="sm">{t('waiting.noDue')}</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">{format.dateTime(due.toISOString())}</Text>
      {due.getTime() < now && (
        <Badge color="red.9" variant="filled">
          {t('waiting.overdue')}
        </Badge>
      )}
    </Stack>
  );
}
