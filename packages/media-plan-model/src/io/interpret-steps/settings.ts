// Step 2: the plan's settings — read from the settings lines, else taken from the period
// columns (granularity, flight) or the import's options (currency).
import { MAX_YEAR } from '../../dates.js';
import { isCurrencyCode } from '../../money.js';
import {
  type FlightError,
  type Granularity,
  isGranularity,
  isIsoDate,
  MAX_FLIGHT_DAYS,
  parsePeriodKey,
  validateFlight,
} from '../../periods.js';
import { SETTING_LABELS } from '../layout.js';
import { type ImportWarning } from '../types.js';
import { type PeriodColumns, type PlanHeader } from './header.js';
import { type ErrorList, warn } from './problems.js';
import { type InRecord, isBlankRecord, textOf } from './records.js';

const LAST_DATE = `${MAX_YEAR}-12-31`;

/** A setting a line declares: its value (undefined when invalid) and the line. */
export interface Declared<T> {
  readonly value: T | undefined;
  readonly line: number;
}

/** The settings the file declares; a setting it does not mention is absent. */
export interface DeclaredSettings {
  flightStart?: Declared<string>;
  flightEnd?: Declared<string>;
  granularity?: Declared<Granularity>;
  currency?: Declared<string>;
}

/**
 * Reads `Label,Value` settings lines. An invalid value is an error (and declared, so it is
 * not guessed from elsewhere); an unknown label is a warning.
 */
export function readSettingLines(
  records: readonly InRecord[],
  errors: ErrorList,
  warnings: ImportWarning[],
): DeclaredSettings {
  const declared: DeclaredSettings = {};
  const labels = new Map<string, keyof typeof SETTING_LABELS>(
    Object.entries(SETTING_LABELS).map(([key, label]) => [
      label.toLowerCase(),
      key as keyof typeof SETTING_LABELS,
    ]),
  );
  for (const record of records) {
    if (isBlankRecord(record)) continue;
    const label = textOf(record.cells[0] ?? null).trim();
    const value = textOf(record.cells[1] ?? null).trim();
    const key = labels.get(label.toLowerCase());
    const line = record.line;
    const invalid = (message: string): void =>
      errors.add(line, 'Value', 'setting_invalid', message);
    switch (key) {
      case 'flightStart':
      case 'flightEnd': {
        // Kept apart: the type guard narrows `value` to never when it fails.
        const written = value;
        const ok = isIsoDate(value);
        if (!ok) invalid(`${label}: "${written}" is not a date written yyyy-mm-dd.`);
        declared[key] = { value: ok ? value : undefined, line };
        break;
      }
      case 'granularity': {
        const lower = value.toLowerCase();
        const ok = isGranularity(lower);
        if (!ok) invalid(`Granularity: "${value}" is neither week nor month.`);
        declared.granularity = { value: ok ? lower : undefined, line };
        break;
      }
      case 'currency': {
        const upper = value.toUpperCase();
        const ok = isCurrencyCode(upper);
        if (!ok) invalid(`Currency: "${value}" is not an ISO 4217 currency code.`);
        declared.currency = { value: ok ? upper : undefined, line };
        break;
      }
      case 'version':
        break;
      case undefined:
        warn(
          warnings,
          line,
          label,
          'setting_ignored',
          `The setting "${label}" is unknown and was ignored.`,
        );
        break;
    }
  }
  return declared;
}

/**
 * The plan's granularity: declared, or the one all period columns share. Period columns of
 * the other granularity are errors and dropped from the returned columns.
 */
export function settleGranularity(
  header: PlanHeader,
  declared: DeclaredSettings,
  errors: ErrorList,
): { granularity: Granularity | undefined; periods: Map<string, PeriodColumns> } {
  const periods = new Map(header.periods);
  const found = new Set(header.granularities.values());
  let granularity: Granularity | undefined = declared.granularity?.value;
  if (!granularity && found.size === 1) granularity = [...found][0];
  if (!granularity && declared.granularity === undefined) {
    if (found.size === 0) {
      errors.add(
        0,
        '',
        'settings_missing',
        'The file has neither period columns nor a Granularity setting.',
      );
    } else {
      errors.add(
        header.line,
        '',
        'column_period_invalid',
        'The period columns mix weeks and months.',
      );
    }
  }
  if (granularity) {
    for (const [key, g] of header.granularities) {
      if (g !== granularity) {
        errors.add(
          header.line,
          `${key} …`,
          'column_period_invalid',
          `The column ${key} is not a ${granularity} of this plan.`,
        );
        periods.delete(key);
      }
    }
  }
  return { granularity, periods };
}

/** The flight the period columns span (stopping at the last year a flight may reach). */
export function inferFlight(keys: readonly string[]): { start: string; end: string } | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const key of keys) {
    const parsed = parsePeriodKey(key);
    if (!parsed) continue;
    if (start === null || parsed.start < start) start = parsed.start;
    if (end === null || parsed.end > end) end = parsed.end;
  }
  // 3000-W01 ends in a year no flight may reach; the flight stops on 2999-12-31.
  if (end !== null && end > LAST_DATE) end = LAST_DATE;
  return start !== null && end !== null ? { start, end } : null;
}

/**
 * The flight: declared, or inferred from the period columns (with a warning saying so);
 * an error when neither, or when the flight is not a valid one.
 */
export function settleFlight(
  periodKeys: readonly string[],
  declared: DeclaredSettings,
  errors: ErrorList,
  warnings: ImportWarning[],
): { flightStart: string | undefined; flightEnd: string | undefined } {
  let flightStart = declared.flightStart?.value;
  let flightEnd = declared.flightEnd?.value;
  if (
    (!flightStart && declared.flightStart === undefined) ||
    (!flightEnd && declared.flightEnd === undefined)
  ) {
    const inferred = inferFlight(periodKeys);
    if (inferred) {
      flightStart ??= inferred.start;
      flightEnd ??= inferred.end;
      warn(
        warnings,
        0,
        '',
        'settings_inferred',
        `The file has no flight dates; the flight was set from its period columns (${flightStart} to ${flightEnd}).`,
      );
    } else {
      errors.add(
        0,
        '',
        'settings_missing',
        'The file has no Flight start / Flight end settings and no period columns.',
      );
    }
  }
  if (flightStart && flightEnd) {
    const flightErrors = validateFlight(flightStart, flightEnd);
    if (flightErrors.length > 0) {
      const line = declared.flightEnd?.line ?? declared.flightStart?.line ?? 0;
      errors.add(line, 'Value', 'flight_invalid', flightMessage(flightErrors));
    }
  }
  return { flightStart, flightEnd };
}

/** One sentence naming every reason a flight is refused. */
export function flightMessage(errors: readonly FlightError[]): string {
  const reasons: Record<FlightError, string> = {
    start_invalid: 'the flight start is not a date',
    end_invalid: 'the flight end is not a date',
    end_before_start: 'the flight ends before it starts',
    too_long: `the flight is longer than ${MAX_FLIGHT_DAYS} days (five years)`,
  };
  const text = errors.map((e) => reasons[e]).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The currency: declared, or the one the import's options name; an error when neither. */
export function settleCurrency(
  declared: DeclaredSettings,
  fallback: string | undefined,
  errors: ErrorList,
): string | undefined {
  const currency = declared.currency?.value;
  if (currency || declared.currency !== undefined) return currency;
  const code = fallback?.trim().toUpperCase();
  if (code && isCurrencyCode(code)) return code;
  errors.add(
    0,
    '',
    'currency_missing',
    'The file has no Currency setting; choose the currency of its amounts.',
  );
  return undefined;
}
