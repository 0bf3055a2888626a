import * as Y from 'yjs';
import { applyImport, MAX_IMPORT_ROWS } from '../import-plan.js';
import { readPlan } from '../read-plan.js';
import { buildPlanDoc, comparable, type RowSpec } from '../testing/factories.js';
import { exportCsv, parseCsv } from './csv.js';
import { IMPORT_ROW_MARGIN } from './interpret.js';
import {
  type ImportResult,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ERRORS,
} from './types.js';

/**
 * A bound that catches a parser walking the whole input (minutes), never a slow machine:
 * these files parse in ~0.1 s when quiet. Speed itself is measured by benchmarks.
 */
const SANITY_MS = 20_000;

const HEADER =
  'Block,Channel,Activity,Objective,Goal ID,Pricing,2027-01 Budget,2027-01 Quantity,2027-01 Note,2027-02 Budget,2027-02 Quantity,2027-02 Note';
const SETTINGS = [
  '',
  'Setting,Value',
  'Flight start,2027-01-01',
  'Flight end,2027-02-28',
  'Granularity,month',
  'Currency,EUR',
];

const encode = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n'));
const text = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

function failure(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

function success(result: ImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('CSV export', () => {
  const { doc, ids } = buildPlanDoc();
  const lines = text(exportCsv(readPlan(doc))).split('\r\n');

  it('starts with a UTF-8 BOM and a header naming each period column', () => {
    const bytes = exportCsv(readPlan(doc));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe(
      '\uFEFFBlock,Channel,Activity,Objective,Goal ID,Pricing,Row ID,' +
        ['2026-W53', '2027-W01', '2027-W02', '2027-W03', '2027-W04', '2027-W05', '2027-W06']
          .map((k) => `${k} Budget,${k} Quantity,${k} Note`)
          .join(',') +
        ',Total Budget,Total Quantity',
    );
  });

  it('writes one line per row with decimal amounts, RFC 4180 quoting and guarded formulas', () => {
    expect(lines[1]).toBe(
      `PAID,Instagram,Targeted ads,"Reach, ""new"" parents",goal-1,CPM,${ids[0]},1500.00,250000,,0.99,0.5,"launch; café ☕",,,,,,,,,,,,,0.01,,'=SUM(A1),1501.00,250000.5`,
    );
    expect(lines[2]).toBe(
      `PAID,TikTok,"Influencer placement\nwith two lines",,,FLAT,${ids[1]},,,,,,,5000.00,3,,,,,,,,,,,,,,5000.00,3`,
    );
    expect(lines.find((l) => l.startsWith('EARNED'))).toContain("'-Press release");
  });

  it('ends with block totals, the overall total and the settings', () => {
    const totals = lines.filter((l) => l.startsWith('Total'));
    expect(totals.map((l) => l.split(',')[0])).toEqual([
      'Total PAID',
      'Total OWNED',
      'Total EARNED',
      'Total',
    ]);
    expect(totals[3]?.split(',').slice(-2)).toEqual(['18846.67', '250022.75']);
    expect(lines.slice(-8)).toEqual([
      '',
      'Setting,Value',
      'Flight start,2026-12-30',
      'Flight end,2027-02-10',
      'Granularity,week',
      'Currency,EUR',
      'Format version,1',
      '',
    ]);
  });
});

describe('CSV round trip', () => {
  const cases: [string, Parameters<typeof buildPlanDoc>[0], RowSpec[] | undefined][] = [
    ['the weekly sample plan in euros', undefined, undefined],
    [
      'a monthly plan in yen and dinars',
      { flightStart: '2028-01-31', flightEnd: '2028-04-15', granularity: 'month', currency: 'JPY' },
      [
        {
          block: 'EARNED',
          fields: { channel: 'UGC' },
          cells: { '2028-02': { budget: 1_000_000, quantity: 0.01 } },
        },
        {
          block: 'PAID',
          fields: { channel: '@brand', activity: '+1 campaign' },
          cells: { '2028-04': { note: '"quoted"\r\nnote' } },
        },
      ],
    ],
  ];

  it.each(cases)('rebuilds %s exactly in a fresh document', async (_name, settings, rows) => {
    const { doc } = buildPlanDoc(settings, rows);
    const original = readPlan(doc);
    const parsed = success(await parseCsv(exportCsv(original)));
    expect(parsed.warnings).toEqual([]);
    const fresh = new Y.Doc();
    expect(applyImport(fresh, parsed.plan, 'replace')).toEqual({ ok: true });
    expect(comparable(readPlan(fresh))).toEqual(comparable(original));
  });

  it('skips the totals lines of its own export', async () => {
    const { doc } = buildPlanDoc();
    const parsed = success(await parseCsv(exportCsv(readPlan(doc))));
    expect(parsed.plan.rows).toHaveLength(4);
    expect(parsed.plan.rows.every((r) => !r.channel.startsWith('Total'))).toBe(true);
  });
});

describe('CSV import of files made elsewhere', () => {
  it('reads a semicolon-separated file with German amounts', async () => {
    const lines = [
      HEADER.replace(/,/g, ';'),
      'paid;Facebook;Ads;;;cpm;1.234,56;1.000;note, with comma;;;',
      ...SETTINGS.map((l) => l.replace(',', ';')),
    ];
    const parsed = success(await parseCsv(encode(lines)));
    expect(parsed.plan.rows[0]).toMatchObject({ block: 'PAID', pricing: 'CPM' });
    expect(parsed.plan.rows[0]?.cells['2027-01']).toEqual({
      budget: 123456,
      quantity: 1000,
      note: 'note, with comma',
    });
  });

  it('reads a Windows-1252 file and says so in a warning', async () => {
    const ascii = encode([HEADER, 'OWNED,Caf?,Blog,,,,1,,,,,', ...SETTINGS]);
    const bytes = ascii.map((b) => (b === 0x3f ? 0xe9 : b));
    const parsed = success(await parseCsv(bytes));
    expect(parsed.plan.rows[0]?.channel).toBe('Café');
    expect(parsed.warnings.map((w) => w.code)).toEqual(['decoded_as_windows_1252']);
  });

  it('reads a UTF-16 tab-separated file, as Excel saves "Unicode text"', async () => {
    const content = [HEADER, 'EARNED,Влог,Reposts,,,,10,,,,,', ...SETTINGS]
      .join('\r\n')
      .replace(/,/g, '\t');
    const units = new Uint16Array([0xfeff, ...[...content].map((c) => c.charCodeAt(0))]);
    const parsed = success(await parseCsv(new Uint8Array(units.buffer)));
    expect(parsed.plan.rows[0]).toMatchObject({ block: 'EARNED', channel: 'Влог' });
    expect(parsed.plan.rows[0]?.cells['2027-01']?.budget).toBe(1000);
  });

  it('infers the flight from the period columns when the settings are missing, given a currency', async () => {
    const lines = [HEADER, 'PAID,X,Y,,,,5,,,,,'];
    const parsed = success(await parseCsv(encode(lines), { currency: 'USD' }));
    expect(parsed.plan.settings).toEqual({
      flightStart: '2027-01-01',
      flightEnd: '2027-02-28',
      granularity: 'month',
      currency: 'USD',
    });
    expect(parsed.warnings.map((w) => w.code)).toEqual(['settings_inferred']);
    expect(failure(await parseCsv(encode(lines))).errors.map((e) => e.code)).toEqual([
      'currency_missing',
    ]);
  });

  it('warns about ignored columns and filled cells outside the flight', async () => {
    const lines = [`${HEADER},Comment,2027-05 Budget`, 'PAID,X,Y,,,,5,,,,,,hello,7', ...SETTINGS];
    const parsed = success(await parseCsv(encode(lines)));
    expect(parsed.warnings.map((w) => [w.code, w.column])).toEqual([
      ['column_ignored', 'Comment'],
      ['cells_outside_flight', ''],
    ]);
    expect(parsed.plan.rows[0]?.cells['2027-05']?.budget).toBe(700);
  });

  it('reports progress up to 1', async () => {
    const fractions: number[] = [];
    const rows = Array.from({ length: 2500 }, (_, i) => `PAID,C${i},A,,,,1,,,,,`);
    success(
      await parseCsv(encode([HEADER, ...rows, ...SETTINGS]), {
        onProgress: (f) => fractions.push(f),
      }),
    );
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('CSV import of bad input', () => {
  it('reports text in a money cell, negative budgets, unknown blocks and pricing with line and column', async () => {
    const lines = [
      HEADER,
      'PAID,A,B,,,FLAT,lots,,,,,',
      'PAID,A,B,,,FLAT,-50,,,,,',
      'SHARED,A,B,,,FLAT,1,,,,,',
      'OWNED,A,B,,,CPV,1,,,,,',
      'EARNED,A,B,,,,1.234,1.005,,,abc,',
      ...SETTINGS,
    ];
    const result = failure(await parseCsv(encode(lines)));
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '2027-01 Budget', 'budget_not_a_number'],
      [3, '2027-01 Budget', 'budget_negative'],
      [4, 'Block', 'block_unknown'],
      [5, 'Pricing', 'pricing_unknown'],
      [6, '2027-01 Budget', 'budget_too_many_decimals'],
      [6, '2027-01 Quantity', 'quantity_too_many_decimals'],
      [6, '2027-02 Quantity', 'quantity_not_a_number'],
    ]);
    expect(result.errors[0]?.message).toBe('"lots" is not an amount.');
    expect(result.errors[2]?.message).toBe('"SHARED" is not a block; use PAID, OWNED or EARNED.');
    expect(result.errorCount).toBe(7);
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const result = failure(await parseCsv(big));
    expect(result.errors).toEqual([
      { row: 0, column: '', code: 'file_too_large', message: 'The file is larger than 10 MB.' },
    ]);
  });

  it('refuses more than 5,000 rows with one clear error', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `PAID,C${i},A,,,,1,,,,,`);
    const result = failure(await parseCsv(encode([HEADER, ...rows, ...SETTINGS])));
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: MAX_IMPORT_ROWS + 2, code: 'too_many_rows' });
    const exactly = success(await parseCsv(encode([HEADER, ...rows.slice(1), ...SETTINGS])));
    expect(exactly.plan.rows).toHaveLength(MAX_IMPORT_ROWS);
  });

  it('refuses 10 MB of empty lines quickly, without building a record per line', async () => {
    const bytes = new Uint8Array(10 * 1000 * 1000).fill(0x0a);
    const started = performance.now();
    const result = failure(await parseCsv(bytes));
    expect(performance.now() - started).toBeLessThan(SANITY_MS);
    expect(result.errors.map((e) => e.code)).toEqual(['file_empty']);
  });

  it('refuses 5,000,001 short lines quickly, at the first line past the limit', async () => {
    const bytes = new TextEncoder().encode('a\n'.repeat(5_000_001));
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const started = performance.now();
    const result = failure(await parseCsv(bytes));
    expect(performance.now() - started).toBeLessThan(SANITY_MS);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      row: MAX_IMPORT_ROWS + IMPORT_ROW_MARGIN + 1,
      code: 'too_many_rows',
    });
    // The same with a real header and rows, blank lines between them.
    const rows = Array.from({ length: 400_000 }, () => 'PAID,C,A,,,,1,,,,,\n');
    const plan = new TextEncoder().encode(`${HEADER}\n\n${rows.join('\n')}`);
    expect(plan.byteLength).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const started2 = performance.now();
    const flooded = failure(await parseCsv(plan));
    expect(performance.now() - started2).toBeLessThan(SANITY_MS);
    expect(flooded.errors).toHaveLength(1);
    expect(flooded.errors[0]?.code).toBe('too_many_rows');
  });

  it('refuses a line with more fields than a plan has columns, naming the line', async () => {
    const wide = `PAID,C,A${',1'.repeat(MAX_IMPORT_COLUMNS)}`;
    const result = failure(await parseCsv(encode([HEADER, 'PAID,C,A,,,,1,,,,,', wide])));
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 3, code: 'csv_malformed' });
    expect(result.errors[0]?.message).toContain('Line 3 has more than 802 fields');
    // A whole line of delimiters too.
    const commas = failure(await parseCsv(encode([HEADER, ','.repeat(100_000)])));
    expect(commas.errors[0]).toMatchObject({ row: 2, code: 'csv_malformed' });
  });

  it('lists at most 200 errors and counts them all', async () => {
    const rows = Array.from({ length: 300 }, () => 'PAID,A,B,,,,-1,x,,,,');
    const result = failure(await parseCsv(encode([HEADER, ...rows, ...SETTINGS])));
    expect(result.errors).toHaveLength(MAX_IMPORT_ERRORS);
    expect(result.errorCount).toBe(600);
  });

  it('refuses files that are not CSV', async () => {
    expect(failure(await parseCsv(new Uint8Array(0))).errors[0]?.code).toBe('file_empty');
    expect(
      failure(await parseCsv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).errors[0]?.message,
    ).toContain('import it as XLSX');
    expect(failure(await parseCsv(new Uint8Array([0, 0, 0, 1, 0, 9, 0, 0]))).errors[0]?.code).toBe(
      'file_unreadable',
    );
    expect(
      failure(await parseCsv(encode(['hello,world', '1,2']))).errors.map((e) => e.code),
    ).toEqual(['header_missing']);
    expect(
      failure(await parseCsv(encode([HEADER, 'PAID,"open', ...SETTINGS]))).errors[0],
    ).toMatchObject({ row: 2, code: 'csv_malformed' });
  });

  it('reports header and settings problems', async () => {
    const result = failure(
      await parseCsv(
        encode([
          'Block,Activity,Activity,2027-14 Budget,2027-W02 Budget',
          'Setting,Value',
          'Flight start,2027-02-01',
          'Flight end,2026-12-31',
          'Granularity,daily',
          'Currency,EURO',
          'Colour,blue',
        ]),
      ),
    );
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'Activity', 'column_duplicate'],
      [1, '2027-14 Budget', 'column_period_invalid'],
      [1, 'Channel', 'column_missing'],
      [5, 'Value', 'setting_invalid'],
      [6, 'Value', 'setting_invalid'],
      [4, 'Value', 'flight_invalid'],
    ]);
    expect(result.errors[5]?.message).toBe('The flight ends before it starts.');
    expect(result.warnings.map((w) => w.code)).toEqual(['setting_ignored']);
  });

  it('refuses text longer than a field allows', async () => {
    const result = failure(
      await parseCsv(
        encode([HEADER, `PAID,${'c'.repeat(101)},B,,,,,,${'n'.repeat(2001)},,,`, ...SETTINGS]),
      ),
    );
    expect(result.errors.map((e) => [e.column, e.code])).toEqual([
      ['Channel', 'text_too_long'],
      ['2027-01 Note', 'note_too_long'],
    ]);
  });
});
