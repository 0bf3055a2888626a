// How KPI figures read: values by unit (count, percent, money in minor units, ratio), a
// derived measure as its value or "—" with the reason it has none, progress colours, the
// month-over-month change. No React, no Apollo: shared by components and tests.
import {
  isKpiMetric,
  isMeasureId,
  METRICS,
  type MeasureId,
  type NotComputableReason,
  type UnitKind,
} from '@chorus/kpi-model';
import { formatMoney, minorDigits } from '@chorus/media-plan-model';

export const NOT_COMPUTABLE_REASONS: readonly NotComputableReason[] = [
  'missing_data',
  'no_members',
  'no_reach',
  'no_impressions',
  'no_clicks',
  'no_conversions',
  'no_spend',
  'no_previous',
];

/** What the server answers for a derived measure. */
export interface MeasureValue {
  readonly value: number | null;
  readonly reason: string | null;
  readonly formula: string;
  readonly planned: boolean;
}

/** The unit of a metric or measure id; an unknown id counts. */
export function unitOfMetric(metric: string): UnitKind {
  return isKpiMetric(metric) ? METRICS[metric].unit : 'count';
}

function isUnit(value: string): value is UnitKind {
  return value === 'count' || value === 'percent' || value === 'money' || value === 'ratio';
}

/** Formats a value of `unit` (money: minor units of `currency`) in the reader's locale. */
export function formatValue(value: number, unit: string, currency: string, locale: string): string {
  const kind = isUnit(unit) ? unit : 'count';
  switch (kind) {
    case 'money':
      return formatMoney(Math.round(value), currency, locale);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
        value / 100,
      );
    case 'ratio':
      // ROI 0.5 = half the spend came back on top of it.
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value,
      );
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}

/**
 * What a number input holds as a number, '' when empty. Mantine's NumberInput hands over a
 * string while a number is being typed ("1.", "-"): kept as typed, it reads as NaN until done.
 */
export function typedNumber(value: number | string): number | '' {
  if (typeof value === 'number') return value;
  const text = value.trim();
  return text === '' ? '' : Number(text);
}

/** A value typed in major units (money) into what the server stores (minor units). */
export function toStored(typed: number, unit: string, currency: string): number {
  return unit === 'money' ? Math.round(typed * 10 ** minorDigits(currency)) : typed;
}

/** A stored value as the person types it (money in major units). */
export function toTyped(stored: number, unit: string, currency: string): number {
  return unit === 'money' ? stored / 10 ** minorDigits(currency) : stored;
}

/** A measure as shown: the formatted value, or "—" and the reason's translation key. */
export type MeasureDisplay =
  | { readonly ok: true; readonly text: string; readonly planned: boolean }
  | { readonly ok: false; readonly text: '—'; readonly reasonKey: string };

export function measureDisplay(
  measure: MeasureValue,
  unit: string,
  currency: string,
  locale: string,
): MeasureDisplay {
  if (measure.value === null || !Number.isFinite(measure.value)) {
    const reason = NOT_COMPUTABLE_REASONS.find((known) => known === measure.reason);
    return { ok: false, text: '—', reasonKey: `kpis.reasons.${reason ?? 'missing_data'}` };
  }
  return {
    ok: true,
    text: formatValue(measure.value, unit, currency, locale),
    planned: measure.planned,
  };
}

/** The translation key of a measure's formula; the server's English text is the fallback. */
export function formulaKey(measure: string): string | null {
  return isMeasureId(measure) ? `kpis.formulas.${measure}` : null;
}

/** The measures of a channel, in the order the dashboard shows them. */
export const CHANNEL_MEASURES = [
  ['engagementRate', 'engagement_rate'],
  ['engagementRateByReach', 'engagement_rate_reach'],
  ['ctr', 'ctr'],
  ['cpc', 'cpc'],
  ['cpa', 'cpa'],
  ['cpm', 'cpm'],
  ['roi', 'roi'],
] as const satisfies ReadonlyArray<readonly [string, MeasureId]>;

export type ProgressStatus =
  'on_track' | 'at_risk' | 'off_track' | 'not_started' | 'achieved' | 'missed';

// Filled badges with white text: each colour passes WCAG AA (4.5:1) at badge size.
const STATUS_COLORS: Record<ProgressStatus, string> = {
  on_track: '#1f6f33',
  achieved: '#1f6f33',
  at_risk: '#9c3d0a',
  off_track: '#b02a2a',
  missed: '#b02a2a',
  not_started: '#495057',
};

/** The badge colour of a progress status. */
export function statusColor(status: string): string {
  return STATUS_COLORS[status as ProgressStatus] ?? '#495057';
}

/** A period's figure of a dashboard row: the actual (metrics) or the measure (measures). */
export function periodValue(period: {
  actual: number | null;
  measure: MeasureValue | null;
}): number | null {
  if (period.measure) return period.measure.value;
  return period.actual;
}

/** The latest period of the range with a value and the one before it, and the change. */
export interface MonthOverMonth {
  readonly current: { periodKey: string; value: number } | null;
  readonly previous: { periodKey: string; value: number } | null;
  /** (current − previous) ÷ |previous|; null when either is missing or previous is 0. */
  readonly change: number | null;
}

export function monthOverMonth(
  periods: ReadonlyArray<{
    periodKey: string;
    actual: number | null;
    measure: MeasureValue | null;
  }>,
): MonthOverMonth {
  const known = periods
    .map((period) => ({ periodKey: period.periodKey, value: periodValue(period) }))
    .filter((entry): entry is { periodKey: string; value: number } => entry.value !== null)
    .sort((a, b) => a.periodKey.localeCompare(b.periodKey));
  const current = known.at(-1) ?? null;
  const previous = known.at(-2) ?? null;
  const change =
    current && previous && previous.value !== 0
      ? (current.value - previous.value) / Math.abs(previous.value)
      : null;
  return { current, previous, change };
}

/** `yyyy-mm` of a date (UTC). */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The month `delta` months from `month` (`yyyy-mm`). */
export function addMonths(month: string, delta: number): string {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to` (both `yyyy-mm`), at most `limit`. */
export function monthsBetween(from: string, to: string, limit = 60): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < limit; month = addMonths(month, 1)) {
    months.push(month);
  }
  return months;
}

/** The dashboard's default range: the last six months up to this one. */
export function defaultRange(today: Date): { from: string; to: string } {
  const to = monthOf(today);
  return { from: addMonths(to, -5), to };
}

/** A month as the reader says it ("Dec 2026", "دی ۱۴۰۵" in their calendar's numbers). */
export function monthLabel(periodKey: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(periodKey);
  if (!match) return periodKey;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Month over month per network and metric, from the account-level actuals of the range. */
export function networkMonthOverMonth(
  actuals: ReadonlyArray<{
    network: string;
    metric: string;
    periodKey: string;
    postRef: string;
    value: number;
  }>,
): Array<{ network: string; metric: string } & MonthOverMonth> {
  const series = new Map<string, Array<{ periodKey: string; actual: number; measure: null }>>();
  for (const actual of actuals) {
    if (actual.postRef !== '') continue;
    const key = `${actual.network}|${actual.metric}`;
    const list = series.get(key) ?? [];
    list.push({ periodKey: actual.periodKey, actual: actual.value, measure: null });
    series.set(key, list);
  }
  return [...series.entries()]
    .map(([key, periods]) => {
      const [network = '', metric = ''] = key.split('|');
      return { network, metric, ...monthOverMonth(periods) };
    })
    .sort((a, b) => a.network.localeCompare(b.network) || a.metric.localeCompare(b.metric));
}
