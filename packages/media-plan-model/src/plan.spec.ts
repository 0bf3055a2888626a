import * as Y from 'yjs';
import { MAX_MONEY_MINOR } from './money.js';
import { MEDIA_PLAN_ROOT } from './model.js';
import {
  addRow,
  initPlan,
  moveRow,
  PlanError,
  removeRow,
  setCell,
  type SettingsInput,
  updateRow,
  updateSettings,
} from './plan.js';
import { readPlan, readSettings } from './read-plan.js';
import { buildPlanDoc, connectedPeers } from './testing/factories.js';

const MONTHLY: SettingsInput = {
  flightStart: '2027-01-01',
  flightEnd: '2027-03-31',
  granularity: 'month',
  currency: 'USD',
};

function emptyPlan(settings: SettingsInput = MONTHLY): Y.Doc {
  const doc = new Y.Doc();
  expect(initPlan(doc, settings)).toEqual({ ok: true });
  return doc;
}

/** Every update a document emits while `run` runs. */
function updatesDuring(doc: Y.Doc, run: () => void): number {
  let count = 0;
  const count1 = (): void => {
    count += 1;
  };
  doc.on('update', count1);
  run();
  doc.off('update', count1);
  return count;
}

describe('initialising a plan', () => {
  it('writes the documented Yjs shape under the mediaPlan root', () => {
    const doc = emptyPlan();
    const root = doc.getMap(MEDIA_PLAN_ROOT);
    const settings = root.get('settings') as Y.Map<unknown>;
    expect(settings).toBeInstanceOf(Y.Map);
    expect(settings.toJSON()).toEqual({ ...MONTHLY, version: 1 });
    expect(root.get('rows')).toBeInstanceOf(Y.Map);
    const id = addRow(doc, 'PAID', { channel: 'Instagram' });
    setCell(doc, id, '2027-02', { budget: 500, quantity: 2, note: 'n' });
    const row = (root.get('rows') as Y.Map<Y.Map<unknown>>).get(id) as Y.Map<unknown>;
    expect(row.get('block')).toBe('PAID');
    expect(typeof row.get('position')).toBe('string');
    const cells = row.get('cells') as Y.Map<Y.Map<unknown>>;
    expect([...cells.keys()].sort()).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(cells.get('2027-02')?.toJSON()).toEqual({ budget: 500, quantity: 2, note: 'n' });
  });

  it('refuses invalid settings with every problem and writes nothing', () => {
    const doc = new Y.Doc();
    const result = initPlan(doc, {
      flightStart: '2027-02-30',
      flightEnd: 'x',
      granularity: 'day' as 'week',
      currency: 'EURO',
    });
    expect(result).toEqual({
      ok: false,
      error: 'start_invalid',
      errors: ['start_invalid', 'end_invalid', 'granularity_invalid', 'currency_invalid'],
    });
    expect(doc.getMap(MEDIA_PLAN_ROOT).size).toBe(0);
  });

  it('refuses to initialise twice', () => {
    const doc = emptyPlan();
    expect(initPlan(doc, MONTHLY)).toMatchObject({ ok: false, error: 'already_initialised' });
  });

  it('makes writers refuse a document that was never initialised', () => {
    const doc = new Y.Doc();
    expect(() => addRow(doc, 'PAID')).toThrow(PlanError);
    expect(setCell(doc, 'r1', '2027-01', { budget: 1 })).toMatchObject({
      error: 'not_initialised',
    });
    expect(updateSettings(doc, { currency: 'EUR' })).toMatchObject({ error: 'not_initialised' });
    expect(removeRow(doc, 'r1')).toMatchObject({ error: 'not_initialised' });
    expect(readPlan(doc).initialised).toBe(false);
  });
});

