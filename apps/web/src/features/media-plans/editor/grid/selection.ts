// Selection arithmetic of the grid, apart from React: where a selected cell is now, which
// part of a row the range covers, where the tab stop is, and what a paste leaves selected.
import { clamp, rangeOf, type GridLayout, type GridPoint, type GridRange } from './grid-model';

/**
 * A selected cell, by row id and column key so others' inserts do not move it; the indexes
 * it had are where the selection stays when someone removes the row.
 */
export interface CellRef {
  readonly rowId: string;
  readonly column: string;
  readonly at: GridPoint;
}

/** The part of one row the selection covers. */
export interface RowSelection {
  /** Column index of the active cell when it is in this row. */
  readonly active: number | null;
  /** Selected columns of this row (inclusive), when the range covers it. */
  readonly start: number;
  readonly end: number;
}

/** The column a new or not yet selected row is entered at (the channel). */
export const FIRST_FIELD: GridPoint = { row: 0, column: 1 };

/** A reference to the first field of a row (a row just added). */
export function firstFieldOf(rowId: string): CellRef {
  return { rowId, column: 'channel', at: FIRST_FIELD };
}

/**
 * Where a selected cell is now. A row or column that is gone leaves the selection at the
 * indexes it had (kept inside the grid); null with no selection or no rows.
 */
export function pointOfRef(
  ref: CellRef | null,
  layout: Pick<GridLayout, 'rows' | 'navIndex'>,
  columnIndex: ReadonlyMap<string, number>,
  columnCount: number,
): GridPoint | null {
  if (!ref || layout.rows.length === 0) return null;
  const row = layout.navIndex.get(ref.rowId);
  const column = columnIndex.get(ref.column);
  return {
    row: row ?? clamp(ref.at.row, 0, layout.rows.length - 1),
    column: column ?? clamp(ref.at.column, 0, columnCount - 1),
  };
}

/** Where a row and column are now; null when either is gone. */
export function locateCell(
  layout: Pick<GridLayout, 'navIndex'>,
  columnIndex: ReadonlyMap<string, number>,
  rowId: string,
  column: string,
): GridPoint | null {
  const row = layout.navIndex.get(rowId);
  const index = columnIndex.get(column);
  return row === undefined || index === undefined ? null : { row, column: index };
}

/** The selected rectangle: from the anchor (or the active cell alone) to the active cell. */
export function selectionRange(
  active: GridPoint | null,
  anchor: GridPoint | null,
): GridRange | null {
  const from = anchor ?? active;
  return active && from ? rangeOf(from, active) : null;
}

/** The part of row `nav` the range covers; null when it does not cover the row. */
export function rowSelectionOf(
  range: GridRange | null,
  active: GridPoint | null,
  nav: number,
): RowSelection | null {
  if (!range || nav < range.top || nav > range.bottom) return null;
  return {
    active: active && active.row === nav ? active.column : null,
    start: range.start,
    end: range.end,
  };
}

/**
 * The column of row `nav` that is the grid's one tab stop: the active cell's, or the first
 * row's first field before anything is selected; null for other rows.
 */
export function tabColumnOf(active: GridPoint | null, nav: number): number | null {
  if (active) return active.row === nav ? active.column : null;
  return nav === FIRST_FIELD.row ? FIRST_FIELD.column : null;
}

/**
 * What a paste of `values` at `range` leaves selected: the pasted block, from the range's
 * corner to its last cell. A paste fills at least the selected range (a single value
 * repeats over it) and grows beyond it to the pasted text's size. `lastRow` and
 * `lastColumn` are indexes that exist now (new rows appear once the view re-reads them);
 * `at` is where the active cell will be.
 */
export function pastedSelection(
  range: GridRange,
  values: readonly (readonly string[])[],
  rowCount: number,
  columnCount: number,
): { anchor: GridPoint; lastRow: number; lastColumn: number; at: GridPoint } {
  const height = Math.max(values.length, range.bottom - range.top + 1);
  const widest = Math.max(...values.map((line) => line.length), range.end - range.start + 1);
  const at = { row: range.top + height - 1, column: range.start + widest - 1 };
  return {
    anchor: { row: range.top, column: range.start },
    lastRow: Math.min(at.row, rowCount - 1),
    lastColumn: Math.min(at.column, columnCount - 1),
    at,
  };
}

/**
 * The body lines to render: the visible ones (`first`…`last`) and the lines that must stay
 * in the DOM when scrolled away (the tab stop's and the edited row's), so focus never drops
 * and Tab always finds the grid.
 */
export function linesToRender(
  first: number,
  last: number,
  keep: readonly (number | undefined)[],
): number[] {
  const lines: number[] = [];
  for (let i = first; i <= last; i += 1) lines.push(i);
  for (const line of keep) {
    if (line !== undefined && (line < first || line > last) && !lines.includes(line)) {
      lines.push(line);
    }
  }
  return lines;
}
