import ExcelJS from 'exceljs';
import * as Y from 'yjs';
import { applyImport, MAX_IMPORT_ROWS } from '../import-plan.js';
import { readPlan } from '../read-plan.js';
import { buildPlanDoc, comparable } from '../testing/factories.js';
import { type ImportResult, MAX_IMPORT_BYTES, MAX_XLSX_UNPACKED_BYTES } from './types.js';
import { exportXlsx, parseXlsx } from './xlsx.js';
import { summariseZip } from './zip-guard.js';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function failure(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

function success(result: ImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result;
}

const HEADER = [
  'Block',
  'Channel',
  'Activity',
  'Objective',
  'Goal ID',
  'Pricing',
  '2027-01 Budget',
  '2027-01 Quantity',
  '2027-01 Note',
];

function settingsSheet(workbook: ExcelJS.Workbook, currency = 'EUR'): void {
  const sheet = workbook.addWorksheet('Settings');
  sheet.addRow(['Setting', 'Value']);
  sheet.addRow(['Flight start', new Date(Date.UTC(2027, 0, 1))]);
  sheet.addRow(['Flight end', '2027-01-31']);
  sheet.addRow(['Granularity', 'month']);
  sheet.addRow(['Currency', currency]);
}

describe('XLSX export', () => {
  it('writes a Plan sheet with frozen header and first columns, currency formats, widths and bold totals', async () => {
    const { doc } = buildPlanDoc();
    const workbook = await load(await exportXlsx(readPlan(doc)));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Plan', 'Settings']);
    const sheet = workbook.getWorksheet('Plan') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(sheet.getRow(1).getCell(7).value).toBe('2026-W53 Budget');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(3).width).toBe(28);
    expect(sheet.getCell('G2').value).toBe(1500);
    expect(sheet.getCell('G2').numFmt).toBe('#,##0.00 "EUR"');
    expect(sheet.getCell('H2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('D2').value).toBe('Reach, "new" parents');
    expect(sheet.getCell('AA2').value).toBe('=SUM(A1)');
    const labels = [6, 7, 8, 9].map((r) => sheet.getRow(r).getCell(1).value);
    expect(labels).toEqual(['Total PAID', 'Total OWNED', 'Total EARNED', 'Total']);
    for (const r of [6, 7, 8, 9]) expect(sheet.getRow(r).font?.bold).toBe(true);
  });

  it('writes totals as formulas whose cached results are the plan totals', async () => {
    const { doc } = buildPlanDoc();
    const view = readPlan(doc);
    const sheet = (await load(await exportXlsx(view))).getWorksheet('Plan') as ExcelJS.Worksheet;
    expect(sheet.getCell('G6').value).toEqual({
      formula: 'SUMIF($A$2:$A$5,"PAID",G$2:G$5)',
      result: 1500,
    });
    expect(sheet.getCell('G9').value).toEqual({ formula: 'SUM(G2:G5)', result: 1500 });
    expect(sheet.getCell('H9').value).toEqual({ formula: 'SUM(H2:H5)', result: 250000 });
    const total = sheet.getCell('AB9').value as { formula: string; result: number };
    expect(total.formula).toBe('SUMIF($G$1:$AA$1,"* Budget",$G9:$AA9)');
    expect(total.result).toBe(view.totals.overall.budget / 100);
    expect((sheet.getCell('AC2').value as { result: number }).result).toBe(250000.5);
    expect((sheet.getCell('AB8').value as { result: number }).result).toBe(12345.67);
  });

  it('writes the settings sheet', async () => {
    const { doc } = buildPlanDoc();
    const sheet = (await load(await exportXlsx(readPlan(doc)))).getWorksheet(
      'Settings',
    ) as ExcelJS.Worksheet;
    const rows = [1, 2, 3, 4, 5, 6].map((r) => [
      sheet.getCell(r, 1).value,
      sheet.getCell(r, 2).value,
    ]);
    expect(rows).toEqual([
      ['Setting', 'Value'],
      ['Flight start', '2026-12-30'],
      ['Flight end', '2027-02-10'],
      ['Granularity', 'week'],
      ['Currency', 'EUR'],
      ['Format version', '1'],
    ]);
  });

  it('writes values only for totals of a plan without rows', async () => {
    const { doc } = buildPlanDoc(undefined, []);
    const sheet = (await load(await exportXlsx(readPlan(doc)))).getWorksheet(
      'Plan',
    ) as ExcelJS.Worksheet;
    expect(sheet.getCell('A5').value).toBe('Total');
    expect(sheet.getCell('G5').value).toBe(0);
  });
});

describe('XLSX round trip', () => {
  it('rebuilds the sample plan exactly in a fresh document', async () => {
    const { doc } = buildPlanDoc();
    const original = readPlan(doc);
    const parsed = success(await parseXlsx(await exportXlsx(original)));
    expect(parsed.warnings).toEqual([]);
    const fresh = new Y.Doc();
    expect(applyImport(fresh, parsed.plan, 'replace')).toEqual({ ok: true });
    expect(comparable(readPlan(fresh))).toEqual(comparable(original));
  });

  it('rebuilds a plan in a three-decimal currency', async () => {
    const { doc } = buildPlanDoc(
      { flightStart: '2027-01-01', flightEnd: '2027-06-30', granularity: 'month', currency: 'KWD' },
      [
        {
          block: 'OWNED',
          fields: { channel: 'Community' },
          cells: { '2027-03': { budget: 1_234_567, quantity: 99.99 } },
        },
      ],
    );
    const original = readPlan(doc);
    const fresh = new Y.Doc();
    applyImport(fresh, success(await parseXlsx(await exportXlsx(original))).plan, 'replace');
    expect(comparable(readPlan(fresh))).toEqual(comparable(original));
  });
});

describe('XLSX import of workbooks made elsewhere', () => {
  it('reads text amounts, formulas, rich text and a date in the settings', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Media plan');
      sheet.addRow(HEADER);
      sheet.addRow([
        'paid',
        { richText: [{ text: 'Insta' }, { text: 'gram' }] },
        'Ads',
        '',
        42,
        'cpc',
        '1.234,5',
        { formula: '2*3', result: 6 },
        'n',
      ]);
      settingsSheet(workbook);
    });
    const parsed = success(await parseXlsx(bytes, { locale: 'de' }));
    expect(parsed.plan.settings).toEqual({
      flightStart: '2027-01-01',
      flightEnd: '2027-01-31',
      granularity: 'month',
      currency: 'EUR',
    });
    expect(parsed.plan.rows[0]).toMatchObject({
      block: 'PAID',
      channel: 'Instagram',
      goalId: '42',
      pricing: 'CPC',
    });
    expect(parsed.plan.rows[0]?.cells['2027-01']).toEqual({
      budget: 123450,
      quantity: 6,
      note: 'n',
    });
  });

  it('reports bad cells with their row and column', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Plan');
      sheet.addRow(HEADER);
      sheet.addRow(['PAID', 'a', 'b', '', '', '', 'ten euros', 1, '']);
      sheet.addRow(['PAID', 'a', 'b', '', '', '', -5, 1, '']);
      sheet.addRow(['PAID', 'a', 'b', '', '', '', 1.234, 1, '']);
      sheet.addRow([
        'OTHER',
        'a',
        'b',
        '',
        '',
        'CPV',
        1,
        { formula: '1/0', result: { error: '#DIV/0!' } },
        '',
      ]);
      settingsSheet(workbook);
    });
    const result = failure(await parseXlsx(bytes));
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '2027-01 Budget', 'budget_not_a_number'],
      [3, '2027-01 Budget', 'budget_negative'],
      [4, '2027-01 Budget', 'budget_too_many_decimals'],
      [5, 'Block', 'block_unknown'],
      [5, 'Pricing', 'pricing_unknown'],
      [5, '2027-01 Quantity', 'quantity_not_a_number'],
    ]);
  });

  it('refuses more than 5,000 rows with one clear error', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Plan');
      sheet.addRow(HEADER);
      for (let i = 0; i <= MAX_IMPORT_ROWS; i += 1) sheet.addRow(['PAID', `c${i}`, 'a']);
      settingsSheet(workbook);
    });
    const result = failure(await parseXlsx(bytes));
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.code).toBe('too_many_rows');
  });
});

