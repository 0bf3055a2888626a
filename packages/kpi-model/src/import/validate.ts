// Validation of imported actuals: every row checked, every problem named with its row and
// column, nothing returned to apply unless the whole file is clean (all or nothing).
// Pure: the server reads the file into records (media-plan-model/io's table readers) and
// passes them here with what it knows of the brand.
import { type NetworkId } from '@chorus/post-model';
import { isCurrencyCode, parseMoney, parseQuantity } from '@chorus/media-plan-model';
import { METRICS, type MetricId } from '../metrics.js';
import { kpiPeriodOf, parseKpiPeriod } from '../periods.js';
import { type ActualsMapping, currencyInHeader, networkFromText } from './headers.js';

/** One record of a file (the shape media-plan-model/io's table readers give). */
export interface ActualsRecord {
  readonly line: number;
  readonly cells: readonly (string | number | null)[];
}

export type ActualsProblemCode =
  | 'column_missing'
  | 'no_metrics'
  | 'network_missing'
  | 'network_unknown'
  | 'period_invalid'
  | 'period_in_future'
  | 'outside_span'
  | 'not_a_number'
  | 'negative'
  | 'not_an_integer'
  | 'too_many_decimals'
  | 'too_large'
  | 'percent_over_100'
  | 'currency_invalid'
  | 'currency_mismatch'
  | 'post_too_long'
  | 'duplicate_row'
  | 'too_many_rows';

export interface ActualsProblem {
  /** 1-based line (CSV) or row (XLSX); 0 for the whole file. */
  readonly row: number;
  /** Header of the column ('' for the whole row or file). */
  readonly column: string;
  readonly code: ActualsProblemCode;
  readonly message: string;
}

/** One actual to store: a month of one metric on one network (and post, when given). */
export interface ImportedActual {
  readonly network: NetworkId;
  readonly metric: MetricId;
  /** Month key `yyyy-mm`. */
  readonly periodKey: string;
  /** Post id or URL as written in the file, or null for account-level actuals. */
  readonly post: string | null;
  /** Counts and percentages as numbers, money in integer minor units of the plan's currency. */
  readonly value: number;
}

export interface ActualsContext {
  /** The network of the whole file when the mapping has no network column. */
  readonly network: NetworkId | null;
  /** The plan's (brand's) currency; money in another one is refused. */
  readonly currency: string;
  /** Locale of numbers written as text (default `en`). */
  readonly locale?: string;
  /** Months (`yyyy-mm`, inclusive) the brand's KPIs span; null: any month up to today. */
  readonly span: { readonly from: string; readonly to: string } | null;
  /** Today (`yyyy-mm-dd`): months after the current one are refused. */
  readonly today: string;
  /** CSV written by Chorus: strip the apostrophe guarding formula-looking text. */
  readonly guarded?: boolean;
}

export interface ActualsValidation {
  readonly ok: boolean;
  /** Data rows read (blank rows skipped). */
  readonly rows: number;
  readonly errorRows: number;
  readonly errorCount: number;
  /** At most {@link MAX_LISTED_PROBLEMS}, in file order. */
  readonly problems: readonly ActualsProblem[];
  /** Month totals to store; empty unless `ok`. */
  readonly actuals: readonly ImportedActual[];
}

export const MAX_ACTUALS_IMPORT_ROWS = 20_000;
export const MAX_LISTED_PROBLEMS = 1000;
export const MAX_POST_REF_LENGTH = 500;

const GUARDED = /^'+[=+\-@\t\r]/;

function cellText(cell: string | number | null | undefined, guarded: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = cell.trim();
  return guarded && GUARDED.test(text) ? text.slice(1) : text;
}

/** A period cell: `yyyy-mm`, `yyyy-mm-dd` (a time may follow), `yyyymmdd` or `yyyymm` (GA4). */
export function periodCell(text: string): { month: string; day: string | null } | null {
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?$/.exec(text);
  match ??= /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) {
    const day = `${match[1]}-${match[2]}-${match[3]}`;
    const period = kpiPeriodOf(day, 'month');
    return period ? { month: period.key, day } : null;
  }
  const month = /^(\d{4})-?(\d{2})$/.exec(text);
  if (month) {
    const key = `${month[1]}-${month[2]}`;
    return parseKpiPeriod(key)?.kind === 'month' ? { month: key, day: null } : null;
  }
  return null;
}

interface Column {
  readonly header: string;
  readonly index: number;
}

