import { describe, expect, it } from '@jest/globals';
import { containingPeriod, kpiPeriodOf, parseKpiPeriod, periodsBetween } from './periods.js';

describe('KPI periods', () => {
  it('reads months, ISO weeks and quarters', () => {
    expect(parseKpiPeriod('2027-02')).toEqual({
      kind: 'month',
      key: '2027-02',
      start: '2027-02-01',
      end: '2027-02-28',
    });
    expect(parseKpiPeriod('2026-W01')).toMatchObject({
      kind: 'week',
      start: '2025-12-29',
      end: '2026-01-04',
    });
    expect(parseKpiPeriod('2028-Q1')).toEqual({
      kind: 'quarter',
      key: '2028-Q1',
      start: '2028-01-01',
      end: '2028-03-31',
    });
    expect(parseKpiPeriod('2027-Q4')?.end).toBe('2027-12-31');
  });
  it('refuses what is not a key', () => {
    for (const key of ['2027-13', '2027-Q5', '2027-W60', 'Q1', '', 7, null])
      expect(parseKpiPeriod(key)).toBeNull();
  });
  it('finds the period of a date', () => {
    expect(kpiPeriodOf('2027-05-17', 'quarter')?.key).toBe('2027-Q2');
    expect(kpiPeriodOf('2027-05-17', 'month')?.key).toBe('2027-05');
    expect(kpiPeriodOf('2027-01-01', 'week')?.key).toBe('2026-W53');
    expect(kpiPeriodOf('2027-02-30', 'month')).toBeNull();
  });
  it('lists the periods touching a span', () => {
    expect(periodsBetween('2027-01-15', '2027-03-02', 'month').map((p) => p.key)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(periodsBetween('2027-02-15', '2027-08-01', 'quarter').map((p) => p.key)).toEqual([
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
    ]);
    expect(periodsBetween('2027-03-01', '2027-02-01', 'month')).toEqual([]);
    // Longer than a media plan's flight (five years).
    const long = periodsBetween('2026-12-07', '2099-12-31', 'month');
    expect(long).toHaveLength(877);
    expect(long.at(-1)?.key).toBe('2099-12');
    expect(periodsBetween('2027-01-01', '2027-01-20', 'week').map((p) => p.key)).toEqual([
      '2026-W53',
      '2027-W01',
      '2027-W02',
      '2027-W03',
    ]);
    // Months are whole, not clipped to the span.
    expect(periodsBetween('2027-01-15', '2027-01-20', 'month')[0]).toMatchObject({
      start: '2027-01-01',
      end: '2027-01-31',
    });
  });
  it('puts finer periods into coarser ones, never the other way', () => {
    expect(containingPeriod('2027-05', 'quarter')?.key).toBe('2027-Q2');
    // 2027-W13 runs Mon 29 March – Sun 4 April; its Thursday is 1 April.
    expect(containingPeriod('2027-W13', 'month')?.key).toBe('2027-04');
    expect(containingPeriod('2027-05', 'week')).toBeNull();
    expect(containingPeriod('2027-Q1', 'month')).toBeNull();
    expect(containingPeriod('2027-05', 'month')?.key).toBe('2027-05');
  });
});
