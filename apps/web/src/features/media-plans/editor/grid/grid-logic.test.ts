// Unit tests of the grid's pure parts besides keys and selection: the cell editor's rules,
// the clipboard checks and row moves.
import { addRow, initPlan, readPlan, setCell, type RowView } from '@chorus/media-plan-model';
import * as Y from 'yjs';
import { createPlanFormats } from '../../plan-format';
import type { ReadContext } from '../cell-input';
import { buildColumns, type Column } from '../columns';
import { closeEdit, editorKeyAction, moveDelta, openEdit } from './cell-editing';
import { checkPaste, clearWrites, problemsToName, rangeCells } from './clipboard';
import { rowMoveTarget } from './row-moves';

const context: ReadContext = {
  metric: 'budget',
  formats: createPlanFormats('en', 'USD', (week) => `Week ${week}`),
  goals: null,
  pricingLabel: (pricing) => pricing,
};

function buildPlan() {
  const doc = new Y.Doc();
  initPlan(doc, {
    flightStart: '2027-01-04',
    flightEnd: '2027-01-17',
    granularity: 'week',
    currency: 'USD',
  });
  const a = addRow(doc, 'PAID', { channel: 'Instagram' });
  const b = addRow(doc, 'PAID', { channel: 'Facebook' });
  const c = addRow(doc, 'OWNED', { channel: 'Blog' });
  setCell(doc, a, '2027-W01', { budget: 4200 });
  const plan = readPlan(doc);
  const rows: RowView[] = [...plan.blocks.PAID, ...plan.blocks.OWNED, ...plan.blocks.EARNED];
  return { doc, plan, rows, columns: buildColumns(plan.periods), ids: { a, b, c } };
}

const col = (columns: readonly Column[], key: string) =>
  columns.find((c) => c.key === key) as Column;

describe('the cell editor', () => {
  it('opens with the cell text, or with the typed key replacing it (not for pickers)', () => {
    const { rows, columns } = buildPlan();
    const row = rows[0] as RowView;
    expect(openEdit(row, col(columns, 'p:2027-W01'), context)).toMatchObject({
      text: '42.00',
      start: '42.00',
    });
    expect(openEdit(row, col(columns, 'p:2027-W01'), context, '9')).toMatchObject({
      text: '9',
      start: null,
    });
    expect(openEdit(row, col(columns, 'pricing'), context, 'x')).toMatchObject({ text: 'FLAT' });
    expect(openEdit(row, col(columns, 'total'), context)).toBeNull();
  });

  it('writes only a changed value, and refuses an invalid one with its problem', () => {
    const { rows, columns } = buildPlan();
    const row = rows[0] as RowView;
    const budget = col(columns, 'p:2027-W01');
    const edit = openEdit(row, budget, context);
    if (!edit) throw new Error('no editor');
    expect(closeEdit(edit, row, budget, context)).toEqual({ kind: 'unchanged' });
    expect(closeEdit({ ...edit, text: '50' }, row, budget, context)).toMatchObject({
      kind: 'write',
      write: { kind: 'cell', periodKey: '2027-W01', patch: { budget: 5000 } },
    });
    expect(closeEdit({ ...edit, text: '-1' }, row, budget, context)).toMatchObject({
      kind: 'invalid',
      problem: { kind: 'number', error: 'negative' },
    });
    // Someone else changed the cell to what this person typed: nothing left to write.
    expect(closeEdit({ ...edit, text: '42.00', start: null }, row, budget, context)).toEqual({
      kind: 'unchanged',
    });
  });

  it('commits with Enter and Tab, cancels with Escape, and leaves IME composition alone', () => {
    expect(editorKeyAction({ key: 'Enter', shiftKey: true, isComposing: false })).toEqual({
      kind: 'commit',
      move: 'up',
    });
    expect(editorKeyAction({ key: 'Tab', shiftKey: false, isComposing: false })).toEqual({
      kind: 'commit',
      move: 'next',
    });
    expect(editorKeyAction({ key: 'Escape', shiftKey: false, isComposing: false })).toEqual({
      kind: 'cancel',
    });
    expect(editorKeyAction({ key: 'Enter', shiftKey: false, isComposing: true })).toBeNull();
    expect(editorKeyAction({ key: 'a', shiftKey: false, isComposing: false })).toBeNull();
    expect(moveDelta('previous')).toEqual({ rows: 0, columns: -1 });
    expect(moveDelta('down')).toEqual({ rows: 1, columns: 0 });
  });
});

describe('the grid clipboard', () => {
  it('copies a range as the cells’ texts and empties only what can be emptied', () => {
    const { rows, columns } = buildPlan();
    const range = { top: 0, bottom: 1, start: 1, end: 6 };
    const cells = rangeCells(range, rows, columns, (row, column) =>
      column.kind === 'field' && column.key !== 'goal' && column.key !== 'pricing'
        ? row[column.key]
        : column.key,
    );
    expect(cells).toHaveLength(2);
    expect(cells[0]?.[0]).toBe('Instagram');
    const writes = clearWrites(range, rows, columns, 'budget');
    // Channel, activity, objective, goal and one week per row; pricing cannot be emptied.
    expect(writes).toHaveLength(10);
  });

  it('refuses a paste with a bad value, or one too large for a frame, before writing', () => {
    const { doc, rows, columns } = buildPlan();
    const range = { top: 0, bottom: 0, start: 6, end: 6 };
    const bad = checkPaste({ doc, values: [['1', 'x']], rows, columns, range, context });
    expect(bad).toMatchObject({ ok: false, refusal: { kind: 'values' } });
    const big = checkPaste({
      doc,
      values: [['1', '2']],
      rows,
      columns,
      range,
      context,
      maxBytes: 1,
    });
    expect(big).toEqual({ ok: false, refusal: { kind: 'tooLarge' } });
    // A single value is never measured.
    const one = checkPaste({ doc, values: [['1']], rows, columns, range, context, maxBytes: 1 });
    expect(one.ok).toBe(true);
  });

  it('names four refused values and counts the rest', () => {
    expect(problemsToName([1, 2, 3, 4, 5, 6])).toEqual({ named: [1, 2, 3, 4], more: 2 });
  });
});

describe('moving a row a step', () => {
  it('passes its neighbour, crosses into the next block at an edge, and stops at the ends', () => {
    const { plan, ids } = buildPlan();
    const row = (id: string) => ({ id, block: id === ids.c ? 'OWNED' : 'PAID' }) as const;
    expect(rowMoveTarget(plan.blocks, row(ids.a), 1)).toEqual({ block: 'PAID', before: null });
    expect(rowMoveTarget(plan.blocks, row(ids.b), -1)).toEqual({ block: 'PAID', before: ids.a });
    expect(rowMoveTarget(plan.blocks, row(ids.b), 1)).toEqual({ block: 'OWNED', before: ids.c });
    expect(rowMoveTarget(plan.blocks, row(ids.c), -1)).toEqual({ block: 'PAID', before: null });
    expect(rowMoveTarget(plan.blocks, row(ids.c), 1)).toEqual({ block: 'EARNED', before: null });
    expect(rowMoveTarget(plan.blocks, row(ids.a), -1)).toBeNull();
  });
});
