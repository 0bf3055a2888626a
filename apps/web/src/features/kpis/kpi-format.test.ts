import {
  addMonths,
  defaultRange,
  formatValue,
  measureDisplay,
  monthOverMonth,
  monthsBetween,
  networkMonthOverMonth,
  toStored,
  toTyped,
  typedNumber,
} from './kpi-format';

const FORMULA = 'engagement rate = engagements ÷ community members (followers) × 100';

describe('measureDisplay', () => {
  it('shows a computed measure formatted by its unit, ROI from the plan marked as planned', () => {
    expect(
      measureDisplay(
        { value: 4.25, reason: null, formula: FORMULA, planned: false },
        'percent',
        'EUR',
        'en',
      ),
    ).toEqual({ ok: true, text: '4.25%', planned: false });
    expect(
      measureDisplay(
        { value: 0.5, reason: null, formula: 'ROI', planned: true },
        'ratio',
        'EUR',
        'en',
      ),
    ).toEqual({ ok: true, text: '50%', planned: true });
  });

  it('shows "—" with the reason when a measure cannot be computed, never Infinity or NaN', () => {
    expect(
      measureDisplay(
        { value: null, reason: 'no_members', formula: FORMULA, planned: false },
        'percent',
        'EUR',
        'en',
      ),
    ).toEqual({ ok: false, text: '—', reasonKey: 'kpis.reasons.no_members' });
    // A value that slipped through as Infinity or NaN is still "—", never printed.
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN]) {
      const shown = measureDisplay(
        { value, reason: null, formula: FORMULA, planned: false },
        'percent',
        'EUR',
        'en',
      );
      expect(shown.text).toBe('—');
      expect(shown).toMatchObject({ reasonKey: 'kpis.reasons.missing_data' });
    }
    // An unknown reason falls back to "not entered" rather than a missing key.
    expect(
      measureDisplay(
        { value: null, reason: 'weird', formula: FORMULA, planned: false },
        'money',
        'EUR',
        'en',
      ),
    ).toMatchObject({ reasonKey: 'kpis.reasons.missing_data' });
  });
});

describe('formatValue', () => {
  it('formats counts, percentages, money in minor units and ratios in the reader’s locale', () => {
    expect(formatValue(12500, 'count', 'EUR', 'en')).toBe('12,500');
    expect(formatValue(3.5, 'percent', 'EUR', 'en')).toBe('3.5%');
    expect(formatValue(123456, 'money', 'EUR', 'en')).toBe('€1,234.56');
    expect(formatValue(1500000, 'money', 'VND', 'vi')).toContain('1.500.000');
    expect(formatValue(1.2, 'ratio', 'EUR', 'en')).toBe('120%');
    // Persian digits in Persian.
    expect(formatValue(42, 'count', 'EUR', 'fa')).toBe('۴۲');
  });

  it('converts money between what is typed (major units) and what is stored (minor units)', () => {
    expect(toStored(12.34, 'money', 'EUR')).toBe(1234);
    expect(toStored(5000, 'money', 'VND')).toBe(5000);
    expect(toTyped(1234, 'money', 'EUR')).toBe(12.34);
    expect(toStored(4.5, 'percent', 'EUR')).toBe(4.5);
  });
});

describe('typedNumber', () => {
  it('reads what a number input holds while it is typed, empty as empty', () => {
    expect(typedNumber(12.5)).toBe(12.5);
    expect(typedNumber('1.')).toBe(1);
    expect(typedNumber(' ')).toBe('');
    expect(typedNumber('-')).toBeNaN();
  });
});

describe('monthOverMonth', () => {
  const period = (periodKey: string, actual: number | null) => ({
    periodKey,
    actual,
    measure: null,
  });

  it('compares the latest month with a figure against the one before it', () => {
    const mom = monthOverMonth([
      period('2026-10', 100),
      period('2026-11', 120),
      period('2026-12', null),
    ]);
    expect(mom.current).toEqual({ periodKey: '2026-11', value: 120 });
    expect(mom.previous).toEqual({ periodKey: '2026-10', value: 100 });
    expect(mom.change).toBeCloseTo(0.2);
  });

  it('reads measure KPIs from the measure and has no change without two months or from zero', () => {
    const measured = (periodKey: string, value: number | null) => ({
      periodKey,
      actual: null,
      measure: {
        value,
        reason: value === null ? 'no_members' : null,
        formula: FORMULA,
        planned: false,
      },
    });
    expect(monthOverMonth([measured('2026-11', 4), measured('2026-12', 5)]).change).toBeCloseTo(
      0.25,
    );
    expect(monthOverMonth([measured('2026-12', 5)]).change).toBeNull();
    expect(monthOverMonth([period('2026-11', 0), period('2026-12', 5)]).change).toBeNull();
  });
});

describe('networkMonthOverMonth', () => {
  it('compares each network’s metric month by month, leaving out per-post actuals', () => {
    const actual = (
      network: string,
      metric: string,
      periodKey: string,
      value: number,
      postRef = '',
    ) => ({
      network,
      metric,
      periodKey,
      postRef,
      value,
    });
    const rows = networkMonthOverMonth([
      actual('instagram', 'reach', '2026-12', 1500),
      actual('instagram', 'reach', '2026-11', 1000),
      actual('instagram', 'likes', '2026-12', 99, 'post-1'),
      actual('facebook', 'reach', '2026-12', 10),
    ]);
    expect(rows.map((row) => [row.network, row.metric, row.change])).toEqual([
      ['facebook', 'reach', null],
      ['instagram', 'reach', 0.5],
    ]);
  });
});

describe('months', () => {
  it('steps across years and lists a range', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -2)).toBe('2026-11');
    expect(monthsBetween('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
    expect(defaultRange(new Date('2026-12-07T12:00:00Z'))).toEqual({
      from: '2026-07',
      to: '2026-12',
    });
  });
});