/**
 * Checks every data record against the mapping and the brand. Problems: a mapped column
 * missing; a network unknown or missing; a period that is not a date or month, in the
 * future or outside the KPIs' span; a value that is not a number, negative, a fraction of
 * a count, a percentage over 100; money in a currency other than the plan's; the same
 * period × network × post twice (a day and its whole month count as the same). Day rows
 * are added up into months (flows summed, stocks such as followers at the latest day).
 */
export function validateActuals(
  header: ActualsRecord,
  records: readonly ActualsRecord[],
  mapping: ActualsMapping,
  context: ActualsContext,
): ActualsValidation {
  const guarded = context.guarded ?? false;
  const problems: ActualsProblem[] = [];
  let errorCount = 0;
  const errorRows = new Set<number>();
  const report = (row: number, column: string, code: ActualsProblemCode, message: string) => {
    errorCount += 1;
    if (row > 0) errorRows.add(row);
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ row, column, code, message });
  };
  const fail = (): ActualsValidation => ({
    ok: false,
    rows: records.length,
    errorRows: errorRows.size,
    errorCount,
    problems,
    actuals: [],
  });

  const headers = header.cells.map((cell) => cellText(cell, guarded));
  const find = (name: string | undefined): Column | null | undefined => {
    if (name === undefined || name === '') return undefined;
    const index = headers.findIndex((h) => h.toLowerCase() === name.trim().toLowerCase());
    if (index < 0) {
      report(0, name, 'column_missing', `The file has no column "${name}".`);
      return null;
    }
    return { header: headers[index]!, index };
  };
  const period = find(mapping.period);
  if (period === undefined)
    report(0, '', 'column_missing', 'Choose the column holding the date or month.');
  const network = find(mapping.network);
  const post = find(mapping.post);
  const currency = find(mapping.currency);
  const metricColumns: { metric: MetricId; column: Column; currency: string | null }[] = [];
  for (const [metric, name] of Object.entries(mapping.metrics) as [MetricId, string][]) {
    const column = find(name);
    if (column) metricColumns.push({ metric, column, currency: currencyInHeader(column.header) });
  }
  if (metricColumns.length === 0 && errorCount === 0) {
    report(0, '', 'no_metrics', 'Map at least one column to a metric.');
  }
  if (!network && !context.network) {
    report(0, '', 'network_missing', 'Choose the network of this file, or map a network column.');
  }
  for (const column of metricColumns) {
    if (
      column.currency &&
      METRICS[column.metric].unit === 'money' &&
      column.currency !== context.currency
    ) {
      report(
        0,
        column.column.header,
        'currency_mismatch',
        `This column is in ${column.currency}; the plan's currency is ${context.currency}.`,
      );
    }
  }
  if (records.length > MAX_ACTUALS_IMPORT_ROWS) {
    report(
      0,
      '',
      'too_many_rows',
      `The file has more than ${MAX_ACTUALS_IMPORT_ROWS} rows; split it.`,
    );
  }
  if (errorCount > 0 || !period) return fail();

  const currentMonth = context.today.slice(0, 7);
  const locale = context.locale ?? 'en';
  // network|post|month → the day rows seen (or 'month' for a whole-month row) and first line.
  const seen = new Map<string, { line: number; day: string | null }>();
  const sums = new Map<
    string,
    { actual: Omit<ImportedActual, 'value'>; value: number; day: string }
  >();

  for (const record of records) {
    const row = record.line;
    const text = (column: Column) => cellText(record.cells[column.index], guarded);
    const periodText = text(period);
    const when = periodCell(periodText);
    let rowOk = true;
    const bad = (column: string, code: ActualsProblemCode, message: string) => {
      rowOk = false;
      report(row, column, code, message);
    };
    if (!when) {
      bad(
        period.header,
        'period_invalid',
        `"${periodText}" is not a date (yyyy-mm-dd) or a month (yyyy-mm).`,
      );
    } else if (when.month > currentMonth) {
      bad(period.header, 'period_in_future', `${when.month} has not happened yet.`);
    } else if (context.span && (when.month < context.span.from || when.month > context.span.to)) {
      bad(
        period.header,
        'outside_span',
        `${when.month} is outside the KPIs' span (${context.span.from} to ${context.span.to}).`,
      );
    }
    let networkId = context.network;
    if (network) {
      const written = text(network);
      const found = written === '' ? context.network : networkFromText(written);
      if (!found)
        bad(network.header, 'network_unknown', `"${written}" is not a network Chorus knows.`);
      networkId = found;
    }
    let postRef: string | null = null;
    if (post) {
      postRef = text(post) || null;
      if (postRef && postRef.length > MAX_POST_REF_LENGTH) {
        bad(
          post.header,
          'post_too_long',
          `A post id or URL has at most ${MAX_POST_REF_LENGTH} characters.`,
        );
      }
    }
    let rowCurrency: string | null = null;
    if (currency) {
      const written = text(currency).toUpperCase();
      if (written !== '') {
        if (isCurrencyCode(written)) rowCurrency = written;
        else
          bad(currency.header, 'currency_invalid', `"${text(currency)}" is not a currency code.`);
      }
    }
    const values: { metric: MetricId; value: number }[] = [];
    for (const { metric, column, currency: inHeader } of metricColumns) {
      const raw = text(column);
      if (raw === '') continue;
      const unit = METRICS[metric].unit;
      if (unit === 'money') {
        const cur = rowCurrency ?? inHeader ?? context.currency;
        if (cur !== context.currency) {
          bad(
            currency?.header ?? column.header,
            'currency_mismatch',
            `Money in ${cur}; the plan's currency is ${context.currency}.`,
          );
          continue;
        }
        const parsed = parseMoney(
          raw,
          context.currency,
          typeof record.cells[column.index] === 'number' ? 'en' : locale,
        );
        if (!parsed.ok) bad(column.header, parsed.error, numberMessage(parsed.error, raw));
        else values.push({ metric, value: parsed.minor });
        continue;
      }
      const stripped = unit === 'percent' ? raw.replace(/\s*%$/, '') : raw;
      const parsed = parseQuantity(
        stripped,
        typeof record.cells[column.index] === 'number' ? 'en' : locale,
      );
      if (!parsed.ok) {
        bad(column.header, parsed.error, numberMessage(parsed.error, raw));
      } else if (unit === 'count' && !Number.isInteger(parsed.value)) {
        bad(
          column.header,
          'not_an_integer',
          `${METRICS[metric].label} is a whole number; "${raw}" is not.`,
        );
      } else if (METRICS[metric].capped100 && parsed.value > 100) {
        bad(
          column.header,
          'percent_over_100',
          `A share of the community cannot be over 100 %; "${raw}" is.`,
        );
      } else values.push({ metric, value: parsed.value });
    }
    if (when && networkId) {
      const key = `${networkId}|${postRef ?? ''}|${when.month}`;
      const dayKey = `${key}|${when.day ?? 'month'}`;
      const previous =
        seen.get(dayKey) ??
        (when.day === null ? seen.get(`${key}|any-day`) : seen.get(`${key}|month`));
      if (previous) {
        bad(
          period.header,
          'duplicate_row',
          when.day === null || previous.day === null
            ? `${when.month} on ${networkId} is already given on row ${previous.line} (a month row and day rows of the same month cannot be mixed).`
            : `${when.day} on ${networkId} is already given on row ${previous.line}.`,
        );
      } else {
        seen.set(dayKey, { line: row, day: when.day });
        if (when.day !== null && !seen.has(`${key}|any-day`))
          seen.set(`${key}|any-day`, { line: row, day: when.day });
      }
    }
    if (!rowOk || !when || !networkId || errorCount > 0) continue;
    const day = when.day ?? `${when.month}-99`;
    for (const { metric, value } of values) {
      const key = `${networkId}|${postRef ?? ''}|${when.month}|${metric}`;
      const sum = sums.get(key);
      if (!sum) {
        sums.set(key, {
          actual: { network: networkId, metric, periodKey: when.month, post: postRef },
          value,
          day,
        });
      } else if (METRICS[metric].aggregation === 'stock') {
        if (day >= sum.day) {
          sum.value = value;
          sum.day = day;
        }
      } else sum.value += value;
    }
  }
  if (errorCount > 0) return fail();
  const actuals = [...sums.values()].map(({ actual, value }) => ({ ...actual, value }));
  return { ok: true, rows: records.length, errorRows: 0, errorCount: 0, problems: [], actuals };
}

function numberMessage(error: string, raw: string): string {
  switch (error) {
    case 'negative':
      return `"${raw}" is negative; actuals are 0 or more.`;
    case 'too_many_decimals':
      return `"${raw}" has too many decimals.`;
    case 'too_large':
      return `"${raw}" is too large.`;
    default:
      return `"${raw}" is not a number.`;
  }
}
