import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../import-plan.js';
import { minorDigits, minorToMajor } from '../money.js';
import { type PlanView } from '../read-plan.js';
import {
  columnLetter,
  fileError,
  IMPORT_ROW_MARGIN,
  type InCell,
  interpretRecords,
  type InRecord,
  tooManyRows,
  warn,
} from './interpret.js';
import {
  BASE_COLUMNS,
  buildExportLayout,
  type OutCell,
  type OutLine,
  PERIOD_PARTS,
  SETTINGS_MARKER,
} from './layout.js';
import {
  type ImportResult,
  type ImportWarning,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_XLSX_UNPACKED_BYTES,
  MAX_XLSX_XML_BYTES,
  type ParseOptions,
} from './types.js';
import { checkXlsxZip, type ZipLimits, type ZipRefusal } from './zip-guard.js';

/** Name of the sheet holding the grid. */
export const PLAN_SHEET = 'Plan';
/** Name of the sheet holding flight, granularity and currency. */
export const SETTINGS_SHEET = 'Settings';

/**
 * Most `<row>` elements all parts of a workbook may hold, empty rows included, checked
 * before exceljs builds them: rows with values are checked against MAX_IMPORT_ROWS once it
 * has, but an empty row costs exceljs about 500 bytes too.
 */
export const MAX_XLSX_ROW_ELEMENTS = 50_000;

const FROZEN_COLUMNS = 3;
const FIRST_PERIOD_COLUMN = BASE_COLUMNS.length;
const WIDTHS = [10, 18, 28, 28, 14, 10, 24];

/**
 * The plan as an XLSX workbook. Sheet "Plan": the same columns and lines as the CSV export
 * (header row and the first three columns frozen), budgets as numbers in major units with a
 * number format naming the currency, quantities as numbers; row totals, block totals
 * (`SUMIF` on the Block column) and the overall total (`SUM`) are formulas whose cached
 * results are the plan's own totals, so the file shows them even where nothing recalculates;
 * totals lines are bold. Sheet "Settings": flight start, flight end, granularity, currency,
 * format version, as text.
 */
export async function exportXlsx(plan: PlanView): Promise<Uint8Array> {
  const layout = buildExportLayout(plan);
  const currency = plan.settings.currency;
  const digits = minorDigits(currency);
  const periods = layout.periodCount;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chorus';
  const sheet = workbook.addWorksheet(PLAN_SHEET, {
    views: [{ state: 'frozen', xSplit: FROZEN_COLUMNS, ySplit: 1 }],
  });

  const moneyFormat = `#,##0${digits > 0 ? `.${'0'.repeat(digits)}` : ''} "${currency}"`;
  const fractional = [...layout.rows, ...layout.totals].some((line) =>
    line.cells.some((cell) => cell.kind === 'quantity' && !Number.isInteger(cell.value)),
  );
  const quantityFormat = fractional ? '#,##0.00' : '#,##0';
  const totalBudgetColumn = FIRST_PERIOD_COLUMN + periods * PERIOD_PARTS.length;
  layout.header.forEach((_name, index) => {
    const column = sheet.getColumn(index + 1);
    if (index < FIRST_PERIOD_COLUMN) column.width = WIDTHS[index] ?? 12;
    else if (index >= totalBudgetColumn) {
      column.width = 16;
      column.numFmt = index === totalBudgetColumn ? moneyFormat : quantityFormat;
    } else {
      const part = (index - FIRST_PERIOD_COLUMN) % PERIOD_PARTS.length;
      column.width = part === 0 ? 14 : part === 1 ? 11 : 24;
      if (part === 0) column.numFmt = moneyFormat;
      if (part === 1) column.numFmt = quantityFormat;
    }
  });

  const headerRow = sheet.addRow([...layout.header]);
  headerRow.font = { bold: true };

  const firstData = 2;
  const lastData = layout.rows.length + 1;
  const withFormulas = layout.rows.length > 0 && periods > 0;
  const firstPeriod = columnLetter(FIRST_PERIOD_COLUMN);
  const lastPeriod = columnLetter(totalBudgetColumn - 1);
  const rowTotal = (rowNumber: number, part: 'Budget' | 'Quantity'): string =>
    `SUMIF($${firstPeriod}$1:$${lastPeriod}$1,"* ${part}",$${firstPeriod}${rowNumber}:$${lastPeriod}${rowNumber})`;

  const write = (line: OutLine, isTotal: boolean): void => {
    const rowNumber = sheet.rowCount + 1;
    const values = line.cells.map((cell, index): ExcelJS.CellValue => {
      const plain = cellValue(cell, currency);
      if (plain === null || periods === 0) return plain;
      if (index >= totalBudgetColumn) {
        return {
          formula: rowTotal(rowNumber, index === totalBudgetColumn ? 'Budget' : 'Quantity'),
          result: plain,
        };
      }
      if (!isTotal || !withFormulas || index < FIRST_PERIOD_COLUMN) return plain;
      const letter = columnLetter(index);
      const formula =
        line.block === null
          ? `SUM(${letter}${firstData}:${letter}${lastData})`
          : `SUMIF($A$${firstData}:$A$${lastData},"${line.block}",${letter}$${firstData}:${letter}$${lastData})`;
      return { formula, result: plain };
    });
    const row = sheet.addRow(values);
    if (isTotal) row.font = { bold: true };
  };
  for (const line of layout.rows) write(line, false);
  for (const line of layout.totals) write(line, true);

  const settings = workbook.addWorksheet(SETTINGS_SHEET);
  settings.getColumn(1).width = 16;
  settings.getColumn(2).width = 14;
  settings.addRow([SETTINGS_MARKER, 'Value']).font = { bold: true };
  for (const [label, value] of layout.settings) settings.addRow([label, value]);

  const buffer = (await workbook.xlsx.writeBuffer()) as unknown;
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer as ArrayBuffer);
}

