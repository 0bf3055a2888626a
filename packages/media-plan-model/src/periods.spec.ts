import {
  generatePeriods,
  isPeriodKey,
  MAX_FLIGHT_DAYS,
  MAX_PERIODS,
  parsePeriodKey,
  periodKeyOf,
  validateFlight,
} from './periods.js';

describe('weekly periods', () => {
  it('cuts a flight into ISO weeks, Monday to Sunday', () => {
    const periods = generatePeriods('2027-01-04', '2027-01-17', 'week');
    expect(periods).toEqual([
      { key: '2027-W01', start: '2027-01-04', end: '2027-01-10', label: 'W01 · 4 Jan–10 Jan' },
      { key: '2027-W02', start: '2027-01-11', end: '2027-01-17', label: 'W02 · 11 Jan–17 Jan' },
    ]);
  });

  it('starts with a partial week when the flight starts mid-week, and ends with one too', () => {
    const periods = generatePeriods('2027-01-06', '2027-01-12', 'week');
    expect(periods.map((p) => [p.key, p.start, p.end])).toEqual([
      ['2027-W01', '2027-01-06', '2027-01-10'],
      ['2027-W02', '2027-01-11', '2027-01-12'],
    ]);
  });

  it('puts 29 December 2025 in week 1 of 2026', () => {
    const [first] = generatePeriods('2025-12-29', '2025-12-29', 'week');
    expect(first).toEqual({
      key: '2026-W01',
      start: '2025-12-29',
      end: '2025-12-29',
      label: 'W01 · 29 Dec–29 Dec',
    });
  });

  it('gives 2026 and 2020 a week 53', () => {
    const keys2026 = generatePeriods('2026-01-01', '2026-12-31', 'week').map((p) => p.key);
    expect(keys2026[0]).toBe('2026-W01');
    expect(keys2026.at(-1)).toBe('2026-W53');
    expect(keys2026).toHaveLength(53);
    const keys2020 = generatePeriods('2020-12-20', '2021-01-05', 'week').map((p) => p.key);
    expect(keys2020).toEqual(['2020-W51', '2020-W52', '2020-W53', '2021-W01']);
  });

  it('has consecutive periods without gaps or overlaps', () => {
    const periods = generatePeriods('2026-11-18', '2027-03-03', 'week');
    for (let i = 1; i < periods.length; i += 1) {
      const previousEnd = new Date(`${periods[i - 1]?.end}T00:00:00Z`).getTime();
      const start = new Date(`${periods[i]?.start}T00:00:00Z`).getTime();
      expect(start - previousEnd).toBe(86_400_000);
    }
  });
});

