import {
  civilDate,
  dayNumber,
  daysInMonth,
  formatIsoDate,
  isoWeek,
  isoWeekMonday,
  isoWeekday,
  isoWeeksInYear,
  MAX_YEAR,
  MIN_YEAR,
  pad,
  parseIsoDate,
} from './dates.js';

/** How the flight is cut into columns. */
export type Granularity = 'week' | 'month';

/** Every granularity, in the order a picker shows them. */
export const GRANULARITIES: readonly Granularity[] = ['week', 'month'];

/** One column of the plan. Dates are `yyyy-mm-dd`, inclusive, clipped to the flight. */
export interface Period {
  /** `2027-W01` (ISO week) or `2027-01` (month): the key of the cells in the Y.Doc. */
  readonly key: string;
  readonly start: string;
  readonly end: string;
  /** A short English label, e.g. `W01 · 29 Dec–4 Jan` or `Jan 2027`; UIs may localise their own. */
  readonly label: string;
}

/** Why a flight is refused. */
export type FlightError = 'start_invalid' | 'end_invalid' | 'end_before_start' | 'too_long';

/** Longest flight in days, both ends included: five years, two leap days included. */
export const MAX_FLIGHT_DAYS = 5 * 365 + 2;

/** Most periods a valid flight can have (262 ISO weeks, partial ones at both ends included). */
export const MAX_PERIODS = Math.ceil((MAX_FLIGHT_DAYS + 6) / 7);

const FIRST_DAY = dayNumber(MIN_YEAR, 1, 1);
const LAST_DAY = dayNumber(MAX_YEAR, 12, 31);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** Whether a value is one of the granularities. */
export function isGranularity(value: unknown): value is Granularity {
  return value === 'week' || value === 'month';
}

/** Whether a value is a real `yyyy-mm-dd` date in the supported years (1900-2999). */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/**
 * Checks a flight and returns every problem found (an empty list when it is valid).
 * Dates are `yyyy-mm-dd`; a flight lasts one day at least and {@link MAX_FLIGHT_DAYS} at most.
 */
export function validateFlight(flightStart: unknown, flightEnd: unknown): FlightError[] {
  const start = parseIsoDate(flightStart);
  const end = parseIsoDate(flightEnd);
  const errors: FlightError[] = [];
  if (start === null) errors.push('start_invalid');
  if (end === null) errors.push('end_invalid');
  if (start === null || end === null) return errors;
  if (end < start) errors.push('end_before_start');
  else if (end - start + 1 > MAX_FLIGHT_DAYS) errors.push('too_long');
  return errors;
}

/**
 * The columns of a flight in order. The first and last periods are clipped to the flight
 * (a flight starting on a Wednesday has a first week starting that Wednesday). Returns an
 * empty list for an invalid flight or granularity rather than throwing, because it also
 * runs on settings read from a document anyone may have written to.
 */
export function generatePeriods(
  flightStart: string,
  flightEnd: string,
  granularity: Granularity,
): Period[] {
  if (validateFlight(flightStart, flightEnd).length > 0) return [];
  const start = parseIsoDate(flightStart) as number;
  const end = parseIsoDate(flightEnd) as number;
  if (granularity === 'week') return weeks(start, end);
  if (granularity === 'month') return months(start, end);
  return [];
}

function weeks(start: number, end: number): Period[] {
  const periods: Period[] = [];
  let monday = start - isoWeekday(start);
  while (monday <= end && periods.length < MAX_PERIODS) {
    const from = Math.max(monday, start);
    const to = Math.min(monday + 6, end);
    const { year, week } = isoWeek(monday);
    periods.push({
      key: `${pad(year, 4)}-W${pad(week, 2)}`,
      start: formatIsoDate(from),
      end: formatIsoDate(to),
      label: `W${pad(week, 2)} · ${shortDate(from)}–${shortDate(to)}`,
    });
    monday += 7;
  }
  return periods;
}

function months(start: number, end: number): Period[] {
  const periods: Period[] = [];
  let { year, month } = civilDate(start);
  for (;;) {
    const first = dayNumber(year, month, 1);
    if (first > end || periods.length >= MAX_PERIODS) break;
    const last = dayNumber(year, month, daysInMonth(year, month));
    periods.push({
      key: `${pad(year, 4)}-${pad(month, 2)}`,
      start: formatIsoDate(Math.max(first, start)),
      end: formatIsoDate(Math.min(last, end)),
      label: `${MONTHS[month - 1] ?? ''} ${year}`,
    });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return periods;
}

function shortDate(day: number): string {
  const { month, date } = civilDate(day);
  return `${date} ${MONTHS[month - 1] ?? ''}`;
}

/** The key of the period a `yyyy-mm-dd` date falls in, or null for an invalid date. */
export function periodKeyOf(date: string, granularity: Granularity): string | null {
  const day = parseIsoDate(date);
  if (day === null) return null;
  if (granularity === 'week') {
    const { year, week } = isoWeek(day);
    return `${pad(year, 4)}-W${pad(week, 2)}`;
  }
  const { year, month } = civilDate(day);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** A period key read back: its granularity and its full (unclipped) first and last day. */
export interface ParsedPeriodKey {
  readonly granularity: Granularity;
  readonly start: string;
  readonly end: string;
}

/**
 * Parses `2027-W05` or `2027-05`; null when it is neither, names a week 53 in a year that
 * has 52, or lies outside the supported years. `3000-W01` is a key: it holds 30 and 31
 * December 2999 (its `end` is 3000-01-05, beyond the supported dates).
 */
export function parsePeriodKey(key: unknown): ParsedPeriodKey | null {
  if (typeof key !== 'string') return null;
  const week = WEEK_KEY.exec(key);
  if (week) {
    const year = Number(week[1]);
    const number = Number(week[2]);
    // A week belongs to the year of its Thursday: 30 and 31 December 2999 are in 3000-W01,
    // the one key of year MAX_YEAR + 1 that holds supported days.
    if (year < MIN_YEAR || year > MAX_YEAR + 1 || number < 1 || number > isoWeeksInYear(year)) {
      return null;
    }
    const monday = isoWeekMonday(year, number);
    if (monday > LAST_DAY || monday + 6 < FIRST_DAY) return null;
    return {
      granularity: 'week',
      start: formatIsoDate(monday),
      end: formatIsoDate(monday + 6),
    };
  }
  const month = MONTH_KEY.exec(key);
  if (month) {
    const year = Number(month[1]);
    const number = Number(month[2]);
    if (year < MIN_YEAR || year > MAX_YEAR || number < 1 || number > 12) return null;
    return {
      granularity: 'month',
      start: formatIsoDate(dayNumber(year, number, 1)),
      end: formatIsoDate(dayNumber(year, number, daysInMonth(year, number))),
    };
  }
  return null;
}

/** Whether a string is a valid period key, of the given granularity when one is given. */
export function isPeriodKey(key: unknown, granularity?: Granularity): key is string {
  const parsed = parsePeriodKey(key);
  return parsed !== null && (granularity === undefined || parsed.granularity === granularity);
}
