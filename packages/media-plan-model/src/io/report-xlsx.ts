import ExcelJS from 'exceljs';

/** A cell of a report: text, a number (kept a number in the workbook) or nothing. */
export type ReportCell = string | number | null;

/** One sheet of a report: its rows, the first one its header (bold, frozen). */
export interface ReportSheet {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<ReportCell>>;
}

/** What Excel forbids in a sheet name, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/** A sheet name Excel accepts: forbidden characters replaced, at most 31, unique in the book. */
export function sheetNameOf(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .replace(SHEET_NAME_FORBIDDEN, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, SHEET_NAME_MAX) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
  }
  return candidate;
}

/**
 * A report as an XLSX workbook: a sheet per table, numbers as numbers (so a spreadsheet
 * sums and charts them), text as text — never a formula, whatever it starts with — and
 * each sheet's first row bold and frozen, its columns as wide as their longest cell.
 */
export async function writeReportXlsx(sheets: readonly ReportSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chorus';
  const taken = new Set<string>();
  for (const { name, rows } of sheets) {
    const sheetName = sheetNameOf(name, taken);
    taken.add(sheetName.toLowerCase());
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths: number[] = [];
    rows.forEach((row, index) => {
      const added = sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
      if (index === 0) added.font = { bold: true };
      row.forEach((cell, column) => {
        const length = cell === null ? 0 : String(cell).length;
        widths[column] = Math.max(widths[column] ?? 8, Math.min(60, length + 2));
      });
    });
    widths.forEach((width, column) => {
      sheet.getColumn(column + 1).width = width;
    });
  }
  const buffer = (await workbook.xlsx.writeBuffer()) as unknown;
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer as ArrayBuffer);
}
