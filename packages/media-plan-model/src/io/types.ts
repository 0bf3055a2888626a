import { type ImportedPlan } from '../import-plan.js';
import { MAX_PERIODS } from '../periods.js';

/** Largest file either parser reads; checked before anything else. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Most errors a failed import lists; `errorCount` tells how many there were in all. */
export const MAX_IMPORT_ERRORS = 200;

/** Most bytes the parts of an XLSX file may unpack to (a guard against zip bombs). */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;

/**
 * Most bytes the parts of an XLSX file that exceljs parses (sheets, shared strings, styles:
 * all but the images under `xl/media/`) may unpack to. exceljs needs about 20 times their
 * size in memory; a plan of 5,000 rows × 52 weeks with every cell filled, as Chorus
 * exports it, unpacks to about 26 MB.
 */
export const MAX_XLSX_XML_BYTES = 32 * 1024 * 1024;

/**
 * Most fields a CSV line, or cells an XLSX row, may have: the six row columns, three per
 * period of the longest flight, and ten more (the two totals and a few foreign columns).
 */
export const MAX_IMPORT_COLUMNS = 6 + 3 * MAX_PERIODS + 10;

/** Why an import is refused. */
export type ImportErrorCode =
  | 'file_too_large'
  | 'file_empty'
  | 'file_unreadable'
  | 'csv_malformed'
  | 'header_missing'
  | 'column_missing'
  | 'column_duplicate'
  | 'column_period_invalid'
  | 'too_many_rows'
  | 'block_unknown'
  | 'pricing_unknown'
  | 'text_too_long'
  | 'row_id_invalid'
  | 'row_id_duplicate'
  | 'budget_not_a_number'
  | 'budget_negative'
  | 'budget_too_many_decimals'
  | 'budget_too_large'
  | 'quantity_not_a_number'
  | 'quantity_negative'
  | 'quantity_too_many_decimals'
  | 'quantity_too_large'
  | 'note_too_long'
  | 'settings_missing'
  | 'setting_invalid'
  | 'currency_missing'
  | 'flight_invalid'
  | 'total_too_large';

/** One problem of an imported file, with where it is. */
export interface ImportError {
  /** 1-based line (CSV, where the record starts) or row (XLSX); 0 for the whole file. */
  readonly row: number;
  /** Header name of the column ('' for the whole file or line). */
  readonly column: string;
  readonly code: ImportErrorCode;
  /** A sentence a person can act on. */
  readonly message: string;
}

/** Something the import did on its own that the person should know about. */
export type ImportWarningCode =
  | 'decoded_as_windows_1252'
  | 'decoded_as_utf16'
  | 'column_ignored'
  | 'setting_ignored'
  | 'settings_inferred'
  | 'cells_outside_flight';

/** A note on an accepted import. */
export interface ImportWarning {
  readonly row: number;
  readonly column: string;
  readonly code: ImportWarningCode;
  readonly message: string;
}

/** The outcome of parsing a file: a valid plan, or every problem (nothing is applied). */
export type ImportResult =
  | { readonly ok: true; readonly plan: ImportedPlan; readonly warnings: readonly ImportWarning[] }
  | {
      readonly ok: false;
      /** At most {@link MAX_IMPORT_ERRORS}, in file order. */
      readonly errors: readonly ImportError[];
      /** All errors found, listed or not. */
      readonly errorCount: number;
      readonly warnings: readonly ImportWarning[];
    };

/** Options of the parsers. */
export interface ParseOptions {
  /** Called with 0…1 as the file is read, for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * Locale of amounts written as text. Default: 'en', or 'de' for a semicolon-separated CSV
   * (Excel writes semicolons where the decimal separator is a comma).
   */
  readonly locale?: string;
  /** Currency to assume when the file has no settings (a sheet someone made by hand). */
  readonly currency?: string;
}
