import * as Y from 'yjs';
import { applyImport, type ImportedPlan, MAX_IMPORT_ROWS } from './import-plan.js';
import { addRow, initPlan } from './plan.js';
import { readPlan } from './read-plan.js';

const PLAN: ImportedPlan = {
  settings: {
    flightStart: '2027-01-01',
    flightEnd: '2027-02-28',
    granularity: 'month',
    currency: 'EUR',
  },
  rows: [
    {
      block: 'OWNED',
      channel: 'Blog',
      activity: 'Posts',
      objective: '',
      goalId: '',
      pricing: 'FLAT',
      cells: {},
    },
    {
      block: 'PAID',
      channel: 'Meta',
      activity: 'Ads',
      objective: 'Reach',
      goalId: 'g1',
      pricing: 'CPM',
      cells: { '2027-01': { budget: 1000, quantity: 5, note: 'x' } },
    },
    {
      block: 'PAID',
      channel: 'Google',
      activity: 'Search',
      objective: '',
      goalId: '',
      pricing: 'CPC',
      cells: { '2027-12': { budget: 9, quantity: 0, note: '' } },
    },
  ],
};

describe('applying an import', () => {
  it('replaces settings and rows in one transaction, keeping the order within each block', () => {
    const doc = new Y.Doc();
    initPlan(doc, {
      flightStart: '2026-01-01',
      flightEnd: '2026-01-31',
      granularity: 'week',
      currency: 'USD',
    });
    addRow(doc, 'EARNED', { channel: 'old' });
    let updates = 0;
    doc.on('update', () => {
      updates += 1;
    });
    expect(applyImport(doc, PLAN, 'replace')).toEqual({ ok: true });
    expect(updates).toBe(1);
    const view = readPlan(doc);
    expect(view.settings).toEqual({ ...PLAN.settings, version: 1 });
    expect(view.blocks.EARNED).toEqual([]);
    expect(view.blocks.PAID.map((r) => r.channel)).toEqual(['Meta', 'Google']);
    expect(view.blocks.OWNED.map((r) => r.channel)).toEqual(['Blog']);
    expect(view.totals.overall.budget).toBe(1000);
  });

  it('initialises an empty document and keeps imported cells outside the flight hidden', () => {
    const doc = new Y.Doc();
    expect(applyImport(doc, PLAN, 'replace')).toEqual({ ok: true });
    expect(readPlan(doc).initialised).toBe(true);
    const google = readPlan(doc).blocks.PAID[1];
    expect(google?.cells).toEqual({});
  });

  it('refuses an invalid plan and changes nothing', () => {
    const doc = new Y.Doc();
    const bad: ImportedPlan[] = [
      { ...PLAN, settings: { ...PLAN.settings, currency: 'EURO' } },
      {
        ...PLAN,
        rows: [{ ...(PLAN.rows[0] as ImportedPlan['rows'][number]), block: 'X' as 'PAID' }],
      },
      {
        ...PLAN,
        rows: [
          {
            ...(PLAN.rows[1] as ImportedPlan['rows'][number]),
            cells: { '2027-01': { budget: -1, quantity: 0, note: '' } },
          },
        ],
      },
      {
        ...PLAN,
        rows: [
          {
            ...(PLAN.rows[1] as ImportedPlan['rows'][number]),
            cells: { '2027-W01': { budget: 1, quantity: 0, note: '' } },
          },
        ],
      },
      {
        ...PLAN,
        rows: Array.from(
          { length: MAX_IMPORT_ROWS + 1 },
          () => PLAN.rows[0] as ImportedPlan['rows'][number],
        ),
      },
    ];
    for (const plan of bad) {
      expect(applyImport(doc, plan, 'replace')).toMatchObject({
        ok: false,
        error: 'import_invalid',
      });
    }
    expect(doc.getMap('mediaPlan').size).toBe(0);
  });
});
