// Turns the records of a file (CSV lines or XLSX rows) into a validated ImportedPlan,
// collecting every problem with its line and column before anything is applied. The steps
// live in ./interpret-steps: records (sections, cell text), header, settings, rows (with
// amounts), problems (the error list and whole-file refusals).
import { type ImportedPlan, type ImportedRow, MAX_IMPORT_ROWS } from '../import-plan.js';
import { readHeader } from './interpret-steps/header.js';
import { ErrorList, fileError, tooManyRows, warn } from './interpret-steps/problems.js';
import { type InRecord, splitSections } from './interpret-steps/records.js';
import { isPlanRecord, readRow, rowReader } from './interpret-steps/rows.js';
import {
  readSettingLines,
  settleCurrency,
  settleFlight,
  settleGranularity,
} from './interpret-steps/settings.js';
import { type ImportResult, type ImportWarning, type ParseOptions } from './types.js';

export {
  ErrorList,
  fileError,
  IMPORT_ROW_MARGIN,
  tooManyRows,
  warn,
} from './interpret-steps/problems.js';
export { columnLetter, type InCell, type InRecord, textOf } from './interpret-steps/records.js';

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

const YIELD_EVERY = 1000;

/** Reads records into a plan: header, rows, totals (skipped), settings. */
export async function interpretRecords(
  records: readonly InRecord[],
  settingsSheet: readonly InRecord[] | null,
  context: InterpretContext,
): Promise<ImportResult> {
  const { warnings, options } = context;
  const errors = new ErrorList();

  const sections = splitSections(records, settingsSheet);
  if (!sections.header) return fileError('file_empty', 'The file has no lines.', warnings);
  const header = readHeader(sections.header, errors, warnings);
  if (!header) return errors.failure(warnings);

  const declared = readSettingLines(sections.settings, errors, warnings);
  const { granularity, periods } = settleGranularity(header, declared, errors);
  const { flightStart, flightEnd } = settleFlight([...periods.keys()], declared, errors, warnings);
  const currency = settleCurrency(declared, options.currency, errors);
  if (errors.count > 0 || !granularity || !flightStart || !flightEnd || !currency) {
    return errors.failure(warnings);
  }

  const reader = rowReader({
    header,
    periods,
    flight: { start: flightStart, end: flightEnd },
    currency,
    locale: options.locale ?? context.defaultLocale,
    unguardText: context.unguardText,
  });
  const rows: ImportedRow[] = [];
  let totalBudget = 0;
  let outside = 0;
  let processed = 0;
  for (const record of sections.data) {
    processed += 1;
    if (processed % YIELD_EVERY === 0) await report(context, processed / sections.data.length);
    if (!isPlanRecord(record, header)) continue;
    if (rows.length >= MAX_IMPORT_ROWS) return tooManyRows(record.line, warnings);
    const read = readRow(record, reader, errors);
    rows.push(read.row);
    totalBudget += read.budget;
    outside += read.outside;
  }
  if (!Number.isSafeInteger(totalBudget)) {
    errors.add(
      0,
      '',
      'total_too_large',
      'The budgets add up to more than this app can total exactly.',
    );
  }
  if (errors.count > 0) return errors.failure(warnings);
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

async function report(context: InterpretContext, fraction: number): Promise<void> {
  const onProgress = context.options.onProgress;
  if (!onProgress) return;
  onProgress(context.progressFrom + (1 - context.progressFrom) * Math.min(1, fraction));
  // Let a browser paint the progress bar between chunks.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
