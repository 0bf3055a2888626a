// Money is an integer count of the currency's minor units (cents, fils, yen) everywhere:
// in the Y.Doc, in totals and in files' parsed values. Floats only appear when a number is
// shown, and in XLSX cells, which Excel stores as doubles anyway.

/** Largest budget of one cell, in minor units (10^13: 100 billion USD, 10 billion KWD). */
export const MAX_MONEY_MINOR = 10 ** 13;

/** Largest planned quantity (KPI target) of one cell. */
export const MAX_QUANTITY = 10 ** 12;

/** Decimals a quantity may have. */
export const QUANTITY_DECIMALS = 2;

/** Why a typed amount is refused. */
export type NumberTextError = 'not_a_number' | 'negative' | 'too_many_decimals' | 'too_large';

/** The outcome of {@link parseMoney}. */
export type ParseMoneyResult =
  | { readonly ok: true; readonly minor: number }
  | { readonly ok: false; readonly error: NumberTextError };

/** The outcome of {@link parseQuantity}. */
export type ParseQuantityResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: NumberTextError };

const CURRENCY_CODE = /^[A-Z]{3}$/;
const digitsCache = new Map<string, number>();
const separatorCache = new Map<string, { group: string; decimal: string }>();
let knownCurrencies: ReadonlySet<string> | null | undefined;

/** Whether a value is an ISO 4217 code this JavaScript engine knows (e.g. `EUR`). */
export function isCurrencyCode(value: unknown): value is string {
  if (typeof value !== 'string' || !CURRENCY_CODE.test(value)) return false;
  if (knownCurrencies === undefined) {
    knownCurrencies =
      typeof Intl.supportedValuesOf === 'function'
        ? new Set(Intl.supportedValuesOf('currency'))
        : null;
  }
  return knownCurrencies === null || knownCurrencies.has(value);
}

/**
 * Number of minor-unit digits of a currency as Intl knows it: 0 for JPY and VND, 2 for
 * USD and EUR, 3 for KWD and BHD. 2 for a code Intl refuses.
 */
export function minorDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
  } catch {
    // A malformed code: keep the common case rather than throw from a reader.
  }
  digitsCache.set(currency, digits);
  return digits;
}

/** Whether a value is a valid stored budget: an integer of minor units in 0…MAX_MONEY_MINOR. */
export function isValidMinor(value: unknown): value is number {
  return (
    Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_MONEY_MINOR
  );
}

/** Whether a value is a valid stored quantity: finite, 0…MAX_QUANTITY, at most 2 decimals. */
export function isValidQuantity(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (value < 0 || value > MAX_QUANTITY) return false;
  return Math.round(value * 100) / 100 === value;
}

/**
 * Reads an amount typed by a person into minor units. Accepts the separators of `locale`
 * and the common foreign ones ("1,234.56", "1 234,56", "1.234,56", "1’234.56"), with or
 * without the currency's code or symbol around it. When only one kind of separator is
 * present, the locale decides whether it groups thousands or marks the decimals
 * ("1.234" is 1234 in `de`, 1.234 in `en`). Extra zero decimals are accepted ("12.500"
 * USD is 1250). An empty string is `not_a_number`; callers that allow clearing a cell
 * test for it first.
 */
export function parseMoney(text: string, currency: string, locale = 'en'): ParseMoneyResult {
  const parsed = parseDecimalText(text, locale, currencyAffixes(currency, locale));
  if (!parsed.ok) return parsed;
  const digits = minorDigits(currency);
  const scaled = scaleDecimal(parsed, digits, MAX_MONEY_MINOR);
  if (!scaled.ok) return scaled;
  return { ok: true, minor: scaled.value };
}

/** Reads a planned quantity: a non-negative number with at most two decimals. */
export function parseQuantity(text: string, locale = 'en'): ParseQuantityResult {
  const parsed = parseDecimalText(text, locale, []);
  if (!parsed.ok) return parsed;
  const scaled = scaleDecimal(parsed, QUANTITY_DECIMALS, MAX_QUANTITY * 100);
  if (!scaled.ok) return scaled;
  return { ok: true, value: scaled.value / 100 };
}

/** Shows minor units as money in a locale, e.g. `formatMoney(123456, 'EUR', 'de')` → `1.234,56 €`. */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  // A decimal string keeps large amounts exact where the engine supports it (Intl v3).
  return format.format(minorToDecimal(minor, currency) as unknown as number);
}

/**
 * Minor units as an exact decimal string in major units with a '.' separator and no
 * grouping: `minorToDecimal(123456, 'USD')` → `1234.56`, `(5, 'JPY')` → `5`.
 */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const whole = String(Math.abs(Math.trunc(minor)));
  if (digits === 0) return (negative ? '-' : '') + whole;
  const padded = whole.padStart(digits + 1, '0');
  const point = padded.length - digits;
  return `${negative ? '-' : ''}${padded.slice(0, point)}.${padded.slice(point)}`;
}

/** Minor units as a number of major units (for spreadsheets and charts, not for sums). */
export function minorToMajor(minor: number, currency: string): number {
  return Number(minorToDecimal(minor, currency));
}

interface DecimalText {
  readonly ok: true;
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
}

type DecimalResult = DecimalText | { readonly ok: false; readonly error: NumberTextError };

