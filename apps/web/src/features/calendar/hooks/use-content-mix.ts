import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ContentMixQuery } from '../graphql/content-mix.graphql';

/** The local day (yyyy-mm-dd) an instant falls on in a time zone. */
export function localDay(instant: Date, timeZone: string): string {
  // en-CA writes dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The local days a range of instants [from, to) covers in the brand's time zone: its first
 * day, and the day after the one holding its last moment (so a range ending at local
 * midnight does not take in the next day). Null when either end is not an instant.
 */
export function localRange(
  from: string,
  to: string,
  timeZone: string,
): { from: string; to: string } | null {
  const start = new Date(from);
  const end = new Date(to);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) return null;
  const last = localDay(new Date(end.getTime() - 1), timeZone);
  const after = new Date(`${last}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  return { from: localDay(start, timeZone), to: after.toISOString().slice(0, 10) };
}

/** The first day of the week in a language's region: 1 Monday … 7 Sunday (Monday if unknown). */
export function firstDayOfWeek(language: string): number {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const day = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    return day && day >= 1 && day <= 7 ? day : 1;
  } catch {
    return 1;
  }
}

/**
 * The content mix of the visible range: the calendar refetches it by name ("ContentMix")
 * after a move, and it refreshes itself whenever the range changes.
 */
export function useContentMix(
  brandId: string,
  from: string,
  to: string,
  timeZone: string,
  weekStartsOn: number,
) {
  const range = useMemo(() => localRange(from, to, timeZone), [from, to, timeZone]);
  const result = useQuery(ContentMixQuery, {
    variables: {
      brandId,
      from: range?.from ?? '',
      to: range?.to ?? '',
      firstDayOfWeek: weekStartsOn,
    },
    skip: !range,
    fetchPolicy: 'cache-and-network',
  });
  return {
    mix: result.data?.contentMix ?? null,
    loading: result.loading,
    error: result.error,
  };
}
