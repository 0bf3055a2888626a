// One test per step of the import's interpretation, apart from the CSV and XLSX readers
// (csv.spec.ts and xlsx.spec.ts test them end to end).
import { readAmount } from './amounts.js';
import { columnName, readHeader } from './header.js';
import { ErrorList } from './problems.js';
import { type InRecord, splitSections, unguard } from './records.js';
import { isPlanRecord, readRow, rowReader } from './rows.js';
import {
  inferFlight,
  readSettingLines,
  settleCurrency,
  settleFlight,
  settleGranularity,
} from './settings.js';
import { type ImportWarning } from '../types.js';

const rec = (line: number, ...cells: (string | number | null)[]): InRecord => ({ line, cells });

describe('splitting a file into sections', () => {
  it('finds the header after blank lines, the rows, and settings from the marker and a sheet', () => {
    const sections = splitSections(
      [
        rec(1, '', null),
        rec(2, 'Block'),
        rec(3, 'PAID'),
        rec(4, 'setting', 'Value'),
        rec(5, 'Currency', 'EUR'),
      ],
      [rec(1, 'Setting', 'Value'), rec(2, 'Granularity', 'week')],
    );
    expect(sections.header?.line).toBe(2);
    expect(sections.data.map((r) => r.line)).toEqual([3]);
    expect(sections.settings.map((r) => r.cells[0])).toEqual(['Currency', 'Granularity']);
    expect(splitSections([rec(1, '  ')], null).header).toBeNull();
  });

  it('strips the export’s formula guard only when asked', () => {
    expect(unguard("'=SUM(A1)", true)).toBe('=SUM(A1)');
    expect(unguard("'=SUM(A1)", false)).toBe("'=SUM(A1)");
    expect(unguard("'plain", true)).toBe("'plain");
  });
});

describe('reading the header', () => {
  it('maps fields and period parts, and reports duplicates, bad periods and missing columns', () => {
    const errors = new ErrorList();
    const warnings: ImportWarning[] = [];
    const header = readHeader(
      rec(
        1,
        'Network',
        'Block',
        '2027-W01 Budget',
        '2027-w01 note',
        '2027-W99 Budget',
        'block',
        'Colour',
        '',
      ),
      errors,
      warnings,
    );
    expect(header?.base.get('channel')).toBe(0);
    expect(header?.periods.get('2027-W01')).toEqual({ budget: 2, note: 3 });
    expect(errors.list.map((e) => e.code)).toEqual([
      'column_period_invalid',
      'column_duplicate',
      'column_missing',
    ]);
    expect(warnings.map((w) => w.column)).toEqual(['Colour']);
    if (header) expect(columnName(header, 7)).toBe('H');
  });

  it('refuses a first line that is no media-plan header at all', () => {
    const errors = new ErrorList();
    expect(readHeader(rec(1, 'Name', 'Email'), errors, [])).toBeNull();
    expect(errors.list.map((e) => e.code)).toContain('header_missing');
  });
});

