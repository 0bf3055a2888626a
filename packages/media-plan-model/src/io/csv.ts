import { MAX_IMPORT_ROWS } from '../import-plan.js';
import { minorToDecimal } from '../money.js';
import { type PlanView } from '../read-plan.js';
import { csvField, detectDelimiter, tokenizeCsv } from './csv-text.js';
import { decodeText } from './decode.js';
import { fileError, IMPORT_ROW_MARGIN, interpretRecords, tooManyRows, warn } from './interpret.js';
import { buildExportLayout, type OutCell, SETTINGS_MARKER } from './layout.js';
import {
  type ImportResult,
  type ImportWarning,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  type ParseOptions,
} from './types.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The plan as CSV: UTF-8 with a BOM (so Excel reads the accents), comma-separated, CRLF,
 * RFC 4180 quoting. A header line; one line per row (block, channel, activity, objective,
 * goal id, pricing, then budget / quantity / note for each period of the flight, then the
 * row's totals); `Total PAID`, `Total OWNED`, `Total EARNED` and `Total` lines; an empty
 * line; then `Setting,Value` and one line per setting. Amounts are decimals in major units
 * with '.' and no grouping (`1234.56`); zero amounts of rows are left empty. Text a
 * spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe,
 * which {@link parseCsv} removes.
 */
export function exportCsv(plan: PlanView): Uint8Array {
  const layout = buildExportLayout(plan);
  const currency = plan.settings.currency;
  const value = (cell: OutCell): string => {
    switch (cell.kind) {
      case 'text':
        return csvField(cell.value, true);
      case 'money':
        return minorToDecimal(cell.minor, currency);
      case 'quantity':
        return String(cell.value);
      case 'blank':
        return '';
    }
  };
  const lines: string[] = [layout.header.map((h) => csvField(h, true)).join(',')];
  for (const line of [...layout.rows, ...layout.totals])
    lines.push(line.cells.map(value).join(','));
  lines.push('');
  lines.push(`${SETTINGS_MARKER},Value`);
  for (const [label, setting] of layout.settings) {
    lines.push(`${csvField(label, true)},${csvField(setting, true)}`);
  }
  return new TextEncoder().encode(BOM + lines.join(CRLF) + CRLF);
}

/**
 * Reads a CSV file into a plan, validating everything; nothing is applied (see
 * applyImport). Refuses files over {@link MAX_IMPORT_BYTES} before reading them. Reads
 * UTF-8 (BOM or not) and UTF-16 with a BOM; other bytes are read as Windows-1252 with a
 * `decoded_as_windows_1252` warning. The delimiter (',', ';' or tab) is detected from the
 * header line; text amounts follow `options.locale`, by default 'en' — or 'de' in a
 * semicolon-separated file. Lines whose block starts with "Total" are skipped. Stops
 * reading at the first line beyond the rows an import may bring (with their header, totals
 * and settings) or a line with more fields than {@link MAX_IMPORT_COLUMNS}.
 */
export async function parseCsv(
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ImportResult> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fileError(
      'file_too_large',
      `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    );
  }
  if (bytes.byteLength === 0) return fileError('file_empty', 'The file is empty.');
  const warnings: ImportWarning[] = [];
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return fileError(
      'file_unreadable',
      decoded.reason === 'xlsx'
        ? 'This is an Excel workbook, not a CSV file; import it as XLSX.'
        : 'This is not a text file.',
    );
  }
  if (decoded.encoding === 'windows-1252') {
    warn(
      warnings,
      0,
      '',
      'decoded_as_windows_1252',
      'The file is not UTF-8; it was read as Windows-1252 (Western European). If letters look wrong, save it as "CSV UTF-8" and import it again.',
    );
  } else if (decoded.guessed) {
    warn(
      warnings,
      0,
      '',
      'decoded_as_utf16',
      'The file has no byte-order mark; it was read as UTF-16.',
    );
  }
  options.onProgress?.(0.1);
  const delimiter = detectDelimiter(decoded.text);
  const tokenized = tokenizeCsv(decoded.text, delimiter, {
    maxRecords: MAX_IMPORT_ROWS + IMPORT_ROW_MARGIN,
    maxFields: MAX_IMPORT_COLUMNS,
  });
  if (!tokenized.ok) {
    if (tokenized.reason === 'too_many_records') return tooManyRows(tokenized.line, warnings);
    return {
      ok: false,
      errors: [
        {
          row: tokenized.line,
          column: '',
          code: 'csv_malformed',
          message:
            tokenized.reason === 'unclosed_quote'
              ? 'A quoted field opened on this line is never closed.'
              : `Line ${tokenized.line} has more than ${MAX_IMPORT_COLUMNS} fields, more than a media plan has columns; check the delimiter and the quotes.`,
        },
      ],
      errorCount: 1,
      warnings,
    };
  }
  options.onProgress?.(0.3);
  return interpretRecords(tokenized.records, null, {
    options,
    defaultLocale: delimiter === ';' ? 'de' : 'en',
    unguardText: true,
    warnings,
    progressFrom: 0.3,
  });
}
