// KPI periods: month (the default), ISO week or quarter. Months and weeks are the media
// plan's periods (same keys, same ISO weeks); quarters are added here as `2027-Q1`.
import { isIsoDate, parsePeriodKey, periodKeyOf } from '@chorus/media-plan-model';

export type PeriodKind = 'week' | 'month' | 'quarter';
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'week', 'quarter'];
export const DEFAULT_PERIOD_KIND: PeriodKind = 'month';

/** One period: its key and its first and last day (`yyyy-mm-dd`, inclusive, not clipped). */
export interface KpiPeriod {
  readonly kind: PeriodKind;
  readonly key: string;
  readonly start: string;
  readonly end: string;
}

const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;
const DAY_MS = 86_400_000;

export function isPeriodKind(value: unknown): value is PeriodKind {
  return value === 'week' || value === 'month' || value === 'quarter';
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Day number (days since 1970-01-01) of a `yyyy-mm-dd` date; NaN when invalid. */
export function dayOf(date: string): number {
  return isIsoDate(date) ? Date.parse(`${date}T00:00:00Z`) / DAY_MS : Number.NaN;
}

// Periods are read over and over by dashboards (every month of every network for every
// KPI): the pure lookups below are memoised, in maps cleared when they grow large.
const MEMO_LIMIT = 20_000;
const periodOfMemo = new Map<string, KpiPeriod | null>();
const parsedMemo = new Map<string, KpiPeriod | null>();
const containingMemo = new Map<string, KpiPeriod | null>();
const nextMemo = new Map<string, KpiPeriod | null>();

function memo<T>(map: Map<string, T>, key: string, compute: () => T): T {
  const found = map.get(key);
  if (found !== undefined || map.has(key)) return found as T;
  if (map.size >= MEMO_LIMIT) map.clear();
  const value = compute();
  map.set(key, value);
  return value;
}

/** The period a date falls in, or null for an invalid date. */
export function kpiPeriodOf(date: string, kind: PeriodKind): KpiPeriod | null {
  return memo(periodOfMemo, `${date}|${kind}`, () => periodOfUncached(date, kind));
}

function periodOfUncached(date: string, kind: PeriodKind): KpiPeriod | null {
  if (!isIsoDate(date)) return null;
  if (kind === 'quarter') {
    const year = Number(date.slice(0, 4));
    const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
    return parseKpiPeriod(`${year}-Q${quarter}`);
  }
  const key = periodKeyOf(date, kind);
  return key === null ? null : parseKpiPeriod(key);
}

/** A period key read back (`2027-01`, `2027-W05`, `2027-Q1`), or null. */
export function parseKpiPeriod(key: unknown): KpiPeriod | null {
  if (typeof key !== 'string') return null;
  return memo(parsedMemo, key, () => parseUncached(key));
}

function parseUncached(key: string): KpiPeriod | null {
  const quarter = QUARTER_KEY.exec(key);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = Number(quarter[2]);
    if (year < 1900 || year > 2999) return null;
    return {
      kind: 'quarter',
      key,
      start: iso(Date.UTC(year, (q - 1) * 3, 1)),
      end: iso(Date.UTC(year, q * 3, 1) - DAY_MS),
    };
  }
  const parsed = parsePeriodKey(key);
  if (!parsed) return null;
  return { kind: parsed.granularity, key, start: parsed.start, end: parsed.end };
}

/** Most periods {@link periodsBetween} lists (40 years of weeks). */
export const MAX_KPI_PERIODS = 2100;

/**
 * Every period of a kind that touches the days from `from` to `to` (inclusive), in order,
 * at most {@link MAX_KPI_PERIODS}.
 */
export function periodsBetween(from: string, to: string, kind: PeriodKind): KpiPeriod[] {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) return [];
  const periods: KpiPeriod[] = [];
  let current = kpiPeriodOf(from, kind);
  while (current && current.start <= to && periods.length < MAX_KPI_PERIODS) {
    periods.push(current);
    const end = current.end;
    current = memo(nextMemo, `${current.key}|${kind}`, () =>
      kpiPeriodOf(iso(dayOf(end) * DAY_MS + DAY_MS), kind),
    );
  }
  return periods;
}

/**
 * The period of `kind` an actual of period `key` counts towards: a month counts towards its
 * quarter, a week towards the month and quarter of its Thursday (ISO weeks belong where
 * most of their days are). Null when a coarser period cannot be cut finer (a month is
 * not split into weeks) or the key is invalid.
 */
export function containingPeriod(key: string, kind: PeriodKind): KpiPeriod | null {
  return memo(containingMemo, `${key}|${kind}`, () => containingUncached(key, kind));
}

function containingUncached(key: string, kind: PeriodKind): KpiPeriod | null {
  const period = parseKpiPeriod(key);
  if (!period) return null;
  if (period.kind === kind) return period;
  const rank: Record<PeriodKind, number> = { week: 0, month: 1, quarter: 2 };
  if (rank[period.kind] > rank[kind]) return null;
  const anchor = period.kind === 'week' ? iso((dayOf(period.start) + 3) * DAY_MS) : period.start;
  return kpiPeriodOf(anchor, kind);
}
