import * as Y from 'yjs';
import { MAX_MONEY_MINOR } from './money.js';
import { MEDIA_PLAN_ROOT } from './model.js';
import { addRow, initPlan, setCell } from './plan.js';
import { DEFAULT_CURRENCY, readPlan, readSettings } from './read-plan.js';
import { buildPlanDoc } from './testing/factories.js';

describe('reading a plan', () => {
  it('lists rows per block in position order with only their filled cells of the flight', () => {
    const { doc, ids } = buildPlanDoc();
    const view = readPlan(doc);
    expect(view.initialised).toBe(true);
    expect(view.flightErrors).toEqual([]);
    expect(view.periods.map((p) => p.key)).toEqual([
      '2026-W53',
      '2027-W01',
      '2027-W02',
      '2027-W03',
      '2027-W04',
      '2027-W05',
      '2027-W06',
    ]);
    expect(view.blocks.PAID.map((r) => r.id)).toEqual([ids[0], ids[1]]);
    expect(view.blocks.PAID[0]?.cells).toEqual({
      '2026-W53': { budget: 150_000, quantity: 250_000, note: '' },
      '2027-W01': { budget: 99, quantity: 0.5, note: 'launch; café ☕' },
      '2027-W06': { budget: 1, quantity: 0, note: '=SUM(A1)' },
    });
    expect(view.blocks.OWNED[0]).toMatchObject({ channel: 'Newsletter', pricing: 'CPC' });
    expect(view.blocks.EARNED[0]?.goalId).toBe('goal-2');
  });

  it('reads a cell cleared back to zeros as absent', () => {
    const { doc, ids } = buildPlanDoc();
    setCell(doc, ids[1] as string, '2027-W02', { budget: 0, quantity: 0 });
    expect(readPlan(doc).blocks.PAID[1]?.cells).toEqual({});
  });

  it('reads an empty document as an uninitialised plan with defaults', () => {
    const view = readPlan(new Y.Doc());
    expect(view.initialised).toBe(false);
    expect(view.settings).toEqual({
      flightStart: '',
      flightEnd: '',
      granularity: 'month',
      currency: DEFAULT_CURRENCY,
      version: 1,
    });
    expect(view.periods).toEqual([]);
    expect(view.flightErrors).toEqual(['start_invalid', 'end_invalid']);
    expect(view.totals.overall).toEqual({ budget: 0, quantity: 0 });
  });

  it('survives anything a hostile client writes, coercing or skipping what is wrong', () => {
    const doc = new Y.Doc();
    initPlan(doc, {
      flightStart: '2027-01-01',
      flightEnd: '2027-02-28',
      granularity: 'month',
      currency: 'EUR',
    });
    const good = addRow(doc, 'PAID', { channel: 'ok' });
    const root = doc.getMap<unknown>(MEDIA_PLAN_ROOT);
    const rows = root.get('rows') as Y.Map<unknown>;
    doc.transact(() => {
      rows.set('not-a-map', 'hello');
      rows.set('array', new Y.Array());
      const unknownBlock = new Y.Map<unknown>();
      unknownBlock.set('block', 'SHARED');
      rows.set('unknown-block', unknownBlock);
      const weird = new Y.Map<unknown>();
      weird.set('block', 'OWNED');
      weird.set('position', 42);
      weird.set('channel', { evil: true });
      weird.set('activity', null);
      weird.set('pricing', 'FREE');
      weird.set('cells', 'nope');
      rows.set('weird', weird);
      const cells = (rows.get(good) as Y.Map<unknown>).get('cells') as Y.Map<unknown>;
      const jan = cells.get('2027-01') as Y.Map<unknown>;
      jan.set('budget', NaN);
      jan.set('quantity', -5);
      jan.set('note', 12);
      const feb = cells.get('2027-02') as Y.Map<unknown>;
      feb.set('budget', 12.7);
      feb.set('quantity', 1e30);
      feb.set('note', 'fine');
      cells.set('2027-03', 'string cell');
      cells.set('__proto__', new Y.Map());
      const settings = root.get('settings') as Y.Map<unknown>;
      settings.set('currency', 'DOGE');
      settings.set('granularity', 7);
    });
    const view = readPlan(doc);
    expect(view.settings.currency).toBe(DEFAULT_CURRENCY);
    expect(view.settings.granularity).toBe('month');
    expect(view.blocks.PAID.map((r) => r.id)).toEqual([good]);
    expect(view.blocks.PAID[0]?.cells).toEqual({
      '2027-02': { budget: 13, quantity: 1e12, note: 'fine' },
    });
    expect(view.blocks.OWNED).toEqual([
      {
        id: 'weird',
        block: 'OWNED',
        position: '',
        channel: '',
        activity: '',
        objective: '',
        goalId: '',
        pricing: 'FLAT',
        cells: {},
      },
    ]);
    expect(view.totals.overall.budget).toBe(13);
    expect(view.totals.overflow).toBe(false);
  });

  it('reads invalid stored settings field by field', () => {
    const doc = new Y.Doc();
    const settings = new Y.Map<unknown>();
    doc.getMap(MEDIA_PLAN_ROOT).set('settings', settings);
    settings.set('flightStart', '2027-01-01');
    settings.set('flightEnd', '2026-01-01');
    settings.set('granularity', 'week');
    settings.set('currency', 'JPY');
    expect(readSettings(doc)).toEqual({
      flightStart: '2027-01-01',
      flightEnd: '2026-01-01',
      granularity: 'week',
      currency: 'JPY',
      version: 1,
    });
    const view = readPlan(doc);
    expect(view.flightErrors).toEqual(['end_before_start']);
    expect(view.periods).toEqual([]);
  });

  it('flags totals that a hostile client pushed past the safe integer range', () => {
    const doc = new Y.Doc();
    initPlan(doc, {
      flightStart: '2027-01-01',
      flightEnd: '2027-12-31',
      granularity: 'month',
      currency: 'USD',
    });
    for (let i = 0; i < 100; i += 1) {
      const id = addRow(doc, 'PAID');
      for (let m = 1; m <= 12; m += 1) {
        const cell = (
          (doc.getMap(MEDIA_PLAN_ROOT).get('rows') as Y.Map<Y.Map<unknown>>)
            .get(id)
            ?.get('cells') as Y.Map<Y.Map<unknown>>
        ).get(`2027-${String(m).padStart(2, '0')}`) as Y.Map<unknown>;
        cell.set('budget', MAX_MONEY_MINOR);
      }
    }
    expect(readPlan(doc).totals.overflow).toBe(true);
  });
});
