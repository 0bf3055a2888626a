const units = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
] as const;

/**
 * An uptime in the largest whole unit, in the reader's language ("3 hours", "۳ ساعت").
 * Intl's unit formatting handles plurals and digits, so no translation keys are needed.
 */
export function formatUptime(totalSeconds: number, locale: string): string {
  const seconds = Math.max(0, totalSeconds);
  const largest = units.find((candidate) => seconds >= candidate.seconds);
  const [value, unit] = largest
    ? [Math.floor(seconds / largest.seconds), largest.unit]
    : [Math.floor(seconds), 'second'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
