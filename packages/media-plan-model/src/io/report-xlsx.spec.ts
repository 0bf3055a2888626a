import ExcelJS from 'exceljs';
import { sheetNameOf, writeReportXlsx } from './report-xlsx.js';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('writeReportXlsx', () => {
  it('writes a sheet per table with numbers as numbers, text as text (never a formula) and a bold header', async () => {
    const bytes = await writeReportXlsx([
      {
        name: 'KPIs',
        rows: [
          ['KPI', 'Month', 'Target', 'Actual'],
          ['Engagement rate', '2027-03', 0.04, 0.051],
          ['=HYPERLINK("http://evil")', '2027-04', null, '— no members'],
        ],
      },
      {
        name: 'نتایج',
        rows: [
          ['Network', 'ROI'],
          ['Instagram', 1.25],
        ],
      },
    ]);
    const book = await load(bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['KPIs', 'نتایج']);
    const kpis = book.getWorksheet('KPIs')!;
    expect(kpis.getRow(1).font?.bold).toBe(true);
    expect(kpis.getCell('C2').value).toBe(0.04);
    expect(kpis.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(kpis.getCell('A3').value).toBe('=HYPERLINK("http://evil")');
    expect(kpis.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(kpis.getCell('C3').value).toBeNull();
    expect(book.getWorksheet('نتایج')!.getCell('B2').value).toBe(1.25);
  });

  it('names sheets as Excel allows: no [ ] : * ? / \\, at most 31 characters, unique', () => {
    const taken = new Set<string>();
    const first = sheetNameOf('Results: 2027/03 [draft]', taken);
    expect(first).toBe('Results  2027 03  draft');
    taken.add(first.toLowerCase());
    expect(sheetNameOf('Results: 2027/03 [draft]', taken)).toBe('Results  2027 03  draft (2)');
    expect(sheetNameOf('x'.repeat(40), new Set())).toHaveLength(31);
    expect(sheetNameOf('///', new Set())).toBe('Sheet');
  });
});
