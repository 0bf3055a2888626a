/**
 * A wait such as "15 minutes" or "40 seconds" in the reader's language, rounded up so
 * nobody retries too early. Intl supplies plurals and digits; no translation keys needed.
 */
export function formatWait(seconds: number, locale: string): string {
  const whole = Math.max(1, Math.ceil(seconds));
  const [value, unit] =
    whole >= 3600
      ? [Math.ceil(whole / 3600), 'hour']
      : whole >= 60
        ? [Math.ceil(whole / 60), 'minute']
        : [whole, 'second'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
