// How the interpretation reports: errors collected in file order, warnings, and the
// results of a file refused as a whole.
import { MAX_IMPORT_ROWS } from '../../import-plan.js';
import {
  type ImportError,
  type ImportErrorCode,
  type ImportResult,
  type ImportWarning,
  type ImportWarningCode,
  MAX_IMPORT_ERRORS,
} from '../types.js';

/** Collects errors in file order, keeping the first {@link MAX_IMPORT_ERRORS}. */
export class ErrorList {
  readonly list: ImportError[] = [];
  count = 0;

  add(row: number, column: string, code: ImportErrorCode, message: string): void {
    this.count += 1;
    if (this.list.length < MAX_IMPORT_ERRORS) this.list.push({ row, column, code, message });
  }

  /** The failed result listing the errors collected so far. */
  failure(warnings: readonly ImportWarning[]): ImportResult {
    return { ok: false, errors: this.list, errorCount: this.count, warnings };
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
