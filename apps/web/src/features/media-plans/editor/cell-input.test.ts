import { addRow, initPlan, readPlan, type RowView } from '@chorus/media-plan-model';
import * as Y from 'yjs';
import { createPlanFormats } from '../plan-format';
import {
  MAX_PASTE_NEW_ROWS,
  MAX_PASTE_UPDATE_BYTES,
  planPaste,
  updateBytes,
  type ReadContext,
} from './cell-input';
import { buildColumns } from './columns';

/** A plan of `weeks` weeks (from 2027-01-04) with `rows` paid rows. */
function buildPlan(weeks: number, rows: number) {
  const doc = new Y.Doc();
  const end = new Date(Date.UTC(2027, 0, 4 + weeks * 7 - 1)).toISOString().slice(0, 10);
  initPlan(doc, {
    flightStart: '2027-01-04',
    flightEnd: end,
    granularity: 'week',
    currency: 'USD',
  });
  for (let i = 0; i < rows; i += 1) addRow(doc, 'PAID', { channel: `Channel ${i}` });
  const plan = readPlan(doc);
  const planRows: RowView[] = [...plan.blocks.PAID, ...plan.blocks.OWNED, ...plan.blocks.EARNED];
  return { doc, rows: planRows, columns: buildColumns(plan.periods) };
}

const context: ReadContext = {
  metric: 'budget',
  formats: createPlanFormats('en', 'USD', (week) => `Week ${week}`),
  goals: null,
  pricingLabel: (pricing) => pricing,
};

describe('planning a paste', () => {
  it('refuses one that would add more than MAX_PASTE_NEW_ROWS rows, before reading its values', () => {
    const { rows, columns } = buildPlan(4, 2);
    const firstPeriod = columns.findIndex((column) => column.kind === 'period');
    const lines = (count: number) => Array.from({ length: count }, () => ['not a number']);
    // From the last row: one line lands on it, the others are new rows.
    const at = { row: 1, column: firstPeriod };

    expect(
      planPaste({ values: lines(MAX_PASTE_NEW_ROWS + 2), rows, columns, at, context }),
    ).toEqual({ ok: false, reason: 'tooManyRows', rows: MAX_PASTE_NEW_ROWS + 1, max: 200 });
    // At the limit the values are read (and these are refused for what they are).
    const atLimit = planPaste({
      values: lines(MAX_PASTE_NEW_ROWS + 1),
      rows,
      columns,
      at,
      context,
    });
    expect(atLimit).toMatchObject({ ok: false, reason: 'values' });
  });

  it('leaves out values that land on the actions and total columns', () => {
    const { doc, rows, columns } = buildPlan(2, 2);
    // A whole row as the grid copies it: actions, five fields, two weeks, the total.
    const copied = ['', 'Blog', 'Articles', 'Reach', '', 'CPM', '12.50', '', '12.50'];
    const plan = planPaste({ values: [copied], rows, columns, at: { row: 1, column: 0 }, context });
    if (!plan.ok) throw new Error(`refused: ${JSON.stringify(plan)}`);
    expect(plan.cells).toBe(7);
    plan.apply(doc);
    const row = readPlan(doc).blocks.PAID[1];
    expect(row).toMatchObject({ channel: 'Blog', activity: 'Articles', pricing: 'CPM' });
    expect(row?.cells['2027-W01']?.budget).toBe(1250);
    expect(row?.cells['2027-W02']?.budget ?? 0).toBe(0);
  });

  it('refuses a paste that lands only on read-only columns, saying so', () => {
    const { rows, columns } = buildPlan(2, 1);
    const total = columns.length - 1;
    expect(
      planPaste({ values: [['99']], rows, columns, at: { row: 0, column: total }, context }),
    ).toEqual({
      ok: false,
      reason: 'values',
      problems: [{ row: 0, column: total, problem: { kind: 'readOnly' } }],
    });
  });
});

describe('measuring an update', () => {
  it('gives the size of the update a change sends, and changes nothing', () => {
    const { doc } = buildPlan(52, 3);
    const before = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    // The same row ids in the measure and in the real change (ids are random, and their order
    // decides the rows' positions), so the two updates must match byte for byte.
    let seed = 0;
    const random = jest
      .spyOn(globalThis.crypto, 'getRandomValues')
      .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint8Array)
          for (let i = 0; i < array.length; i += 1) array[i] = seed++ % 251;
        return array;
      });
    const addRows = (target: Y.Doc) => {
      seed = 7;
      for (let i = 0; i < 10; i += 1) addRow(target, 'OWNED', { channel: `Row ${i}` });
    };

    try {
      const measured = updateBytes(doc, addRows);
      expect(updates).toEqual([]);
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);

      doc.transact(() => addRows(doc));
      expect(updates).toHaveLength(1);
      expect(measured).toBe(updates[0]?.byteLength);
    } finally {
      random.mockRestore();
    }
  });

  it('puts 1,000 full rows of a 52-week plan over the paste limit, and the 200 allowed under it', () => {
    const { doc, rows, columns } = buildPlan(52, 1);
    const line = columns
      .filter((column) => column.kind === 'period')
      .map((_, i) => String(1000 + i));
    const firstPeriod = columns.findIndex((column) => column.kind === 'period');
    const bytesOf = (count: number) => {
      const plan = planPaste({
        values: Array.from({ length: count }, () => line),
        rows,
        columns,
        at: { row: 0, column: firstPeriod },
        context,
        maxNewRows: 1000,
      });
      if (!plan.ok) throw new Error('refused');
      return updateBytes(doc, plan.apply);
    };
    expect(bytesOf(1000)).toBeGreaterThan(MAX_PASTE_UPDATE_BYTES);
    expect(bytesOf(MAX_PASTE_NEW_ROWS + 1)).toBeLessThan(MAX_PASTE_UPDATE_BYTES);
  });
});