describe('rows', () => {
  it('adds rows last by default, first with null, or after a given row', () => {
    const doc = emptyPlan();
    const a = addRow(doc, 'PAID', { channel: 'a' });
    const b = addRow(doc, 'PAID', { channel: 'b' });
    const c = addRow(doc, 'PAID', { channel: 'c' }, null);
    const d = addRow(doc, 'PAID', { channel: 'd' }, a);
    const e = addRow(doc, 'PAID', { channel: 'e' }, 'gone');
    expect(readPlan(doc).blocks.PAID.map((r) => r.id)).toEqual([c, a, d, b, e]);
  });

  it('creates a row with defaults and refuses bad arguments by throwing a coded PlanError', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'OWNED');
    expect(readPlan(doc).blocks.OWNED[0]).toMatchObject({
      id,
      channel: '',
      activity: '',
      objective: '',
      goalId: '',
      pricing: 'FLAT',
    });
    expect(() => addRow(doc, 'SHARED' as 'PAID')).toThrow(
      expect.objectContaining({ code: 'block_invalid' }),
    );
    expect(() => addRow(doc, 'PAID', { pricing: 'CPV' as 'CPM' })).toThrow(
      expect.objectContaining({ code: 'pricing_invalid' }),
    );
    expect(() => addRow(doc, 'PAID', { channel: 'x'.repeat(101) })).toThrow(
      expect.objectContaining({ code: 'channel_invalid' }),
    );
  });

  it('updates only the given fields and refuses invalid ones without changing anything', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'PAID', { channel: 'Instagram', activity: 'Ads' });
    expect(updateRow(doc, id, { activity: 'Stories', goalId: 'goal-7', pricing: 'CPC' })).toEqual({
      ok: true,
    });
    expect(readPlan(doc).blocks.PAID[0]).toMatchObject({
      channel: 'Instagram',
      activity: 'Stories',
      goalId: 'goal-7',
      pricing: 'CPC',
    });
    const refused = updatesDuring(doc, () => {
      expect(
        updateRow(doc, id, { activity: 'ok', objective: 5 as unknown as string }),
      ).toMatchObject({ error: 'objective_invalid' });
      expect(updateRow(doc, 'missing', { activity: 'x' })).toMatchObject({
        error: 'row_not_found',
      });
    });
    expect(refused).toBe(0);
    expect(updatesDuring(doc, () => updateRow(doc, id, { channel: 'Instagram' }))).toBe(0);
  });

  it('removes a row and its cells', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'EARNED');
    setCell(doc, id, '2027-01', { budget: 100 });
    expect(removeRow(doc, id)).toEqual({ ok: true });
    expect(readPlan(doc).blocks.EARNED).toEqual([]);
    expect(readPlan(doc).totals.overall.budget).toBe(0);
    expect(removeRow(doc, id)).toMatchObject({ error: 'row_not_found' });
  });

  it('moves a row within a block and to another block, keeping its cells', () => {
    const doc = emptyPlan();
    const a = addRow(doc, 'PAID', { channel: 'a' });
    const b = addRow(doc, 'PAID', { channel: 'b' });
    const c = addRow(doc, 'PAID', { channel: 'c' });
    setCell(doc, c, '2027-01', { budget: 700 });
    expect(moveRow(doc, c, 'PAID', a)).toEqual({ ok: true });
    expect(readPlan(doc).blocks.PAID.map((r) => r.id)).toEqual([c, a, b]);
    const o = addRow(doc, 'OWNED', { channel: 'o' });
    expect(moveRow(doc, c, 'OWNED', o)).toEqual({ ok: true });
    const view = readPlan(doc);
    expect(view.blocks.PAID.map((r) => r.id)).toEqual([a, b]);
    expect(view.blocks.OWNED.map((r) => r.id)).toEqual([c, o]);
    expect(view.blocks.OWNED[0]?.cells['2027-01']).toEqual({ budget: 700, quantity: 0, note: '' });
    expect(view.totals.byBlock.OWNED.budget).toBe(700);
    expect(moveRow(doc, a, 'OWNED', null)).toEqual({ ok: true });
    expect(readPlan(doc).blocks.OWNED.map((r) => r.id)).toEqual([c, o, a]);
    expect(moveRow(doc, a, 'OWNED', 'gone')).toEqual({ ok: true });
    expect(moveRow(doc, 'gone', 'PAID', null)).toMatchObject({ error: 'row_not_found' });
    expect(moveRow(doc, a, 'SHARED' as 'PAID', null)).toMatchObject({ error: 'block_invalid' });
  });
});