function scaleDecimal(
  parsed: DecimalText,
  digits: number,
  max: number,
): { ok: true; value: number } | { ok: false; error: NumberTextError } {
  const fraction = parsed.fraction.replace(/0+$/, '');
  const integer = parsed.integer.replace(/^0+/, '');
  const isZero = integer === '' && fraction === '';
  if (parsed.negative && !isZero) return { ok: false, error: 'negative' };
  if (fraction.length > digits) return { ok: false, error: 'too_many_decimals' };
  if (integer.length > 16) return { ok: false, error: 'too_large' };
  const value = Number(integer || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(value) || value > max) return { ok: false, error: 'too_large' };
  return { ok: true, value };
}

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const GROUP_ONLY = new Set([' ', "'", '\u2019']);
const NUMBER_CHARS = /^[0-9., '\u2019]+$/;

function separators(locale: string): { group: string; decimal: string } {
  const cached = separatorCache.get(locale);
  if (cached) return cached;
  if (separatorCache.size >= 1000) separatorCache.clear();
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  } catch {
    parts = new Intl.NumberFormat('en').formatToParts(1234567.5);
  }
  const group = (parts.find((p) => p.type === 'group')?.value ?? ',').replace(SPACES, ' ');
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const result = { group, decimal };
  separatorCache.set(locale, result);
  return result;
}

const affixCache = new Map<string, string[]>();

function currencyAffixes(currency: string, locale: string): string[] {
  const cacheKey = `${currency}|${locale}`;
  const cached = affixCache.get(cacheKey);
  if (cached) return cached;
  const affixes = new Set<string>([currency]);
  for (const [loc, display] of [
    [locale, 'symbol'],
    [locale, 'narrowSymbol'],
    ['en', 'symbol'],
  ] as const) {
    try {
      const symbol = new Intl.NumberFormat(loc, {
        style: 'currency',
        currency,
        currencyDisplay: display,
      })
        .formatToParts(1)
        .find((p) => p.type === 'currency')?.value;
      if (symbol && !/[0-9]/.test(symbol)) affixes.add(symbol.normalize('NFKC').trim());
    } catch {
      // An unknown locale or currency: the code alone is stripped.
    }
  }
  const list = [...affixes].filter((a) => a !== '').sort((a, b) => b.length - a.length);
  // Bounded: one entry per currency and locale a session actually uses.
  if (affixCache.size < 1000) affixCache.set(cacheKey, list);
  return list;
}

function parseDecimalText(text: string, locale: string, affixes: string[]): DecimalResult {
  const notANumber = { ok: false, error: 'not_a_number' } as const;
  if (typeof text !== 'string') return notANumber;
  let s = text.normalize('NFKC').replace(SPACES, ' ').trim();
  let negative = false;
  for (let round = 0; round < 8; round += 1) {
    const before = s;
    if (s.startsWith('(') && s.endsWith(')')) {
      negative = true;
      s = s.slice(1, -1);
    }
    if (/^[-\u2212]/.test(s)) {
      negative = true;
      s = s.slice(1);
    } else if (/[-\u2212]$/.test(s)) {
      negative = true;
      s = s.slice(0, -1);
    } else if (s.startsWith('+')) {
      s = s.slice(1);
    }
    const upper = s.toUpperCase();
    for (const affix of affixes) {
      const a = affix.toUpperCase();
      if (upper.startsWith(a)) {
        s = s.slice(affix.length);
        break;
      }
      if (upper.endsWith(a)) {
        s = s.slice(0, s.length - affix.length);
        break;
      }
    }
    s = s.replace(/^\p{Sc}+|\p{Sc}+$/u, '').trim();
    if (s === before) break;
  }
  if (s === '' || !NUMBER_CHARS.test(s) || !/[0-9]/.test(s)) return notANumber;

  const { group, decimal } = separators(locale);
  const dots = count(s, '.');
  const commas = count(s, ',');
  let decimalChar: string | null = null;
  if (dots > 0 && commas > 0) {
    decimalChar = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  } else if (dots + commas === 1) {
    const c = dots === 1 ? '.' : ',';
    const after = s.slice(s.indexOf(c) + 1);
    const groupsLikeLocale = c === group && /^[0-9]{3}$/.test(after) && c !== decimal;
    decimalChar = groupsLikeLocale ? null : c;
  }
  let integer = s;
  let fraction = '';
  if (decimalChar !== null) {
    if (count(s, decimalChar) !== 1) return notANumber;
    const at = s.indexOf(decimalChar);
    integer = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (!/^[0-9]*$/.test(fraction)) return notANumber;
  }
  const groupChars = new Set([...integer].filter((c) => c < '0' || c > '9'));
  if (groupChars.size > 1) return notANumber;
  const [groupChar] = groupChars;
  if (groupChar !== undefined) {
    if (groupChar === decimalChar) return notANumber;
    if (!GROUP_ONLY.has(groupChar) && groupChar !== '.' && groupChar !== ',') return notANumber;
    if (!validGrouping(integer, groupChar)) return notANumber;
    integer = integer.split(groupChar).join('');
  }
  if (integer === '' && fraction === '') return notANumber;
  return { ok: true, negative, integer, fraction };
}

function validGrouping(integer: string, g: string): boolean {
  const e = g === '.' ? '\\.' : g;
  const western = new RegExp(`^[0-9]{1,3}(?:${e}[0-9]{3})+$`);
  const indian = new RegExp(`^[0-9]{1,2}(?:${e}[0-9]{2})+${e}[0-9]{3}$`);
  return western.test(integer) || indian.test(integer);
}

function count(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n += 1;
  return n;
}
