// Turns the records of a file (CSV lines or XLSX rows) into a validated ImportedPlan,
// collecting every problem with its line and column before anything is applied.
import { MAX_YEAR } from '../dates.js';
import { type ImportedPlan, type ImportedRow, MAX_IMPORT_ROWS } from '../import-plan.js';
import {
  type CellValues,
  FIELD_MAX_LENGTH,
  isBlock,
  isPricingModel,
  NOTE_MAX_LENGTH,
  type PricingModel,
} from '../model.js';
import {
  isCurrencyCode,
  MAX_MONEY_MINOR,
  MAX_QUANTITY,
  minorDigits,
  type NumberTextError,
  parseMoney,
  parseQuantity,
  QUANTITY_DECIMALS,
} from '../money.js';
import {
  type Granularity,
  isGranularity,
  isIsoDate,
  MAX_FLIGHT_DAYS,
  parsePeriodKey,
  type FlightError,
  validateFlight,
} from '../periods.js';
import { SETTINGS_MARKER, SETTING_LABELS, TOTAL_LABEL, type PeriodPart } from './layout.js';
import {
  type ImportError,
  type ImportErrorCode,
  type ImportResult,
  type ImportWarning,
  type ImportWarningCode,
  MAX_IMPORT_ERRORS,
  type ParseOptions,
} from './types.js';

/** A value read from a file: text, a number (XLSX numeric cells) or nothing. */
export type InCell = string | number | null;

/** One line (CSV) or row (XLSX) with its 1-based number in the file. */
export interface InRecord {
  readonly line: number;
  readonly cells: readonly InCell[];
}

/** How the records were read, for messages and parsing rules. */
export interface InterpretContext {
  readonly options: ParseOptions;
  /** Locale of amounts written as text when the options name none. */
  readonly defaultLocale: string;
  /** Strip the apostrophe the CSV export puts before text starting with = + - @. */
  readonly unguardText: boolean;
  readonly warnings: ImportWarning[];
  /** Part of the progress bar this step covers. */
  readonly progressFrom: number;
}

/** Collects errors in file order, keeping the first {@link MAX_IMPORT_ERRORS}. */
export class ErrorList {
  readonly list: ImportError[] = [];
  count = 0;

  add(row: number, column: string, code: ImportErrorCode, message: string): void {
    this.count += 1;
    if (this.list.length < MAX_IMPORT_ERRORS) this.list.push({ row, column, code, message });
  }
}

/** A failed result with a single file-level error. */
export function fileError(
  code: ImportErrorCode,
  message: string,
  warnings: readonly ImportWarning[] = [],
): ImportResult {
  return { ok: false, errors: [{ row: 0, column: '', code, message }], errorCount: 1, warnings };
}

/**
 * Lines (CSV) or rows (XLSX) a file may hold beyond {@link MAX_IMPORT_ROWS} rows of the
 * plan: the header, totals and settings lines, and some slack. Readers stop at
 * `MAX_IMPORT_ROWS + IMPORT_ROW_MARGIN` non-blank lines, before interpreting any.
 */
export const IMPORT_ROW_MARGIN = 100;

/** The failed result of a file with more rows than an import may bring. */
export function tooManyRows(
  row: number,
  warnings: readonly ImportWarning[] = [],
  what = 'file',
): ImportResult {
  return {
    ok: false,
    errors: [
      {
        row,
        column: '',
        code: 'too_many_rows',
        message: `The ${what} has more than ${MAX_IMPORT_ROWS} rows; split it — nothing was imported.`,
      },
    ],
    errorCount: 1,
    warnings,
  };
}

/** Adds a warning. */
export function warn(
  warnings: ImportWarning[],
  row: number,
  column: string,
  code: ImportWarningCode,
  message: string,
): void {
  warnings.push({ row, column, code, message });
}

type BaseField = 'block' | 'channel' | 'activity' | 'objective' | 'goalId' | 'pricing';

const BASE_HEADERS: Record<string, BaseField> = {
  block: 'block',
  channel: 'channel',
  network: 'channel',
  activity: 'activity',
  objective: 'objective',
  'goal id': 'goalId',
  goal: 'goalId',
  pricing: 'pricing',
  'pricing model': 'pricing',
};
const REQUIRED: readonly BaseField[] = ['block', 'channel', 'activity'];
const HEADER_NAMES: Record<BaseField, string> = {
  block: 'Block',
  channel: 'Channel',
  activity: 'Activity',
  objective: 'Objective',
  goalId: 'Goal ID',
  pricing: 'Pricing',
};
const PERIOD_HEADER = /^(\S+)\s+(budget|quantity|note)$/i;
const IGNORED_HEADERS = new Set(['total budget', 'total quantity', '']);
const GUARDED = /^'+[=+\-@\t\r]/;
const YIELD_EVERY = 1000;
const LAST_DATE = `${MAX_YEAR}-12-31`;

