import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import * as Y from 'yjs';
import { applyImport, MAX_IMPORT_ROWS } from '../import-plan.js';
import { readPlan } from '../read-plan.js';
import { buildPlanDoc, comparable } from '../testing/factories.js';
import { deflateBomb, unzip, zip, type ZipPart } from '../testing/zip.js';
import { columnLetter } from './interpret.js';
import {
  type ImportResult,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_XLSX_UNPACKED_BYTES,
  MAX_XLSX_XML_BYTES,
} from './types.js';
import { exportXlsx, MAX_XLSX_ROW_ELEMENTS, parseXlsx } from './xlsx.js';
import { checkXlsxZip, countRowElements } from './zip-guard.js';

/**
 * A bound that catches a parser walking the whole input (minutes), never a slow machine:
 * these files parse in ~0.1 s when quiet. Speed itself is measured by benchmarks.
 */
const SANITY_MS = 20_000;

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
    expect(sheet.getRow(1).getCell(8).value).toBe('2026-W53 Budget');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(3).width).toBe(28);
    expect(sheet.getCell('H2').value).toBe(1500);
    expect(sheet.getCell('H2').numFmt).toBe('#,##0.00 "EUR"');
    expect(sheet.getCell('I2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('D2').value).toBe('Reach, "new" parents');
    expect(sheet.getCell('AB2').value).toBe('=SUM(A1)');
    const labels = [6, 7, 8, 9].map((r) => sheet.getRow(r).getCell(1).value);
    expect(labels).toEqual(['Total PAID', 'Total OWNED', 'Total EARNED', 'Total']);
    for (const r of [6, 7, 8, 9]) expect(sheet.getRow(r).font?.bold).toBe(true);
  });

  it('writes totals as formulas whose cached results are the plan totals', async () => {
    const { doc } = buildPlanDoc();
    const view = readPlan(doc);
    const sheet = (await load(await exportXlsx(view))).getWorksheet('Plan') as ExcelJS.Worksheet;
    expect(sheet.getCell('H6').value).toEqual({
      formula: 'SUMIF($A$2:$A$5,"PAID",H$2:H$5)',
      result: 1500,
    });
    expect(sheet.getCell('H9').value).toEqual({ formula: 'SUM(H2:H5)', result: 1500 });
    expect(sheet.getCell('I9').value).toEqual({ formula: 'SUM(I2:I5)', result: 250000 });
    const total = sheet.getCell('AC9').value as { formula: string; result: number };
    expect(total.formula).toBe('SUMIF($H$1:$AB$1,"* Budget",$H9:$AB9)');
    expect(total.result).toBe(view.totals.overall.budget / 100);
    expect((sheet.getCell('AD2').value as { result: number }).result).toBe(250000.5);
    expect((sheet.getCell('AC8').value as { result: number }).result).toBe(12345.67);
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
    expect(sheet.getCell('H5').value).toBe(0);
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

describe('XLSX round trip at the end of the supported years', () => {
  it('keeps the week 3000-W01 that holds 30 and 31 December 2999', async () => {
    const { doc } = buildPlanDoc(
      { flightStart: '2999-12-01', flightEnd: '2999-12-31', granularity: 'week', currency: 'EUR' },
      [{ block: 'PAID', fields: { channel: 'Last' }, cells: { '3000-W01': { budget: 4200 } } }],
    );
    const original = readPlan(doc);
    expect(original.periods.at(-1)?.key).toBe('3000-W01');
    expect(original.blocks.PAID[0]?.cells['3000-W01']?.budget).toBe(4200);
    const parsed = success(await parseXlsx(await exportXlsx(original)));
    const fresh = new Y.Doc();
    expect(applyImport(fresh, parsed.plan, 'replace')).toEqual({ ok: true });
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

  it('takes numbers with floating-point noise exactly, and refuses real extra decimals', async () => {
    const amounts = [6666.6666, 12345.678, 1234567.891, 333.3333, 1234567.89, 99999999999.99, 0.1];
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Plan');
      sheet.addRow(HEADER);
      for (const amount of amounts) sheet.addRow(['PAID', 'a', 'b', '', '', '', amount, 0.29, '']);
      settingsSheet(workbook, 'USD');
    });
    const result = failure(await parseXlsx(bytes));
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'budget_too_many_decimals'],
      [3, 'budget_too_many_decimals'],
      [4, 'budget_too_many_decimals'],
      [5, 'budget_too_many_decimals'],
    ]);
    const good = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Plan');
      sheet.addRow(HEADER);
      for (const amount of amounts.slice(4)) {
        sheet.addRow(['PAID', 'a', 'b', '', '', '', amount, 1_000_000_000.07, '']);
      }
      settingsSheet(workbook, 'USD');
    });
    const cells = success(await parseXlsx(good)).plan.rows.map((r) => r.cells['2027-01']);
    expect(cells.map((c) => c?.budget)).toEqual([123456789, 9999999999999, 10]);
    expect(cells.map((c) => c?.quantity)).toEqual([
      1_000_000_000.07, 1_000_000_000.07, 1_000_000_000.07,
    ]);
  });

  it('ignores cells beyond the widest plan, with a warning, without walking 16,384 columns', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Plan');
      sheet.addRow(HEADER);
      for (let r = 2; r <= 501; r += 1) {
        sheet.getCell(r, 1).value = 'PAID';
        sheet.getCell(r, 2).value = `c${r}`;
        sheet.getCell(r, 3).value = 'a';
        sheet.getCell(r, 16_384).value = 'far away';
      }
      sheet.getCell(1, MAX_IMPORT_COLUMNS).value = 'Just inside';
      settingsSheet(workbook);
    });
    const started = performance.now();
    const parsed = success(await parseXlsx(bytes));
    expect(performance.now() - started).toBeLessThan(SANITY_MS);
    expect(parsed.plan.rows).toHaveLength(500);
    expect(parsed.warnings.map((w) => [w.row, w.column, w.code])).toEqual([
      [2, columnLetter(MAX_IMPORT_COLUMNS), 'column_ignored'],
      [1, 'Just inside', 'column_ignored'],
    ]);
    expect(parsed.warnings[0]?.message).toContain(
      `beyond column ${columnLetter(MAX_IMPORT_COLUMNS - 1)}`,
    );
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

  it('refuses an archive whose parts declare more than the unpacked limits', async () => {
    const declaring = (name: string, size: number): Uint8Array =>
      zip([{ name, deflated: new Uint8Array([0x03, 0x00]), size }]);
    const huge = failure(await parseXlsx(declaring('xl/media/a.png', MAX_XLSX_UNPACKED_BYTES + 1)));
    expect(huge.errors.map((e) => e.code)).toEqual(['file_too_large']);
    expect(huge.errors[0]?.message).toBe('The workbook unpacks to more than 100 MB.');
    const sheets = failure(
      await parseXlsx(declaring('xl/worksheets/sheet1.xml', MAX_XLSX_XML_BYTES + 1)),
    );
    expect(sheets.errors.map((e) => e.code)).toEqual(['file_too_large']);
    expect(sheets.errors[0]?.message).toContain('32 MB');
  });
});

