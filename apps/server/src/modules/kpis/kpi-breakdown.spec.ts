import { type PlanCell, planBreakdown } from './kpi-breakdown.js';

function cell(overrides: Partial<PlanCell>): PlanCell {
  return {
    documentId: 'plan-1',
    planTitle: 'Spring plan',
    rowId: 'r1',
    block: 'PAID',
    channel: 'Instagram',
    activity: 'Ads',
    pricing: 'CPC',
    goalId: '',
    periodKey: '2025-03',
    currency: 'EUR',
    budget: 10_000,
    quantity: 100,
    ...overrides,
  };
}

function networks(entries: Record<string, Record<string, Record<string, number>>>) {
  return new Map(
    Object.entries(entries).map(([network, months]) => [network, new Map(Object.entries(months))]),
  );
}

const base = { from: '2025-03', to: '2025-04', currency: 'EUR', goalKpis: new Map() };

describe('results by media-plan row and by block', () => {
  it("compares a row's plan with its network's actuals, counting the quantity its pricing names", () => {
    const { planRows } = planBreakdown({
      ...base,
      cells: [cell({}), cell({ periodKey: '2025-04', budget: 5_000, quantity: 50 })],
      byNetwork: networks({
        instagram: { '2025-03': { spend: 9_000, clicks: 80 }, '2025-04': { clicks: 70 } },
      }),
    });
    expect(planRows).toEqual([
      expect.objectContaining({
        block: 'PAID',
        activity: 'Ads',
        network: 'instagram',
        quantityMetric: 'clicks',
        plannedSpend: 15_000,
        plannedQuantity: 150,
        actualSpend: 9_000,
        actualQuantity: 150,
        actualSource: 'row_network',
        sharedWith: 1,
      }),
    ]);
  });

  it("shows a row without actuals as planned only, and a goal KPI's metric before the pricing's", () => {
    const { planRows } = planBreakdown({
      ...base,
      goalKpis: new Map([['g1', { name: 'More reach', metric: 'reach' }]]),
      cells: [cell({ channel: 'Newsletter', block: 'OWNED', goalId: 'g1' })],
      byNetwork: networks({ instagram: { '2025-03': { reach: 5 } } }),
    });
    expect(planRows[0]).toMatchObject({
      network: null,
      kpiName: 'More reach',
      quantityMetric: 'reach',
      actualSpend: null,
      actualQuantity: null,
      actualSource: 'none',
    });
  });

  it("labels a network's total as shared when several rows plan that network", () => {
    const { planRows } = planBreakdown({
      ...base,
      cells: [cell({}), cell({ rowId: 'r2', block: 'OWNED', activity: 'Reels', budget: 0 })],
      byNetwork: networks({ instagram: { '2025-03': { spend: 8_000, clicks: 10 } } }),
    });
    expect(planRows.map((r) => [r.rowId, r.actualSource, r.sharedWith, r.actualSpend])).toEqual([
      ['r1', 'shared_network', 2, 8_000],
      ['r2', 'shared_network', 2, 8_000],
    ]);
  });

  it('leaves out cells outside the range and in another currency', () => {
    const { planRows, blocks } = planBreakdown({
      ...base,
      cells: [cell({ periodKey: '2025-05' }), cell({ rowId: 'r2', currency: 'USD' })],
      byNetwork: new Map(),
    });
    expect(planRows).toEqual([]);
    expect(blocks).toEqual([]);
  });

  it('splits a network spanning blocks by planned budget (estimated) and puts unplanned networks apart', () => {
    const { blocks } = planBreakdown({
      ...base,
      cells: [
        cell({ budget: 3_000 }),
        cell({ rowId: 'r2', block: 'OWNED', budget: 1_000 }),
        cell({ rowId: 'r3', block: 'EARNED', channel: 'PR', budget: 500 }),
      ],
      byNetwork: networks({
        instagram: { '2025-03': { spend: 4_000, revenue: 8_000 } },
        tiktok: { '2025-04': { spend: 1_000 } },
      }),
    });
    expect(blocks.map((b) => b.block)).toEqual(['PAID', 'OWNED', 'EARNED', 'UNPLANNED']);
    const [paid, owned, earned, unplanned] = blocks;
    expect(paid).toMatchObject({ plannedSpend: 3_000, actualSpend: 3_000, revenue: 6_000 });
    expect(paid!.estimated).toBe(true);
    expect(paid!.roi).toMatchObject({ value: 1, reason: null, planned: false });
    expect(owned).toMatchObject({ plannedSpend: 1_000, actualSpend: 1_000, estimated: true });
    // No actual spend: ROI has no revenue to go on, and says why.
    expect(earned).toMatchObject({ plannedSpend: 500, actualSpend: null, estimated: false });
    expect(earned!.roi).toMatchObject({ value: null, reason: 'missing_data' });
    expect(unplanned).toMatchObject({
      plannedSpend: 0,
      actualSpend: 1_000,
      networks: ['tiktok'],
      estimated: false,
    });
  });
});