describe('XLSX import of unreadable files', () => {
  it('answers one file_unreadable error for a damaged or foreign file', async () => {
    const { doc } = buildPlanDoc();
    const good = await exportXlsx(readPlan(doc));
    const damaged = good.slice();
    damaged.fill(0x41, 200, 2000);
    const samples = [
      good.slice(0, good.length / 2),
      damaged,
      new TextEncoder().encode('Block,Channel\nPAID,x'),
      new Uint8Array(5000).map((_, i) => (i * 7919) % 256),
    ];
    for (const bytes of samples) {
      const result = failure(await parseXlsx(bytes));
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.code).toBe('file_unreadable');
    }
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const result = failure(await parseXlsx(new Uint8Array(MAX_IMPORT_BYTES + 1)));
    expect(result.errors.map((e) => e.code)).toEqual(['file_too_large']);
  });

  it('refuses an archive whose parts declare more than the unpacked limit', async () => {
    const bomb = zipDeclaring(MAX_XLSX_UNPACKED_BYTES + 1);
    expect(summariseZip(bomb, MAX_XLSX_UNPACKED_BYTES)).toEqual({ ok: false, reason: 'too_large' });
    expect(failure(await parseXlsx(bomb)).errors.map((e) => e.code)).toEqual(['file_too_large']);
    expect(summariseZip(zipDeclaring(10), MAX_XLSX_UNPACKED_BYTES)).toEqual({
      ok: true,
      entries: 1,
      unpackedBytes: 10,
    });
  });
});

/** A one-entry ZIP whose central directory declares the given unpacked size. */
function zipDeclaring(size: number): Uint8Array {
  const name = new TextEncoder().encode('a.xml');
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint32(24, size, true);
  cv.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length, true);
  const zip = new Uint8Array(local.length + central.length + end.length);
  zip.set(local, 0);
  zip.set(central, local.length);
  zip.set(end, local.length + central.length);
  return zip;
}
