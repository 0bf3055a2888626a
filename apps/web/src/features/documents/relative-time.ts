const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "5 minutes ago", "yesterday", "in 2 hours" in `locale`, rounded in the largest unit that
 * fits at least once; null under a minute (the caller says "just now": Intl's "now" reads
 * oddly in some languages).
 */
export function relativeTime(iso: unknown, now: number, locale: string): string | null {
  const at = new Date(String(iso)).getTime();
  if (Number.isNaN(at)) return null;
  const seconds = Math.round((at - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return null;
}