describe('cells', () => {
  it('sets each field independently', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'PAID');
    expect(setCell(doc, id, '2027-01', { budget: 12345 })).toEqual({ ok: true });
    expect(setCell(doc, id, '2027-01', { note: 'hi' })).toEqual({ ok: true });
    expect(setCell(doc, id, '2027-01', { quantity: 2.5 })).toEqual({ ok: true });
    expect(readPlan(doc).blocks.PAID[0]?.cells).toEqual({
      '2027-01': { budget: 12345, quantity: 2.5, note: 'hi' },
    });
  });

  it('refuses invalid values, keys and rows, and changes nothing', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'PAID');
    const cases: [Parameters<typeof setCell>[2], Parameters<typeof setCell>[3], string][] = [
      ['2027-01', { budget: 12.5 }, 'budget_invalid'],
      ['2027-01', { budget: -1 }, 'budget_invalid'],
      ['2027-01', { budget: MAX_MONEY_MINOR + 1 }, 'budget_invalid'],
      ['2027-01', { budget: NaN }, 'budget_invalid'],
      ['2027-01', { quantity: 1.005 }, 'quantity_invalid'],
      ['2027-01', { quantity: -2 }, 'quantity_invalid'],
      ['2027-01', { note: 'x'.repeat(2001) }, 'note_invalid'],
      ['2027-W01', { budget: 1 }, 'period_invalid'],
      ['2027-13', { budget: 1 }, 'period_invalid'],
    ];
    const updates = updatesDuring(doc, () => {
      for (const [key, patch, error] of cases)
        expect(setCell(doc, id, key, patch)).toMatchObject({ ok: false, error });
      expect(setCell(doc, 'missing', '2027-01', { budget: 1 })).toMatchObject({
        error: 'row_not_found',
      });
    });
    expect(updates).toBe(0);
  });

  it('accepts a key outside the flight: kept, not shown, not totalled', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'PAID');
    expect(setCell(doc, id, '2028-06', { budget: 999 })).toEqual({ ok: true });
    expect(readPlan(doc).blocks.PAID[0]?.cells).toEqual({});
    expect(readPlan(doc).totals.overall.budget).toBe(0);
  });
});

describe('settings', () => {
  it('refuses a change that makes the flight invalid and changes nothing', () => {
    const doc = emptyPlan();
    expect(updateSettings(doc, { flightStart: '2027-04-01' })).toMatchObject({
      error: 'end_before_start',
    });
    expect(updateSettings(doc, { flightEnd: '2035-01-01' })).toMatchObject({ error: 'too_long' });
    expect(updateSettings(doc, { currency: 'XYZ' })).toMatchObject({ error: 'currency_invalid' });
    expect(readSettings(doc)).toEqual({ ...MONTHLY, version: 1 });
  });

  it('keeps cells outside a shortened flight and shows them again when it grows back', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'PAID');
    setCell(doc, id, '2027-03', { budget: 300, note: 'March' });
    expect(updateSettings(doc, { flightEnd: '2027-02-28' })).toEqual({ ok: true });
    let view = readPlan(doc);
    expect(view.periods.map((p) => p.key)).toEqual(['2027-01', '2027-02']);
    expect(view.totals.overall.budget).toBe(0);
    expect(updateSettings(doc, { flightEnd: '2027-04-30' })).toEqual({ ok: true });
    view = readPlan(doc);
    expect(view.blocks.PAID[0]?.cells['2027-03']).toEqual({
      budget: 300,
      quantity: 0,
      note: 'March',
    });
    expect(view.totals.overall.budget).toBe(300);
  });

  it('creates empty cells for new periods in every row, in the same change', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'PAID');
    expect(updatesDuring(doc, () => updateSettings(doc, { flightEnd: '2027-05-31' }))).toBe(1);
    const cells = (doc.getMap(MEDIA_PLAN_ROOT).get('rows') as Y.Map<Y.Map<unknown>>)
      .get(id)
      ?.get('cells') as Y.Map<unknown>;
    expect([...cells.keys()].sort()).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
    ]);
  });

  it('switches granularity, keeping the cells of the other granularity hidden', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'PAID');
    setCell(doc, id, '2027-01', { budget: 100 });
    expect(updateSettings(doc, { granularity: 'week' })).toEqual({ ok: true });
    expect(readPlan(doc).periods[0]?.key).toBe('2026-W53');
    expect(readPlan(doc).totals.overall.budget).toBe(0);
    expect(setCell(doc, id, '2027-01', { budget: 1 })).toMatchObject({ error: 'period_invalid' });
    expect(updateSettings(doc, { granularity: 'month' })).toEqual({ ok: true });
    expect(readPlan(doc).totals.overall.budget).toBe(100);
  });

  it('rescales budgets when the currency has another number of decimals', () => {
    const doc = emptyPlan();
    const id = addRow(doc, 'PAID');
    setCell(doc, id, '2027-01', { budget: 1050 });
    setCell(doc, id, '2027-02', { budget: 1049 });
    expect(updateSettings(doc, { currency: 'EUR' })).toEqual({ ok: true });
    expect(readPlan(doc).totals.overall.budget).toBe(2099);
    expect(updateSettings(doc, { currency: 'JPY' })).toEqual({ ok: true });
    expect(readPlan(doc).blocks.PAID[0]?.cells['2027-01']?.budget).toBe(11);
    expect(readPlan(doc).blocks.PAID[0]?.cells['2027-02']?.budget).toBe(10);
    expect(updateSettings(doc, { currency: 'KWD' })).toEqual({ ok: true });
    expect(readPlan(doc).totals.overall.budget).toBe(21_000);
  });

  it('refuses a currency change that would push a budget over the cap', () => {
    const doc = emptyPlan({ ...MONTHLY, currency: 'JPY' });
    const id = addRow(doc, 'PAID');
    setCell(doc, id, '2027-01', { budget: MAX_MONEY_MINOR });
    expect(updateSettings(doc, { currency: 'USD' })).toMatchObject({
      error: 'currency_change_too_large',
    });
    expect(readSettings(doc).currency).toBe('JPY');
  });
});

