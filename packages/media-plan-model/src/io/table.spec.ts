import ExcelJS from 'exceljs';
import {
  readCsvTable,
  readXlsxTable,
  unguardCell,
  writeTableCsv,
  writeTableXlsx,
} from './table.js';

const LIMITS = { maxRecords: 10, maxFields: 10 };
const HEADER = ['Title', 'Text', 'Publish at'];
const ROWS = [
  ['=HYPERLINK("x")', 'שלום, "world"\nline two', '2027-03-29 09:30'],
  ['@mention', '', null],
];

describe('plain tables', () => {
  it('writes CSV with a BOM and guarded formulas, and reads it back', () => {
    const bytes = writeTableCsv(HEADER, ROWS);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = readCsvTable(bytes, LIMITS);
    if (!read.ok) throw new Error(read.reason);
    expect(read.guarded).toBe(true);
    expect(read.records.map((r) => r.cells.map((c) => unguardCell(String(c ?? ''))))).toEqual([
      HEADER,
      ['=HYPERLINK("x")', 'שלום, "world"\nline two', '2027-03-29 09:30'],
      ['@mention', '', ''],
    ]);
    expect(read.records[1]?.cells[0]).toBe('\'=HYPERLINK("x")');
  });

  it('writes XLSX text cells (no formulas) and reads them back', async () => {
    const read = await readXlsxTable(await writeTableXlsx('Posts', HEADER, ROWS), LIMITS);
    if (!read.ok) throw new Error(read.reason);
    expect(read.records.map((r) => r.cells)).toEqual([HEADER, ROWS[0], ['@mention']]);
  });

  it('reads dates of a workbook made elsewhere with their time of day', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Anything');
    sheet.addRow(['Date']);
    sheet.addRow([new Date(Date.UTC(2027, 2, 29, 18, 45))]);
    sheet.addRow([new Date(Date.UTC(2027, 2, 30))]);
    const read = await readXlsxTable(new Uint8Array(await workbook.xlsx.writeBuffer()), LIMITS);
    if (!read.ok) throw new Error(read.reason);
    expect(read.records.map((r) => r.cells[0])).toEqual(['Date', '2027-03-29 18:45', '2027-03-30']);
  });

  it('refuses more records than allowed, and files that are not tables', async () => {
    const many = writeTableCsv(
      ['A'],
      Array.from({ length: 20 }, (_, i) => [`r${i}`]),
    );
    expect(readCsvTable(many, LIMITS)).toMatchObject({ ok: false, reason: 'too_many_rows' });
    expect(readCsvTable(new Uint8Array(), LIMITS)).toMatchObject({ reason: 'file_empty' });
    const notZip = new TextEncoder().encode('Title\nx\n');
    expect(await readXlsxTable(notZip, LIMITS)).toMatchObject({ reason: 'file_unreadable' });
  });
});
