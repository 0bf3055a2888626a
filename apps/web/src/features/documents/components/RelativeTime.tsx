import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { relativeTime } from '../relative-time';

/** The current time, updated every `intervalMs` so relative times stay true on an open page. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "5 minutes ago" in the reader's language; the exact date and time on hover. */
export function RelativeTime({ value }: { value: unknown }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const now = useNow(60_000);
  const relative = relativeTime(value, now, i18n.resolvedLanguage ?? 'en');
  return (
    <time dateTime={String(value)} title={format.dateTime(value)}>
      {relative ?? t('documents.list.justNow')}
    </time>
  );
}
