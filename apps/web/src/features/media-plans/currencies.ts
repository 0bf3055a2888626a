import { isCurrencyCode } from '@chorus/media-plan-model';

/** The currencies offered first: the markets Chorus' languages serve, and the usual majors. */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'VND',
  'UAH',
  'ILS',
  'IRR',
  'THB',
  'JPY',
] as const;

/** "US Dollar" for USD in the reader's language; the code itself when Intl does not know it. */
export function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Options for a currency picker: the common ones, the current one, and a typed ISO code. */
export function currencyOptions(
  locale: string,
  current: string,
  search = '',
): { value: string; label: string }[] {
  const codes: string[] = [...COMMON_CURRENCIES];
  if (current && !codes.includes(current)) codes.push(current);
  const typed = search.trim().toUpperCase();
  if (isCurrencyCode(typed) && !codes.includes(typed)) codes.push(typed);
  return codes.map((code) => ({ value: code, label: `${code} — ${currencyName(code, locale)}` }));
}