function cellValue(cell: OutCell, currency: string): string | number | null {
  switch (cell.kind) {
    case 'text':
      return cell.value === '' ? null : cell.value;
    case 'money':
      return minorToMajor(cell.minor, currency);
    case 'quantity':
      return cell.value;
    case 'blank':
      return null;
  }
}

/**
 * Reads an XLSX workbook into a plan, validating everything; nothing is applied (see
 * applyImport). Reads the sheet "Plan" (or the first sheet) laid out as {@link exportXlsx}
 * writes it and the sheet "Settings" when present; totals lines are skipped and formula
 * cells read as their cached results. A file that is not a readable workbook gives one
 * `file_unreadable` error. Before exceljs sees the file, every part is inflated here with
 * an output limit (see checkXlsxZip): archives that unpack to more than they declare, or
 * past {@link MAX_XLSX_UNPACKED_BYTES} / {@link MAX_XLSX_XML_BYTES}, or to more than
 * {@link MAX_XLSX_ROW_ELEMENTS} rows are refused.
 */
export async function parseXlsx(
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
  const zip = await checkXlsxZip(bytes, XLSX_LIMITS);
  if (!zip.ok) return zipRefusal(zip.reason);
  options.onProgress?.(0.1);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return fileError(
      'file_unreadable',
      'This workbook is damaged or not an .xlsx file; Excel may be able to repair it.',
    );
  }
  options.onProgress?.(0.5);
  const sheet = workbook.getWorksheet(PLAN_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return fileError('file_empty', 'The workbook has no sheet.');
  const warnings: ImportWarning[] = [];
  const maxRecords = MAX_IMPORT_ROWS + IMPORT_ROW_MARGIN;
  const records = sheetRecords(sheet, warnings, maxRecords);
  if (!records) return tooManyRows(0, [], 'sheet');
  const settingsSheet = workbook.getWorksheet(SETTINGS_SHEET);
  let settings: InRecord[] | null = null;
  if (settingsSheet && settingsSheet !== sheet) {
    settings = sheetRecords(settingsSheet, warnings, maxRecords);
    if (!settings) return tooManyRows(0, [], 'sheet');
  }
  options.onProgress?.(0.6);
  return interpretRecords(records, settings, {
    options,
    defaultLocale: 'en',
    unguardText: false,
    warnings,
    progressFrom: 0.6,
  });
}

