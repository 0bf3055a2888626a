import { type CellValues } from './model.js';
import { generatePeriods } from './periods.js';
import { readPlan } from './read-plan.js';
import { buildPlanDoc } from './testing/factories.js';
import { computeTotals, type TotalsInput } from './totals.js';

const cell = (budget: number, quantity = 0): CellValues => ({ budget, quantity, note: '' });

describe('totals', () => {
  const periods = generatePeriods('2027-01-01', '2027-03-31', 'month');
  const plan: TotalsInput = {
    periods,
    blocks: {
      PAID: [
        { id: 'p1', cells: { '2027-01': cell(100, 0.1), '2027-02': cell(250, 0.2) } },
        { id: 'p2', cells: { '2027-01': cell(1, 1), '2028-01': cell(1_000_000, 5) } },
      ],
      OWNED: [],
      EARNED: [{ id: 'e1', cells: { '2027-03': cell(7, 0.7) } }],
    },
  };

  it('sums per block, per period, per block and period, per row and overall', () => {
    const totals = computeTotals(plan);
    expect(totals.overall).toEqual({ budget: 358, quantity: 2 });
    expect(totals.byBlock).toEqual({
      PAID: { budget: 351, quantity: 1.3 },
      OWNED: { budget: 0, quantity: 0 },
      EARNED: { budget: 7, quantity: 0.7 },
    });
    expect(totals.byPeriod).toEqual({
      '2027-01': { budget: 101, quantity: 1.1 },
      '2027-02': { budget: 250, quantity: 0.2 },
      '2027-03': { budget: 7, quantity: 0.7 },
    });
    expect(totals.byBlockPeriod.PAID['2027-01']).toEqual({ budget: 101, quantity: 1.1 });
    expect(totals.byBlockPeriod.OWNED['2027-02']).toEqual({ budget: 0, quantity: 0 });
    expect(totals.byBlockPeriod.EARNED['2027-03']).toEqual({ budget: 7, quantity: 0.7 });
    expect(totals.byRow).toEqual({
      p1: { budget: 350, quantity: 0.3 },
      p2: { budget: 1, quantity: 1 },
      e1: { budget: 7, quantity: 0.7 },
    });
    expect(totals.overflow).toBe(false);
  });

  it('adds decimal quantities exactly (0.1 + 0.2 is 0.3)', () => {
    expect(computeTotals(plan).byRow.p1?.quantity).toBe(0.3);
  });

  it('ignores cells outside the periods', () => {
    expect(computeTotals(plan).byRow.p2?.budget).toBe(1);
  });

  it('agrees with a naive sum on the sample plan', () => {
    const view = readPlan(buildPlanDoc().doc);
    let naive = 0;
    for (const rows of Object.values(view.blocks)) {
      for (const row of rows) for (const value of Object.values(row.cells)) naive += value.budget;
    }
    expect(view.totals.overall.budget).toBe(naive);
    expect(view.totals.overall.budget).toBe(150_000 + 99 + 1 + 500_000 + 1_234_567);
  });
});
