// Plain tables (a header line and records) in CSV and XLSX, for imports and exports other
// than media plans (posts). Shares the media plan's readers and their guards: encoding
// detection, the CSV tokenizer with its limits, the zip-bomb check before exceljs sees a
// workbook, and the formula guard on CSV text.
import ExcelJS from 'exceljs';
import { csvField, detectDelimiter, tokenizeCsv } from './csv-text.js';
import { decodeText } from './decode.js';
import { type InCell, type InRecord } from './interpret.js';
import { MAX_IMPORT_BYTES, MAX_XLSX_UNPACKED_BYTES, MAX_XLSX_XML_BYTES } from './types.js';
import { checkXlsxZip } from './zip-guard.js';

/** How much a table reader reads before it refuses the file. */
export interface TableLimits {
  /** Non-blank records, the header included. */
  readonly maxRecords: number;
  /** Fields (cells) of one record. */
  readonly maxFields: number;
}

/** Why a table could not be read at all. */
export type TableRefusal =
  | 'file_too_large'
  | 'file_empty'
  | 'file_unreadable'
  | 'csv_malformed'
  | 'too_many_rows'
  | 'too_many_columns';

/** Records of a table (header first), or why there are none. */
export type TableRead =
  | {
      readonly ok: true;
      readonly records: readonly InRecord[];
      /** CSV text that was not UTF-8 and was read as Windows-1252. */
      readonly legacyEncoding: boolean;
      /** CSV read from text: strip the apostrophe the export puts before = + - @. */
      readonly guarded: boolean;
    }
  | { readonly ok: false; readonly reason: TableRefusal; readonly line: number };

const GUARDED = /^'+[=+\-@\t\r]/;

/** Text of a CSV cell as exported by {@link writeTableCsv}, without its formula guard. */
export function unguardCell(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

/** Reads a CSV file (UTF-8, UTF-16 with BOM or Windows-1252; `,` `;` or tab) into records. */
export function readCsvTable(bytes: Uint8Array, limits: TableLimits): TableRead {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refuse('file_too_large');
  if (bytes.byteLength === 0) return refuse('file_empty');
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse('file_unreadable');
  const delimiter = detectDelimiter(decoded.text);
  const tokenized = tokenizeCsv(decoded.text, delimiter, limits);
  if (!tokenized.ok) {
    const reason =
      tokenized.reason === 'unclosed_quote'
        ? 'csv_malformed'
        : tokenized.reason === 'too_many_records'
          ? 'too_many_rows'
          : 'too_many_columns';
    return refuse(reason, tokenized.line);
  }
  if (tokenized.records.length === 0) return refuse('file_empty');
  return {
    ok: true,
    records: tokenized.records,
    legacyEncoding: decoded.encoding === 'windows-1252',
    guarded: true,
  };
}

/**
 * Reads the first sheet of an XLSX workbook into records, after the same zip checks as a
 * media-plan import. Dates become `yyyy-mm-dd` or `yyyy-mm-dd HH:mm` (the wall-clock time
 * the sheet shows), formulas their cached results.
 */
export async function readXlsxTable(bytes: Uint8Array, limits: TableLimits): Promise<TableRead> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refuse('file_too_large');
  if (bytes.byteLength === 0) return refuse('file_empty');
  const zip = await checkXlsxZip(bytes, {
    maxUnpacked: MAX_XLSX_UNPACKED_BYTES,
    maxParsed: MAX_XLSX_XML_BYTES,
    // Empty rows count too (formatting); as generous as a media-plan import.
    maxRowElements: Math.max(50_000, limits.maxRecords * 4),
  });
  if (!zip.ok) {
    return refuse(
      zip.reason === 'too_large' || zip.reason === 'parsed_too_large'
        ? 'file_too_large'
        : zip.reason === 'too_many_rows'
          ? 'too_many_rows'
          : 'file_unreadable',
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return refuse('file_unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return refuse('file_empty');
  const records: InRecord[] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    const width = Math.min(row.cellCount, limits.maxFields);
    const cells: InCell[] = [];
    let last = 0;
    for (let column = 1; column <= width; column += 1) {
      const value = tableCell(row.findCell(column)?.value);
      cells.push(value);
      if (value !== null && value !== '') last = column;
    }
    if (last === 0) continue;
    cells.length = last;
    if (records.length >= limits.maxRecords) return refuse('too_many_rows', rowNumber);
    records.push({ line: rowNumber, cells });
  }
  if (records.length === 0) return refuse('file_empty');
  return { ok: true, records, legacyEncoding: false, guarded: false };
}

/** A table as CSV: UTF-8 with a BOM, CRLF, RFC 4180 quoting, formula-looking text guarded. */
export function writeTableCsv(
  header: readonly string[],
  rows: Iterable<readonly (string | null)[]>,
): Uint8Array {
  const lines = [header.map((h) => csvField(h, true)).join(',')];
  for (const row of rows) lines.push(row.map((cell) => csvField(cell ?? '', true)).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** A table as an XLSX workbook of one sheet, every cell text, the header bold and frozen. */
export async function writeTableXlsx(
  sheetName: string,
  header: readonly string[],
  rows: Iterable<readonly (string | null)[]>,
  widths: readonly number[] = [],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chorus';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  header.forEach((_name, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = widths[index] ?? 18;
    column.numFmt = '@';
  });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  const buffer = (await workbook.xlsx.writeBuffer()) as unknown;
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer as ArrayBuffer);
}

function refuse(reason: TableRefusal, line = 0): TableRead {
  return { ok: false, reason, line };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An exceljs cell value as text, a number or nothing; dates keep their time of day. */
function tableCell(value: unknown): InCell {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const date = value.toISOString().slice(0, 10);
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    return h === 0 && m === 0 ? date : `${date} ${pad(h)}:${pad(m)}`;
  }
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return (object.richText as { text?: unknown }[])
        .map((part) => (typeof part.text === 'string' ? part.text : ''))
        .join('');
    }
    if ('formula' in object || 'sharedFormula' in object) return tableCell(object.result);
    if (typeof object.text === 'string') return object.text;
    if (typeof object.error === 'string') return object.error;
  }
  return null;
}