interface PeriodColumns {
  budget?: number;
  quantity?: number;
  note?: number;
}

/** Reads records into a plan: header, rows, totals (skipped), settings. */
export async function interpretRecords(
  records: readonly InRecord[],
  settingsSheet: readonly InRecord[] | null,
  context: InterpretContext,
): Promise<ImportResult> {
  const { warnings, options } = context;
  const errors = new ErrorList();
  const fail = (): ImportResult => ({
    ok: false,
    errors: errors.list,
    errorCount: errors.count,
    warnings,
  });

  const headerIndex = records.findIndex((r) => !isBlankRecord(r));
  const headerRecord = records[headerIndex];
  if (!headerRecord) return fileError('file_empty', 'The file has no lines.', warnings);
  const headerLine = headerRecord.line;

  // Header.
  const header = headerRecord.cells.map((cell) => textOf(cell).trim());
  const base = new Map<BaseField, number>();
  const periodColumns = new Map<string, PeriodColumns>();
  const periodGranularity = new Map<string, Granularity>();
  const seen = new Set<string>();
  header.forEach((name, index) => {
    const lower = name.toLowerCase().replace(/\s+/g, ' ');
    if (lower !== '' && seen.has(lower)) {
      errors.add(headerLine, name, 'column_duplicate', `The column "${name}" appears twice.`);
      return;
    }
    seen.add(lower);
    const field = BASE_HEADERS[lower];
    if (field) {
      base.set(field, index);
      return;
    }
    if (IGNORED_HEADERS.has(lower)) return;
    const period = PERIOD_HEADER.exec(name);
    if (period) {
      const key = (period[1] as string).toUpperCase();
      const parsed = parsePeriodKey(key);
      if (!parsed) {
        errors.add(
          headerLine,
          name,
          'column_period_invalid',
          `"${period[1] ?? ''}" is not a week (2027-W05) or a month (2027-05).`,
        );
        return;
      }
      const part = (period[2] as string).toLowerCase() as Lowercase<PeriodPart>;
      const columns = periodColumns.get(key) ?? {};
      columns[part] = index;
      periodColumns.set(key, columns);
      periodGranularity.set(key, parsed.granularity);
      return;
    }
    warn(
      warnings,
      headerLine,
      name,
      'column_ignored',
      `The column "${name}" is not part of a media plan and was ignored.`,
    );
  });
  if (base.size === 0 && periodColumns.size === 0) {
    errors.add(
      headerLine,
      '',
      'header_missing',
      'The first line is not a media-plan header (Block, Channel, Activity, …).',
    );
    return fail();
  }
  for (const field of REQUIRED) {
    if (!base.has(field)) {
      const column = HEADER_NAMES[field];
      errors.add(headerLine, column, 'column_missing', `The column "${column}" is missing.`);
    }
  }

  // Sections: rows until the settings marker, then settings lines.
  const markerAt = records.findIndex(
    (r, i) =>
      i > headerIndex &&
      textOf(r.cells[0] ?? null)
        .trim()
        .toLowerCase() === SETTINGS_MARKER.toLowerCase(),
  );
  const dataRecords = records.slice(headerIndex + 1, markerAt < 0 ? records.length : markerAt);
  const settingRecords = [
    ...(markerAt < 0 ? [] : records.slice(markerAt + 1)),
    ...(settingsSheet ?? []).filter(
      (r) =>
        textOf(r.cells[0] ?? null)
          .trim()
          .toLowerCase() !== SETTINGS_MARKER.toLowerCase(),
    ),
  ];

  // Settings.
  const declared = readSettingLines(settingRecords, errors, warnings);
  const granularities = new Set(periodGranularity.values());
  let granularity: Granularity | undefined = declared.granularity?.value;
  if (!granularity && granularities.size === 1) granularity = [...granularities][0];
  if (!granularity && declared.granularity === undefined) {
    if (granularities.size === 0) {
      errors.add(
        0,
        '',
        'settings_missing',
        'The file has neither period columns nor a Granularity setting.',
      );
    } else {
      errors.add(
        headerLine,
        '',
        'column_period_invalid',
        'The period columns mix weeks and months.',
      );
    }
  }
  if (granularity) {
    for (const [key, g] of periodGranularity) {
      if (g !== granularity) {
        errors.add(
          headerLine,
          `${key} …`,
          'column_period_invalid',
          `The column ${key} is not a ${granularity} of this plan.`,
        );
        periodColumns.delete(key);
      }
    }
  }

  const inferred = inferFlight([...periodColumns.keys()]);
  let flightStart = declared.flightStart?.value;
  let flightEnd = declared.flightEnd?.value;
  if (
    (!flightStart && declared.flightStart === undefined) ||
    (!flightEnd && declared.flightEnd === undefined)
  ) {
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

  let currency = declared.currency?.value;
  if (!currency && declared.currency === undefined) {
    const fallback = options.currency?.trim().toUpperCase();
    if (fallback && isCurrencyCode(fallback)) currency = fallback;
    else
      errors.add(
        0,
        '',
        'currency_missing',
        'The file has no Currency setting; choose the currency of its amounts.',
      );
  }
  if (errors.count > 0 || !granularity || !flightStart || !flightEnd || !currency) return fail();

  // Rows.
  const locale = options.locale ?? context.defaultLocale;
  const digits = minorDigits(currency);
  const periodKeys = [...periodColumns.keys()];
  const flightKeys = new Set<string>();
  const flight = { start: flightStart, end: flightEnd };
  for (const key of periodKeys) {
    const parsed = parsePeriodKey(key);
    if (parsed && parsed.end >= flight.start && parsed.start <= flight.end) flightKeys.add(key);
  }
  const name = (index: number | undefined): string =>
    index === undefined ? '' : header[index] || columnLetter(index);
  const rows: ImportedRow[] = [];
  let totalBudget = 0;
  let outside = 0;
  let processed = 0;
  for (const record of dataRecords) {
    processed += 1;
    if (processed % YIELD_EVERY === 0) await report(context, processed / dataRecords.length);
    if (isBlankRecord(record)) continue;
    const get = (field: BaseField): InCell => {
      const index = base.get(field);
      return index === undefined ? null : (record.cells[index] ?? null);
    };
    const blockText = textOf(get('block')).trim();
    if (isTotalLabel(blockText)) continue;
    if (rows.length >= MAX_IMPORT_ROWS) return tooManyRows(record.line, warnings);
    const line = record.line;
    const block = blockText.toUpperCase();
    if (!isBlock(block)) {
      errors.add(
        line,
        name(base.get('block')),
        'block_unknown',
        blockText === ''
          ? 'The block is empty; use PAID, OWNED or EARNED.'
          : `"${blockText}" is not a block; use PAID, OWNED or EARNED.`,
      );
    }
    const field = (key: 'channel' | 'activity' | 'objective' | 'goalId'): string => {
      const value = unguard(textOf(get(key)), context.unguardText);
      if (value.length > FIELD_MAX_LENGTH[key]) {
        errors.add(
          line,
          name(base.get(key)),
          'text_too_long',
          `${HEADER_NAMES[key]} is ${value.length} characters long; the limit is ${FIELD_MAX_LENGTH[key]}.`,
        );
      }
      return value;
    };
    const channel = field('channel');
    const activity = field('activity');
    const objective = field('objective');
    const goalId = field('goalId');
    const pricingText = textOf(get('pricing')).trim().toUpperCase();
    let pricing: PricingModel = 'FLAT';
    if (pricingText !== '') {
      if (isPricingModel(pricingText)) pricing = pricingText;
      else {
        errors.add(
          line,
          name(base.get('pricing')),
          'pricing_unknown',
          `"${textOf(get('pricing')).trim()}" is not a pricing model; use FLAT, CPM, CPC or CPA.`,
        );
      }
    }

    const cells: Record<string, CellValues> = {};
    for (const key of periodKeys) {
      const columns = periodColumns.get(key) as PeriodColumns;
      const at = (index: number | undefined): InCell =>
        index === undefined ? null : (record.cells[index] ?? null);
      const budget = readAmount(at(columns.budget), 'budget', currency, digits, locale);
      if (!budget.ok) errors.add(line, name(columns.budget), budget.code, budget.message);
      const quantity = readAmount(
        at(columns.quantity),
        'quantity',
        currency,
        QUANTITY_DECIMALS,
        locale,
      );
      if (!quantity.ok) errors.add(line, name(columns.quantity), quantity.code, quantity.message);
      const noteCell = at(columns.note);
      const note = noteCell === null ? '' : unguard(textOf(noteCell), context.unguardText);
      if (note.length > NOTE_MAX_LENGTH) {
        errors.add(
          line,
          name(columns.note),
          'note_too_long',
          `The note is ${note.length} characters long; the limit is ${NOTE_MAX_LENGTH}.`,
        );
      }
      const b = budget.ok ? budget.value : 0;
      const q = quantity.ok ? quantity.value : 0;
      if (b === 0 && q === 0 && note === '') continue;
      if (!flightKeys.has(key)) outside += 1;
      totalBudget += b;
      cells[key] = { budget: b, quantity: q, note };
    }
    rows.push({
      block: isBlock(block) ? block : 'PAID',
      channel,
      activity,
      objective,
      goalId,
      pricing,
      cells,
    });
  }
  if (!Number.isSafeInteger(totalBudget)) {
    errors.add(
      0,
      '',
      'total_too_large',
      'The budgets add up to more than this app can total exactly.',
    );
  }
  if (errors.count > 0) return fail();
  if (outside > 0) {
    warn(
      warnings,
      0,
      '',
      'cells_outside_flight',
      `${outside} filled cell(s) fall outside the flight; they are kept but not shown or totalled until the flight covers them.`,
    );
  }
  context.options.onProgress?.(1);
  const plan: ImportedPlan = {
    settings: { flightStart, flightEnd, granularity, currency },
    rows,
  };
  return { ok: true, plan, warnings };
}

interface Declared<T> {
  readonly value: T | undefined;
  readonly line: number;
}

interface DeclaredSettings {
  flightStart?: Declared<string>;
  flightEnd?: Declared<string>;
  granularity?: Declared<Granularity>;
  currency?: Declared<string>;
}

function readSettingLines(
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

function inferFlight(keys: readonly string[]): { start: string; end: string } | null {
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

function flightMessage(errors: readonly FlightError[]): string {
  const reasons: Record<FlightError, string> = {
    start_invalid: 'the flight start is not a date',
    end_invalid: 'the flight end is not a date',
    end_before_start: 'the flight ends before it starts',
    too_long: `the flight is longer than ${MAX_FLIGHT_DAYS} days (five years)`,
  };
  const text = errors.map((e) => reasons[e]).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

type AmountResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: ImportErrorCode; readonly message: string };

/**
 * Reads a budget (into minor units) or a quantity. Text goes through the same parsers as
 * typing in the grid; XLSX numbers are scaled and must not carry more decimals than allowed.
 */
function readAmount(
  cell: InCell,
  kind: 'budget' | 'quantity',
  currency: string,
  digits: number,
  locale: string,
): AmountResult {
  if (cell === null || (typeof cell === 'string' && cell.trim() === ''))
    return { ok: true, value: 0 };
  let error: NumberTextError | null = null;
  let value = 0;
  if (typeof cell === 'number') {
    const scaled = cell * 10 ** digits;
    const rounded = Math.round(scaled);
    const max = kind === 'budget' ? MAX_MONEY_MINOR : MAX_QUANTITY * 100;
    if (!Number.isFinite(cell)) error = 'not_a_number';
    else if (cell < 0) error = 'negative';
    else if (rounded > max) error = 'too_large';
    // Only the noise of binary floating point is forgiven (an amount typed 1234567.89 is
    // stored as 1234567.8899999999), never a real extra decimal: a tolerance growing with
    // the amount would round 6666.6666 USD to 6666.67 without a word.
    else if (Math.abs(scaled - rounded) > Math.max(1e-6, Math.abs(scaled) * 4 * Number.EPSILON))
      error = 'too_many_decimals';
    else value = kind === 'budget' ? rounded : rounded / 100;
  } else {
    const text = cell.trim();
    if (kind === 'budget') {
      const parsed = parseMoney(text, currency, locale);
      if (parsed.ok) value = parsed.minor;
      else error = parsed.error;
    } else {
      const parsed = parseQuantity(text, locale);
      if (parsed.ok) value = parsed.value;
      else error = parsed.error;
    }
  }
  if (error === null) return { ok: true, value };
  const shown = typeof cell === 'number' ? String(cell) : cell.trim();
  const what = kind === 'budget' ? 'A budget' : 'A quantity';
  const messages: Record<NumberTextError, string> = {
    not_a_number: `"${shown}" is not ${kind === 'budget' ? 'an amount' : 'a number'}.`,
    negative: `${what} cannot be negative (${shown}).`,
    too_many_decimals:
      kind === 'budget'
        ? `${currency} amounts have at most ${digits} decimal(s) (${shown}).`
        : `Quantities have at most ${QUANTITY_DECIMALS} decimals (${shown}).`,
    too_large: `${what} of ${shown} is above the limit.`,
  };
  return { ok: false, code: `${kind}_${error}`, message: messages[error] };
}

async function report(context: InterpretContext, fraction: number): Promise<void> {
  const onProgress = context.options.onProgress;
  if (!onProgress) return;
  onProgress(context.progressFrom + (1 - context.progressFrom) * Math.min(1, fraction));
  // Let a browser paint the progress bar between chunks.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Text of a cell as written in the file. */
export function textOf(cell: InCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : cell;
}

function isBlankRecord(record: InRecord): boolean {
  return record.cells.every(
    (cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''),
  );
}

function isTotalLabel(text: string): boolean {
  const lower = text.toLowerCase();
  const total = TOTAL_LABEL.toLowerCase();
  return lower === total || lower.startsWith(`${total} `);
}

function unguard(text: string, enabled: boolean): string {
  return enabled && GUARDED.test(text) ? text.slice(1) : text;
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