describe('settling the settings', () => {
  const header = (...names: string[]) => {
    const read = readHeader(rec(1, 'Block', 'Channel', 'Activity', ...names), new ErrorList(), []);
    if (!read) throw new Error('no header');
    return read;
  };

  it('reads settings lines, refusing invalid values and warning on unknown labels', () => {
    const errors = new ErrorList();
    const warnings: ImportWarning[] = [];
    const declared = readSettingLines(
      [rec(10, 'Flight start', '2027-01-04'), rec(11, 'Currency', 'EURO'), rec(12, 'Owner', 'me')],
      errors,
      warnings,
    );
    expect(declared.flightStart).toEqual({ value: '2027-01-04', line: 10 });
    expect(declared.currency).toEqual({ value: undefined, line: 11 });
    expect(errors.list.map((e) => [e.row, e.code])).toEqual([[11, 'setting_invalid']]);
    expect(warnings.map((w) => w.code)).toEqual(['setting_ignored']);
  });

  it('takes the granularity from the columns, and drops columns of the other one', () => {
    const errors = new ErrorList();
    const weeks = settleGranularity(header('2027-W01 Budget'), {}, errors);
    expect(weeks.granularity).toBe('week');
    const mixed = settleGranularity(
      header('2027-W01 Budget', '2027-02 Budget'),
      { granularity: { value: 'month', line: 9 } },
      errors,
    );
    expect([...mixed.periods.keys()]).toEqual(['2027-02']);
    expect(errors.list.map((e) => e.code)).toEqual(['column_period_invalid']);
    const none = new ErrorList();
    settleGranularity(header('2027-W01 Budget', '2027-02 Budget'), {}, none);
    expect(none.list[0]?.message).toMatch(/mix weeks and months/);
  });

  it('infers the flight from the periods with a warning, and refuses a flight ending first', () => {
    expect(inferFlight(['2027-W02', '2027-W01'])).toEqual({
      start: '2027-01-04',
      end: '2027-01-17',
    });
    const warnings: ImportWarning[] = [];
    const errors = new ErrorList();
    expect(settleFlight(['2027-W01'], {}, errors, warnings)).toEqual({
      flightStart: '2027-01-04',
      flightEnd: '2027-01-10',
    });
    expect(warnings.map((w) => w.code)).toEqual(['settings_inferred']);
    settleFlight(
      [],
      {
        flightStart: { value: '2027-02-01', line: 3 },
        flightEnd: { value: '2027-01-01', line: 4 },
      },
      errors,
      warnings,
    );
    expect(errors.list).toEqual([
      expect.objectContaining({
        row: 4,
        code: 'flight_invalid',
        message: 'The flight ends before it starts.',
      }),
    ]);
  });

  it('falls back to the chosen currency only when the file names none', () => {
    const errors = new ErrorList();
    expect(settleCurrency({}, ' usd ', errors)).toBe('USD');
    expect(
      settleCurrency({ currency: { value: undefined, line: 2 } }, 'USD', errors),
    ).toBeUndefined();
    expect(errors.count).toBe(0);
    expect(settleCurrency({}, undefined, errors)).toBeUndefined();
    expect(errors.list.map((e) => e.code)).toEqual(['currency_missing']);
  });
});

describe('reading rows and cells', () => {
  it('reads text and spreadsheet amounts, refusing negatives and extra decimals', () => {
    expect(readAmount('1.234,50', 'budget', 'EUR', 2, 'de')).toEqual({ ok: true, value: 123450 });
    expect(readAmount(1234567.89, 'budget', 'USD', 2, 'en')).toEqual({
      ok: true,
      value: 123456789,
    });
    expect(readAmount(6666.6666, 'budget', 'USD', 2, 'en')).toMatchObject({
      ok: false,
      code: 'budget_too_many_decimals',
    });
    expect(readAmount('-3', 'quantity', 'USD', 2, 'en')).toMatchObject({
      ok: false,
      code: 'quantity_negative',
    });
    expect(readAmount(null, 'budget', 'USD', 2, 'en')).toEqual({ ok: true, value: 0 });
  });

  it('reads a row with its problems in column order, skipping empty and outside cells apart', () => {
    const header = readHeader(
      rec(1, 'Block', 'Channel', 'Activity', 'Pricing', '2027-W01 Budget', '2027-W09 Budget'),
      new ErrorList(),
      [],
    );
    if (!header) throw new Error('no header');
    const reader = rowReader({
      header,
      periods: header.periods,
      flight: { start: '2027-01-04', end: '2027-01-17' },
      currency: 'USD',
      locale: 'en',
      unguardText: true,
    });
    expect(isPlanRecord(rec(5, 'Total PAID', '', '', '', '10'), header)).toBe(false);
    expect(isPlanRecord(rec(5, ' ', null), header)).toBe(false);

    const errors = new ErrorList();
    const read = readRow(rec(7, 'paid', "'=x", 'Ads', '', '12.50', '3'), reader, errors);
    expect(errors.count).toBe(0);
    expect(read.row).toMatchObject({ block: 'PAID', channel: '=x', pricing: 'FLAT' });
    expect(read.row.cells).toEqual({
      '2027-W01': { budget: 1250, quantity: 0, note: '' },
      '2027-W09': { budget: 300, quantity: 0, note: '' },
    });
    expect(read).toMatchObject({ budget: 1550, outside: 1 });

    readRow(rec(8, 'PAYED', 'X', 'Y', 'CPX', 'abc', ''), reader, errors);
    expect(errors.list.map((e) => [e.row, e.column, e.code])).toEqual([
      [8, 'Block', 'block_unknown'],
      [8, 'Pricing', 'pricing_unknown'],
      [8, '2027-W01 Budget', 'budget_not_a_number'],
    ]);
  });
});