describe('monthly periods', () => {
  it('clips the first and last month to the flight', () => {
    const periods = generatePeriods('2027-01-15', '2027-03-10', 'month');
    expect(periods).toEqual([
      { key: '2027-01', start: '2027-01-15', end: '2027-01-31', label: 'Jan 2027' },
      { key: '2027-02', start: '2027-02-01', end: '2027-02-28', label: 'Feb 2027' },
      { key: '2027-03', start: '2027-03-01', end: '2027-03-10', label: 'Mar 2027' },
    ]);
  });

  it('handles a flight starting on the 31st and a leap February', () => {
    const periods = generatePeriods('2028-01-31', '2028-03-31', 'month');
    expect(periods.map((p) => [p.key, p.start, p.end])).toEqual([
      ['2028-01', '2028-01-31', '2028-01-31'],
      ['2028-02', '2028-02-01', '2028-02-29'],
      ['2028-03', '2028-03-01', '2028-03-31'],
    ]);
  });

  it('crosses a year end', () => {
    expect(generatePeriods('2026-11-01', '2027-02-01', 'month').map((p) => p.key)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
});

describe('flight validation', () => {
  it('accepts a one-day flight and a flight of exactly the maximum length', () => {
    expect(validateFlight('2027-01-01', '2027-01-01')).toEqual([]);
    expect(validateFlight('2027-01-01', '2031-12-31')).toEqual([]);
    expect(MAX_FLIGHT_DAYS).toBe(1827);
  });

  it('reports each kind of problem', () => {
    expect(validateFlight('2027-02-30', '2027-03-01')).toEqual(['start_invalid']);
    expect(validateFlight('2027-03-01', 'soon')).toEqual(['end_invalid']);
    expect(validateFlight(undefined, 12)).toEqual(['start_invalid', 'end_invalid']);
    expect(validateFlight('2027-03-02', '2027-03-01')).toEqual(['end_before_start']);
    expect(validateFlight('2027-01-01', '2032-01-03')).toEqual(['too_long']);
  });

  it('keeps the longest weekly flight within MAX_PERIODS', () => {
    // Starts on a Sunday so both ends are partial weeks.
    const periods = generatePeriods('2027-01-03', '2032-01-03', 'week');
    expect(periods.length).toBeLessThanOrEqual(MAX_PERIODS);
    expect(periods.length).toBe(MAX_PERIODS);
    expect(generatePeriods('2027-01-01', '2031-12-31', 'month')).toHaveLength(60);
  });

  it('returns no periods for an invalid flight or granularity instead of throwing', () => {
    expect(generatePeriods('2027-03-02', '2027-03-01', 'week')).toEqual([]);
    expect(generatePeriods('2027-01-01', '2027-03-01', 'day' as 'week')).toEqual([]);
  });
});

describe('period keys', () => {
  it('finds the period of a date', () => {
    expect(periodKeyOf('2025-12-29', 'week')).toBe('2026-W01');
    expect(periodKeyOf('2027-01-01', 'week')).toBe('2026-W53');
    expect(periodKeyOf('2027-01-01', 'month')).toBe('2027-01');
    expect(periodKeyOf('2027-01-32', 'month')).toBeNull();
  });

  it('parses keys to their full period and refuses impossible ones', () => {
    expect(parsePeriodKey('2026-W53')).toEqual({
      granularity: 'week',
      start: '2026-12-28',
      end: '2027-01-03',
    });
    expect(parsePeriodKey('2028-02')).toEqual({
      granularity: 'month',
      start: '2028-02-01',
      end: '2028-02-29',
    });
    for (const bad of ['2027-W53', '2027-W00', '2027-13', '2027-1', '2027-w01', 'W01', '', 5]) {
      expect(parsePeriodKey(bad)).toBeNull();
    }
    expect(isPeriodKey('2027-W05', 'week')).toBe(true);
    expect(isPeriodKey('2027-W05', 'month')).toBe(false);
  });

  it('agrees with the periods at both ends of the supported years', () => {
    // 30 and 31 December 2999 belong to ISO week 1 of 3000.
    const last = generatePeriods('2999-12-01', '2999-12-31', 'week');
    expect(last.at(-1)).toMatchObject({ key: '3000-W01', start: '2999-12-30', end: '2999-12-31' });
    expect(periodKeyOf('2999-12-31', 'week')).toBe('3000-W01');
    expect(parsePeriodKey('3000-W01')).toEqual({
      granularity: 'week',
      start: '2999-12-30',
      end: '3000-01-05',
    });
    const first = generatePeriods('1900-01-01', '1900-01-31', 'week');
    expect(first[0]?.key).toBe('1900-W01');
    for (const period of [...first, ...last]) expect(isPeriodKey(period.key, 'week')).toBe(true);
    const months = generatePeriods('2999-11-15', '2999-12-31', 'month');
    for (const period of months) expect(isPeriodKey(period.key, 'month')).toBe(true);
    // Nothing else of year 3000 (or before 1900) is a key.
    for (const bad of ['3000-W02', '3000-01', '1899-W52', '1899-12', '3001-W01']) {
      expect(isPeriodKey(bad)).toBe(false);
    }
  });
});
