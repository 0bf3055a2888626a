import { layoutPlan } from './grid-model';
import {
  linesToRender,
  pastedSelection,
  pointOfRef,
  rowSelectionOf,
  selectionRange,
  tabColumnOf,
} from './selection';

const row = (id: string) => ({ id }) as never;
const layout = layoutPlan({
  blocks: { PAID: [row('a'), row('b')], OWNED: [row('c')], EARNED: [] },
});
const columns = new Map([
  ['actions', 0],
  ['channel', 1],
  ['activity', 2],
]);

describe('grid selection arithmetic', () => {
  it('follows a selected row that moved, and stays in place when it was removed', () => {
    expect(
      pointOfRef({ rowId: 'c', column: 'activity', at: { row: 0, column: 0 } }, layout, columns, 3),
    ).toEqual({ row: 2, column: 2 });
    expect(
      pointOfRef({ rowId: 'gone', column: 'gone', at: { row: 9, column: 9 } }, layout, columns, 3),
    ).toEqual({ row: 2, column: 2 });
    expect(pointOfRef(null, layout, columns, 3)).toBeNull();
  });

  it('spans the rectangle between anchor and active cell in any direction', () => {
    expect(selectionRange({ row: 1, column: 4 }, { row: 3, column: 2 })).toEqual({
      top: 1,
      bottom: 3,
      start: 2,
      end: 4,
    });
    expect(selectionRange({ row: 1, column: 4 }, null)).toEqual({
      top: 1,
      bottom: 1,
      start: 4,
      end: 4,
    });
    expect(selectionRange(null, { row: 1, column: 1 })).toBeNull();
  });

  it('tells each row which of its columns are selected and which is active', () => {
    const range = { top: 1, bottom: 2, start: 3, end: 5 };
    expect(rowSelectionOf(range, { row: 2, column: 5 }, 2)).toEqual({
      active: 5,
      start: 3,
      end: 5,
    });
    expect(rowSelectionOf(range, { row: 2, column: 5 }, 1)).toEqual({
      active: null,
      start: 3,
      end: 5,
    });
    expect(rowSelectionOf(range, { row: 2, column: 5 }, 0)).toBeNull();
  });

  it('keeps one tab stop: the active cell, or the first row’s channel before any selection', () => {
    expect(tabColumnOf(null, 0)).toBe(1);
    expect(tabColumnOf(null, 1)).toBeNull();
    expect(tabColumnOf({ row: 3, column: 7 }, 3)).toBe(7);
    expect(tabColumnOf({ row: 3, column: 7 }, 0)).toBeNull();
  });

  it('selects the pasted block, at least the selected range, clamping to what exists now', () => {
    const range = { top: 2, bottom: 2, start: 3, end: 3 };
    const pasted = pastedSelection(range, [['1', '2', '3'], ['4']], 3, 5);
    expect(pasted.anchor).toEqual({ row: 2, column: 3 });
    expect(pasted.at).toEqual({ row: 3, column: 5 });
    expect(pasted.lastRow).toBe(2);
    expect(pasted.lastColumn).toBe(4);
    const filled = pastedSelection({ top: 0, bottom: 2, start: 1, end: 2 }, [['x']], 5, 5);
    expect(filled.at).toEqual({ row: 2, column: 2 });
  });

  it('renders the visible lines plus the lines focus needs, once each', () => {
    expect(linesToRender(3, 5, [4, 9, undefined, 9])).toEqual([3, 4, 5, 9]);
  });
});