const XLSX_LIMITS: ZipLimits = {
  maxUnpacked: MAX_XLSX_UNPACKED_BYTES,
  maxParsed: MAX_XLSX_XML_BYTES,
  maxRowElements: MAX_XLSX_ROW_ELEMENTS,
};

function zipRefusal(reason: ZipRefusal): ImportResult {
  const mb = (bytes: number): number => bytes / 1024 / 1024;
  switch (reason) {
    case 'not_zip':
      return fileError(
        'file_unreadable',
        'This file is not an Excel workbook (.xlsx), or it is damaged.',
      );
    case 'damaged':
      return fileError(
        'file_unreadable',
        'This workbook is damaged, encrypted or compressed in a way that cannot be read; save it again from Excel as .xlsx.',
      );
    case 'size_mismatch':
      return fileError(
        'file_unreadable',
        'This workbook is damaged: one of its parts unpacks to another size than the file declares. It was not opened; save it again from Excel as .xlsx.',
      );
    case 'too_large':
      return fileError(
        'file_too_large',
        `The workbook unpacks to more than ${mb(MAX_XLSX_UNPACKED_BYTES)} MB.`,
      );
    case 'parsed_too_large':
      return fileError(
        'file_too_large',
        `The sheets of the workbook unpack to more than ${mb(MAX_XLSX_XML_BYTES)} MB; split the plan, or import it as CSV.`,
      );
    case 'too_many_rows':
      return fileError(
        'too_many_rows',
        `The sheets of the workbook hold more than ${MAX_XLSX_ROW_ELEMENTS.toLocaleString('en')} rows, empty ones included; a plan has at most ${MAX_IMPORT_ROWS}. Copy the plan alone into a new workbook.`,
      );
  }
}

/**
 * Rows with values as records, or null past `maxRecords` of them. Cells beyond
 * {@link MAX_IMPORT_COLUMNS} are left out (a plan never reaches them), with one
 * `column_ignored` warning naming the first row that has some (values or formatting).
 * Reads rows and cells by number rather than through exceljs's `eachRow` / `eachCell` /
 * `actualRowCount`, which walk all 16,384 columns of a row with a cell in the last one.
 */
function sheetRecords(
  sheet: ExcelJS.Worksheet,
  warnings: ImportWarning[],
  maxRecords: number,
): InRecord[] | null {
  const records: InRecord[] = [];
  let warned = false;
  const rowCount = sheet.rowCount;
  for (let rowNumber = 1; rowNumber <= rowCount; rowNumber += 1) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    const width = row.cellCount;
    const cells: InCell[] = [];
    let last = 0;
    for (let column = 1; column <= Math.min(width, MAX_IMPORT_COLUMNS); column += 1) {
      const value = normaliseCell(row.findCell(column)?.value);
      cells.push(value);
      if (value !== null) last = column;
    }
    if (width > MAX_IMPORT_COLUMNS && !warned) {
      // Not looked at, not even to see whether they hold values: 16,384 columns a row.
      warned = true;
      warn(
        warnings,
        rowNumber,
        columnLetter(MAX_IMPORT_COLUMNS),
        'column_ignored',
        `Cells beyond column ${columnLetter(MAX_IMPORT_COLUMNS - 1)} (the widest a media plan can be) were ignored, from row ${rowNumber} on.`,
      );
    }
    if (last === 0) continue;
    cells.length = last;
    if (records.length >= maxRecords) return null;
    records.push({ line: rowNumber, cells });
  }
  return records;
}

/** An exceljs cell value as text, a number or nothing. */
export function normaliseCell(value: unknown): InCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return (object.richText as { text?: unknown }[])
        .map((part) => (typeof part.text === 'string' ? part.text : ''))
        .join('');
    }
    if ('formula' in object || 'sharedFormula' in object) return normaliseCell(object.result);
    if (typeof object.text === 'string') return object.text;
    if (typeof object.error === 'string') return object.error;
  }
  return null;
}
