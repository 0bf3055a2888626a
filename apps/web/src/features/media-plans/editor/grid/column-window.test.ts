// The grid's column window: which columns a line renders for a sideways scroll position,
// and where the cells go when columns are left out.
import { buildColumns, columnOffsets, FROZEN_COLUMNS } from '../columns';
import {
  columnsToRender,
  pinsLastColumn,
  placeColumns,
  visibleColumns,
  type ColumnWindow,
} from './grid-model';

/** A weekly plan's columns: 6 describing, 52 weeks, the total (59). */
const periods = Array.from({ length: 52 }, (_, i) => {
  const key = `2027-W${String(i + 1).padStart(2, '0')}`;
  return { key, start: '2027-01-04', end: '2027-01-10', label: key };
});
const columns = buildColumns(periods);
const widths = columns.map((column) => column.width);
const offsets = columnOffsets(columns);
const count = columns.length;

function window(scrolled: number, viewport: number): ColumnWindow {
  return visibleColumns(scrolled, viewport, widths, offsets, FROZEN_COLUMNS);
}

describe('the column window', () => {
  it('renders every column before the grid is measured (test DOMs measure 0)', () => {
    expect(window(0, 0)).toEqual({ first: FROZEN_COLUMNS, last: count - 2 });
  });

  it('renders the columns between the frozen ones and the pinned total, and two more each side', () => {
    // 404 px frozen, 136 px total: 400 px of a 940 px grid show objective (180), goal (180)
    // and the start of pricing.
    expect(window(0, 940)).toEqual({ first: 3, last: 7 });
    // Scrolled to week 20's start: weeks 20–23 are in view (116 px each).
    const week20 = columns.findIndex((column) => column.key === 'p:2027-W20');
    const scrolled = (offsets[week20] ?? 0) - (offsets[FROZEN_COLUMNS] ?? 0);
    expect(window(scrolled, 940)).toEqual({ first: week20 - 2, last: week20 + 3 + 2 });
  });

  it('ends at the last week, never at the pinned total, when scrolled to the end', () => {
    const end = (offsets[count - 1] ?? 0) + (widths[count - 1] ?? 0) - 940;
    expect(window(end, 940)).toEqual({ first: count - 2 - 3 - 2, last: count - 2 });
  });

  it('pins the total only where a week still fits between it and the frozen columns', () => {
    // 404 px frozen + 136 px total + 116 px = 656 px.
    expect(pinsLastColumn(940, widths, offsets, FROZEN_COLUMNS)).toBe(true);
    expect(pinsLastColumn(656, widths, offsets, FROZEN_COLUMNS)).toBe(true);
    expect(pinsLastColumn(655, widths, offsets, FROZEN_COLUMNS)).toBe(false);
    expect(pinsLastColumn(375, widths, offsets, FROZEN_COLUMNS)).toBe(false);
    expect(pinsLastColumn(0, widths, offsets, FROZEN_COLUMNS)).toBe(true);
    // Unpinned, the total's room shows scrolling columns instead: pricing (from 764 px).
    expect(visibleColumns(0, 800, widths, offsets, FROZEN_COLUMNS, true).last).toBe(4 + 2);
    expect(visibleColumns(0, 800, widths, offsets, FROZEN_COLUMNS, false).last).toBe(5 + 2);
  });

  it('keeps the frozen columns, the columns asked for and the total, in order', () => {
    expect(columnsToRender({ first: 20, last: 24 }, [40, undefined, 22, 1], count, 3)).toEqual([
      0, 1, 2, 20, 21, 22, 23, 24, 40, 58,
    ]);
  });

  it('puts the width of the columns left out before the next cell, and before the total after the cell ahead of it', () => {
    const placed = placeColumns([0, 1, 2, 20, 21, 40, 58], offsets, widths);
    const frozenEnd = offsets[3] ?? 0;
    expect(placed.map(({ index, gap, gapAfter }) => [index, gap, gapAfter])).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [2, 0, 0],
      [20, (offsets[20] ?? 0) - frozenEnd, 0],
      [21, 0, 0],
      // The total sticks to the inline end: a margin of its own would pin it at the far end.
      [40, (offsets[40] ?? 0) - (offsets[22] ?? 0), (offsets[58] ?? 0) - (offsets[41] ?? 0)],
      [58, 0, 0],
    ]);
    // Every cell lands where it would with all columns drawn.
    let at = 0;
    for (const { index, gap, gapAfter } of placed) {
      at += gap;
      expect(at).toBe(offsets[index]);
      at += (widths[index] ?? 0) + gapAfter;
    }
  });
});
