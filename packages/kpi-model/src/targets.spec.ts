import { describe, expect, it } from '@jest/globals';
import {
  type PlanRowLike,
  plannedSpend,
  spreadLinear,
  targetsFromPlan,
  validateTargets,
} from './targets.js';

describe('spreadLinear', () => {
  it('goes from baseline to target, reaching the target in the deadline’s period', () => {
    const targets = spreadLinear({
      baseline: 1000,
      target: 4000,
      start: '2027-01-01',
      deadline: '2027-03-31',
      kind: 'month',
      unit: 'count',
    });
    expect(targets.map((t) => t.periodKey)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(targets[2]!.value).toBe(4000);
    expect(targets[0]!.value).toBeGreaterThan(1000);
    expect(targets[0]!.value).toBeLessThan(targets[1]!.value);
    // 30 of 89 days: 1000 + 3000 × 30/89.
    expect(targets[0]!.value).toBe(Math.round(1000 + (3000 * 30) / 89));
  });
  it('goes down for lower-is-better goals and rounds percentages to 2 decimals', () => {
    const targets = spreadLinear({
      baseline: 10,
      target: 5,
      start: '2027-01-01',
      deadline: '2027-12-31',
      kind: 'quarter',
      unit: 'percent',
    });
    expect(targets.map((t) => t.value)).toEqual([8.78, 7.53, 6.26, 5]);
  });
  it('gives the target for a one-day span and nothing for a deadline before the start', () => {
    expect(
      spreadLinear({
        baseline: 0,
        target: 9,
        start: '2027-01-05',
        deadline: '2027-01-05',
        kind: 'month',
        unit: 'count',
      }),
    ).toEqual([{ periodKey: '2027-01', value: 9 }]);
    expect(
      spreadLinear({
        baseline: 0,
        target: 9,
        start: '2027-02-05',
        deadline: '2027-01-05',
        kind: 'month',
        unit: 'count',
      }),
    ).toEqual([]);
    expect(
      spreadLinear({
        baseline: Number.NaN,
        target: 9,
        start: '2027-01-05',
        deadline: '2027-03-05',
        kind: 'month',
        unit: 'count',
      }),
    ).toEqual([]);
  });
});

describe('validateTargets', () => {
  const kpi = {
    kind: 'month' as const,
    start: '2027-01-01',
    deadline: '2027-06-30',
    capped100: true,
  };
  it('accepts targets of the KPI’s periods inside its span', () => {
    expect(
      validateTargets(
        [
          { periodKey: '2027-01', value: 10 },
          { periodKey: '2027-06', value: 100 },
        ],
        kpi,
      ),
    ).toEqual([]);
  });
  it('names each bad target', () => {
    const problems = validateTargets(
      [
        { periodKey: '2027-13', value: 1 },
        { periodKey: '2027-Q1', value: 1 },
        { periodKey: '2027-07', value: 1 },
        { periodKey: '2027-02', value: -1 },
        { periodKey: '2027-03', value: 101 },
        { periodKey: '2027-04', value: 5 },
        { periodKey: '2027-04', value: 6 },
        { periodKey: '2027-05', value: Number.POSITIVE_INFINITY },
      ],
      kpi,
    );
    expect(problems.map((p) => [p.index, p.error])).toEqual([
      [0, 'period_invalid'],
      [1, 'period_kind'],
      [2, 'outside_span'],
      [3, 'value_invalid'],
      [4, 'over_100'],
      [6, 'duplicate'],
      [7, 'value_invalid'],
    ]);
  });
});

describe('targets from the media plan', () => {
  const rows: PlanRowLike[] = [
    {
      goalId: 'g1',
      block: 'PAID',
      cells: { '2027-01': { budget: 100, quantity: 10 }, '2027-02': { budget: 200, quantity: 0 } },
    },
    {
      goalId: 'g1',
      block: 'OWNED',
      cells: { '2027-01': { budget: 0, quantity: 2.5 }, '2027-04': { budget: 50, quantity: 4 } },
    },
    { goalId: 'g2', block: 'PAID', cells: { '2027-01': { budget: 1000, quantity: 99 } } },
  ];
  it('sums the quantities of the rows linked to the goal per period', () => {
    expect(targetsFromPlan(rows, 'g1', 'month')).toEqual([
      { periodKey: '2027-01', value: 12.5 },
      { periodKey: '2027-04', value: 4 },
    ]);
    expect(targetsFromPlan(rows, 'g1', 'quarter')).toEqual([
      { periodKey: '2027-Q1', value: 12.5 },
      { periodKey: '2027-Q2', value: 4 },
    ]);
    expect(targetsFromPlan(rows, '', 'month')).toEqual([]);
    expect(targetsFromPlan(rows, 'g1', 'week')).toEqual([]);
  });
  it('puts plan weeks into months by their Thursday', () => {
    const weekly: PlanRowLike[] = [
      {
        goalId: 'g',
        cells: { '2027-W13': { budget: 0, quantity: 7 }, '2027-W14': { budget: 0, quantity: 3 } },
      },
    ];
    expect(targetsFromPlan(weekly, 'g', 'month')).toEqual([{ periodKey: '2027-04', value: 10 }]);
  });
  it('sums planned spend per period, per block when asked', () => {
    expect(plannedSpend(rows, 'month')).toEqual([
      { periodKey: '2027-01', value: 1100 },
      { periodKey: '2027-02', value: 200 },
      { periodKey: '2027-04', value: 50 },
    ]);
    expect(plannedSpend(rows, 'month', (row) => row.block === 'OWNED')).toEqual([
      { periodKey: '2027-04', value: 50 },
    ]);
  });
});
