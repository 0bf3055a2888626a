import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../import-plan.js';
import { minorDigits, minorToMajor } from '../money.js';
import { type PlanView } from '../read-plan.js';
import {
  columnLetter,
  fileError,
  type InCell,
  interpretRecords,
  type InRecord,
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
  MAX_IMPORT_BYTES,
  MAX_XLSX_UNPACKED_BYTES,
  type ParseOptions,
} from './types.js';
import { summariseZip } from './zip-guard.js';

/** Name of the sheet holding the grid. */
export const PLAN_SHEET = 'Plan';
/** Name of the sheet holding flight, granularity and currency. */
export const SETTINGS_SHEET = 'Settings';

const FROZEN_COLUMNS = 3;
const FIRST_PERIOD_COLUMN = BASE_COLUMNS.length;
const WIDTHS = [10, 18, 28, 28, 14, 10];

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
 * `file_unreadable` error.
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
  const zip = summariseZip(bytes, MAX_XLSX_UNPACKED_BYTES);
  if (!zip.ok) {
    return zip.reason === 'too_large'
      ? fileError(
          'file_too_large',
          `The workbook unpacks to more than ${MAX_XLSX_UNPACKED_BYTES / 1024 / 1024} MB.`,
        )
      : fileError(
          'file_unreadable',
          'This file is not an Excel workbook (.xlsx), or it is damaged.',
        );
  }
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
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 100) {
    return {
      ok: false,
      errors: [
        {
          row: 0,
          column: '',
          code: 'too_many_rows',
          message: `The sheet has more than ${MAX_IMPORT_ROWS} rows; split it — nothing was imported.`,
        },
      ],
      errorCount: 1,
      warnings: [],
    };
  }
  const records = sheetRecords(sheet);
  const settingsSheet = workbook.getWorksheet(SETTINGS_SHEET);
  const settings = settingsSheet && settingsSheet !== sheet ? sheetRecords(settingsSheet) : null;
  options.onProgress?.(0.6);
  return interpretRecords(records, settings, {
    options,
    defaultLocale: 'en',
    unguardText: false,
    warnings: [],
    progressFrom: 0.6,
  });
}

function sheetRecords(sheet: ExcelJS.Worksheet): InRecord[] {
  const records: InRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: InCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = normaliseCell(cell.value);
    });
    records.push({ line: rowNumber, cells });
  });
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