describe('XLSX zip bombs', () => {
  it('refuses a part that inflates past its declared size, quickly and without the memory', async () => {
    // A real export with its sheet replaced by 1 GiB of spaces (1 MB deflated) declaring 100 bytes.
    const { doc } = buildPlanDoc();
    const parts = unzip(await exportXlsx(readPlan(doc)));
    const bomb = zip(
      parts.map((part) =>
        part.name === 'xl/worksheets/sheet1.xml'
          ? { name: part.name, deflated: deflateBomb(1024), size: 100 }
          : part,
      ),
    );
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const peakBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    const result = failure(await parseXlsx(bomb));
    const elapsed = performance.now() - started;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.code).toBe('file_unreadable');
    expect(result.errors[0]?.message).toContain('unpacks to another size than the file declares');
    expect(elapsed).toBeLessThan(SANITY_MS);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
    expect(process.resourceUsage().maxRSS - peakBefore).toBeLessThan(64 * 1024); // KiB
  });

  it('rebuilds the same export with honest sizes, which still imports', async () => {
    const { doc } = buildPlanDoc();
    const original = readPlan(doc);
    const rebuilt = zip(unzip(await exportXlsx(original)));
    const fresh = new Y.Doc();
    applyImport(fresh, success(await parseXlsx(rebuilt)).plan, 'replace');
    expect(comparable(readPlan(fresh))).toEqual(comparable(original));
  });

  it('refuses a part inflating to less than declared, or not inflating at all', async () => {
    const xml = new TextEncoder().encode('<x/>'.repeat(100));
    const short = zip([{ name: 'a.xml', deflated: deflateRawSync(xml), size: xml.length + 1 }]);
    expect(await checkXlsxZip(short, LIMITS)).toEqual({ ok: false, reason: 'size_mismatch' });
    const stored = zip([{ name: 'a.xml', content: xml, stored: true, size: 10 }]);
    expect(await checkXlsxZip(stored, LIMITS)).toEqual({ ok: false, reason: 'size_mismatch' });
    const garbage = zip([{ name: 'a.xml', deflated: new Uint8Array([0xff, 0xff, 0xff]), size: 3 }]);
    expect(await checkXlsxZip(garbage, LIMITS)).toEqual({ ok: false, reason: 'damaged' });
    const { doc } = buildPlanDoc();
    const parts = unzip(await exportXlsx(readPlan(doc)));
    const lying = zip(parts.map((p) => ({ ...p, size: (p.content?.byteLength ?? 0) + 1 })));
    expect(failure(await parseXlsx(lying)).errors.map((e) => e.code)).toEqual(['file_unreadable']);
  });

  it('refuses encrypted parts and compression methods exceljs cannot read', async () => {
    const content = new TextEncoder().encode('<x/>');
    expect(await checkXlsxZip(zip([{ name: 'a', content, flags: 1 }]), LIMITS)).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(await checkXlsxZip(zip([{ name: 'a', content, method: 12 }]), LIMITS)).toEqual({
      ok: false,
      reason: 'damaged',
    });
  });

  it('reads the directory as JSZip does, refusing what JSZip would read differently', async () => {
    const parts = [
      { name: 'a.xml', content: new TextEncoder().encode('<a/>') },
      { name: 'b.xml', content: new TextEncoder().encode('<b/>') },
    ];
    expect(await checkXlsxZip(zip(parts), LIMITS)).toMatchObject({ ok: true, entries: 2 });
    // JSZip reads every central record that follows, whatever the end record counts.
    expect(await checkXlsxZip(zip(parts, { declaredEntries: 1 }), LIMITS)).toEqual({
      ok: false,
      reason: 'not_zip',
    });
    // JSZip shifts every offset by bytes between the directory and the end record.
    expect(await checkXlsxZip(zip(parts, { gap: 46 }), LIMITS)).toEqual({
      ok: false,
      reason: 'not_zip',
    });
    expect(await checkXlsxZip(new Uint8Array(10), LIMITS)).toEqual({
      ok: false,
      reason: 'not_zip',
    });
  });

  it('counts all parts against the limits but images only against the total', async () => {
    const kb = (n: number): Uint8Array => new Uint8Array(n * 1024).fill(0x20);
    const limits = { maxUnpacked: 100 * 1024, maxParsed: 10 * 1024, maxRowElements: 10 };
    const image = { name: 'xl/media/image1.png', content: kb(50) };
    expect(await checkXlsxZip(zip([image, { name: 'a.xml', content: kb(10) }]), limits)).toEqual({
      ok: true,
      entries: 2,
      unpackedBytes: 60 * 1024,
      parsedBytes: 10 * 1024,
      rowElements: 0,
    });
    const reason = async (parts: ZipPart[]) => {
      const check = await checkXlsxZip(zip(parts), limits);
      return check.ok ? 'ok' : check.reason;
    };
    expect(await reason([{ name: 'a.xml', content: kb(11) }])).toBe('parsed_too_large');
    expect(await reason([image, { name: 'xl/media/image2.png', content: kb(51) }])).toBe(
      'too_large',
    );
    // Not images however they are named: other folders, nested paths, a Unicode path field.
    for (const name of ['xl/mediax/a.png', 'xl/media/xl/worksheets/sheet1.xml', '/xl/media/a']) {
      expect(await reason([{ name, content: kb(11) }])).toBe('parsed_too_large');
    }
    const unicodePath = new Uint8Array([0x75, 0x70, 0, 0]);
    expect(
      await reason([{ name: 'xl/media/a.png', content: kb(11), centralExtra: unicodePath }]),
    ).toBe('parsed_too_large');
    expect(await reason([{ name: 'xl/media/a.png', content: kb(11) }])).toBe('ok');
  });

  it('refuses sheets of tens of thousands of rows before exceljs builds them', async () => {
    const rows = (n: number): Uint8Array =>
      new TextEncoder().encode(
        `<worksheet><sheetData>${Array.from({ length: n }, (_, i) => `<row r="${i + 1}"/>`).join('')}</sheetData><rowBreaks/></worksheet>`,
      );
    expect(countRowElements(rows(5), Infinity)).toBe(5);
    expect(countRowElements(new TextEncoder().encode('<rows><row>\n<row\t<rowBreaks>'), 9)).toBe(2);
    const { doc } = buildPlanDoc();
    const parts = unzip(await exportXlsx(readPlan(doc)));
    const flooded = zip([
      ...parts.filter((p) => p.name !== 'xl/worksheets/sheet1.xml'),
      { name: 'xl/worksheets/sheet1.xml', content: rows(MAX_XLSX_ROW_ELEMENTS + 1) },
    ]);
    const started = performance.now();
    const result = failure(await parseXlsx(flooded));
    expect(performance.now() - started).toBeLessThan(SANITY_MS);
    expect(result.errors.map((e) => e.code)).toEqual(['too_many_rows']);
    expect(result.errors[0]?.message).toContain('50,000 rows');
  });
});

const LIMITS = {
  maxUnpacked: MAX_XLSX_UNPACKED_BYTES,
  maxParsed: MAX_XLSX_XML_BYTES,
  maxRowElements: MAX_XLSX_ROW_ELEMENTS,
};
