import {
  minorDigits,
  minorToDecimal,
  parseMoney,
  parseQuantity,
  type NumberTextError,
  type Period,
} from '@chorus/media-plan-model';

/** A typed number read into the plan's units, or why it was refused. */
export type NumberRead =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: NumberTextError };

/** How amounts, quantities and periods of one plan are shown and read in one language. */
export interface PlanFormats {
  readonly locale: string;
  readonly currency: string;
  /** Decimals of the plan's currency (0 for JPY and VND, 2 for USD). */
  readonly digits: number;
  /** A budget for totals: `$1,234.50`, `۱٬۲۳۴٫۵۰ $`, `1.234.567 ₫`. */
  money(minor: number): string;
  /** A budget inside a cell: the same, with the narrow symbol. */
  moneyCell(minor: number): string;
  quantity(value: number): string;
  /** A budget as text to edit or copy: ASCII digits, no grouping, the locale's decimal sign. */
  moneyText(minor: number): string;
  quantityText(value: number): string;
  /** Reads typed or pasted money into minor units; '' is not read here (callers clear). */
  readMoney(text: string): NumberRead;
  readQuantity(text: string): NumberRead;
  /** Column heading of a period: `W01` and `4–10 Jan`, or `Jan 2027`. */
  periodLabel(period: Period): { readonly title: string; readonly detail: string };
  /** A `yyyy-mm-dd` date in the reader's words: `4 Jan 2027`. */
  date(iso: string): string;
}

const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * Persian and Arabic-Indic digits and separators as ASCII, bidi marks removed: numbers
 * typed on a Persian keyboard or copied from a right-to-left page read like any other.
 */
export function asciiNumberText(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

/**
 * The locale whose separators decide ambiguous input. Persian writes its own separators
 * (turned into `.` and `,` above) and uses `.` as decimal sign with Latin digits, like English.
 */
function readingLocale(locale: string): string {
  return locale.startsWith('fa') ? 'en' : locale;
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Formats for a plan's currency in a language. Cheap to keep: build once per render pass. */
export function createPlanFormats(
  locale: string,
  currency: string,
  weekLabel: (week: string) => string,
): PlanFormats {
  const digits = minorDigits(currency);
  const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency, ...fraction });
  let cellFormat: Intl.NumberFormat;
  try {
    cellFormat = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      ...fraction,
    });
  } catch {
    cellFormat = moneyFormat;
  }
  const quantityFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const moneyEdit = new Intl.NumberFormat(locale, {
    numberingSystem: 'latn',
    useGrouping: false,
    ...fraction,
  });
  const quantityEdit = new Intl.NumberFormat(locale, {
    numberingSystem: 'latn',
    useGrouping: false,
    maximumFractionDigits: 2,
  });
  const dayMonth = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const monthYear = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const fullDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const weekNumber = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
  // Intl formats a decimal string exactly (no float rounding of large amounts).
  const exact = (minor: number) => minorToDecimal(minor, currency) as unknown as number;
  const readLocale = readingLocale(locale);
  const labels = new Map<
    string,
    { start: string; end: string; label: { title: string; detail: string } }
  >();

  return {
    locale,
    currency,
    digits,
    money: (minor) => moneyFormat.format(exact(minor)),
    moneyCell: (minor) => cellFormat.format(exact(minor)),
    quantity: (value) => quantityFormat.format(value),
    moneyText: (minor) => moneyEdit.format(exact(minor)),
    quantityText: (value) => quantityEdit.format(value),
    readMoney: (text) => {
      const result = parseMoney(asciiNumberText(text), currency, readLocale);
      return result.ok ? { ok: true, value: result.minor } : result;
    },
    readQuantity: (text) => {
      const result = parseQuantity(asciiNumberText(text), readLocale);
      return result.ok ? { ok: true, value: result.value } : result;
    },
    periodLabel: (period) => {
      // Intl's range formatting is slow next to a grid's render: each label is made once.
      const cached = labels.get(period.key);
      if (cached && cached.start === period.start && cached.end === period.end) return cached.label;
      const label = periodLabel(period);
      labels.set(period.key, { start: period.start, end: period.end, label });
      return label;
    },
    date: (iso) => (iso ? fullDate.format(utcDate(iso)) : ''),
  };

  function periodLabel(period: Period): { title: string; detail: string } {
    {
      const week = /-W(\d{2})$/.exec(period.key);
      const start = utcDate(period.start);
      const end = utcDate(period.end);
      if (week) {
        return {
          title: weekLabel(weekNumber.format(Number(week[1]))),
          detail: dayMonth.formatRange(start, end),
        };
      }
      const whole = monthYear.format(start);
      const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0));
      const partial = start.getUTCDate() !== 1 || end.getUTCDate() !== lastDay.getUTCDate();
      return { title: whole, detail: partial ? dayMonth.formatRange(start, end) : '' };
    }
  }
}