describe('concurrent editing', () => {
  it('merges two people editing two cells, and budget and note of one cell', () => {
    const { doc, ids } = buildPlanDoc();
    const { a, b, sync } = connectedPeers(doc);
    const row = ids[1] as string;
    setCell(a, row, '2027-W03', { budget: 111 });
    setCell(b, row, '2027-W04', { budget: 222 });
    setCell(a, row, '2027-W05', { budget: 333 });
    setCell(b, row, '2027-W05', { note: 'from b' });
    sync();
    for (const peer of [a, b]) {
      const cells = readPlan(peer).blocks.PAID[1]?.cells;
      expect(cells?.['2027-W03']?.budget).toBe(111);
      expect(cells?.['2027-W04']?.budget).toBe(222);
      expect(cells?.['2027-W05']).toEqual({ budget: 333, quantity: 0, note: 'from b' });
    }
  });

  it('keeps a cell edit made while someone else moves the row to another block', () => {
    const { doc, ids } = buildPlanDoc();
    const { a, b, sync } = connectedPeers(doc);
    const row = ids[0] as string;
    moveRow(a, row, 'OWNED', null);
    setCell(b, row, '2027-W02', { budget: 4242 });
    updateRow(b, row, { activity: 'Renamed' });
    sync();
    for (const peer of [a, b]) {
      const moved = readPlan(peer).blocks.OWNED.find((r) => r.id === row);
      expect(moved?.cells['2027-W02']?.budget).toBe(4242);
      expect(moved?.activity).toBe('Renamed');
    }
  });

  it('shows rows inserted at the same spot at once in the same order everywhere, and can insert between them', () => {
    const { doc, ids } = buildPlanDoc();
    const { a, b, sync } = connectedPeers(doc);
    const first = ids[0] as string;
    const x = addRow(a, 'PAID', { channel: 'x' }, first);
    const y = addRow(b, 'PAID', { channel: 'y' }, first);
    sync();
    const orderA = readPlan(a).blocks.PAID.map((r) => r.id);
    expect(readPlan(b).blocks.PAID.map((r) => r.id)).toEqual(orderA);
    expect(orderA.slice(1, 3).sort()).toEqual([x, y].sort());
    const [tiedA, tiedB] = readPlan(a).blocks.PAID.slice(1, 3);
    expect(tiedA?.position).toBe(tiedB?.position);
    const [lower] = orderA.slice(1, 2) as [string];
    const z = addRow(a, 'PAID', { channel: 'z' }, lower);
    sync();
    const after = readPlan(b).blocks.PAID.map((r) => r.id);
    expect(after.indexOf(z)).toBe(after.indexOf(lower) + 1);
    expect(readPlan(a).blocks.PAID.map((r) => r.id)).toEqual(after);
  });

  it('lets a deletion win over a concurrent edit of the deleted row', () => {
    const { doc, ids } = buildPlanDoc();
    const { a, b, sync } = connectedPeers(doc);
    removeRow(a, ids[2] as string);
    setCell(b, ids[2] as string, '2027-W03', { budget: 5 });
    sync();
    expect(readPlan(a).blocks.OWNED).toEqual([]);
    expect(readPlan(b).blocks.OWNED).toEqual([]);
  });

  it('converges when the flight is extended on one side and a new cell edited on the other after sync', () => {
    const { doc, ids } = buildPlanDoc();
    const { a, b, sync } = connectedPeers(doc);
    updateSettings(a, { flightEnd: '2027-03-03' });
    sync();
    setCell(a, ids[0] as string, '2027-W09', { budget: 9 });
    setCell(b, ids[0] as string, '2027-W09', { note: 'nine' });
    sync();
    expect(readPlan(b).blocks.PAID[0]?.cells['2027-W09']).toEqual({
      budget: 9,
      quantity: 0,
      note: 'nine',
    });
    expect(readPlan(a)).toEqual(readPlan(b));
  });
});
