import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Column } from '../columns';
import { clamp, type GridLayout, type GridPoint, type GridRange } from './grid-model';
import { cellId } from './grid-shared';
import { locateCell, pointOfRef, selectionRange, type CellRef } from './selection';

/** The grid's selection: the active cell, the range from an anchor, and roving focus. */
export interface GridSelection {
  /** The active cell as indexes now; null before anything is selected. */
  activePoint: GridPoint | null;
  /** The selected rectangle; null before anything is selected. */
  range: GridRange | null;
  /** Whether the selection is a range grown from an anchor (Shift). */
  hasAnchor: boolean;
  /** Moves to a cell (clamped into the grid); `extend` keeps or sets the anchor. */
  select: (point: GridPoint, extend?: boolean) => void;
  /** Makes `ref` the active cell, alone. */
  selectRef: (ref: CellRef) => void;
  /** Makes the range run from `anchor` to `active` (after a paste). */
  selectBlock: (anchor: CellRef | null, active: CellRef | null) => void;
  /** Drops the range, keeping the active cell. */
  dropAnchor: () => void;
  /** The reference of the cell at a point now; null outside the grid. */
  refAt: (point: GridPoint) => CellRef | null;
  /** Where a row and column are now; null when the row is gone. */
  locate: (rowId: string, column: string) => GridPoint | null;
  /** Focuses a cell at once (before its editor unmounts, so focus never drops to the body). */
  focusCellNow: (rowId: string, column: string) => void;
  /**
   * Set to ask for the active cell to take focus after the next render (keyboard moves,
   * edits, row actions); `useRovingFocus` does it.
   */
  wantFocusRef: RefObject<boolean>;
}

export function useGridSelection({
  gridId,
  layout,
  columns,
  columnIndex,
}: {
  gridId: string;
  layout: GridLayout;
  columns: readonly Column[];
  columnIndex: ReadonlyMap<string, number>;
}): GridSelection {
  const [active, setActive] = useState<CellRef | null>(null);
  const [anchor, setAnchor] = useState<CellRef | null>(null);
  const wantFocusRef = useRef(false);

  // The selection as indexes; a row someone removed leaves the selection where it was.
  const activePoint = pointOfRef(active, layout, columnIndex, columns.length);
  const range = selectionRange(
    activePoint,
    pointOfRef(anchor, layout, columnIndex, columns.length),
  );

  const locate = useCallback(
    (rowId: string, column: string) => locateCell(layout, columnIndex, rowId, column),
    [layout, columnIndex],
  );

  const refAt = useCallback(
    (point: GridPoint): CellRef | null => {
      const row = layout.rows[point.row];
      const column = columns[point.column];
      return row && column ? { rowId: row.id, column: column.key, at: point } : null;
    },
    [layout.rows, columns],
  );

  const select = useCallback(
    (point: GridPoint, extend = false) => {
      const ref = refAt({
        row: clamp(point.row, 0, layout.rows.length - 1),
        column: clamp(point.column, 0, columns.length - 1),
      });
      if (!ref) return;
      wantFocusRef.current = true;
      setActive(ref);
      if (!extend) setAnchor(null);
      else if (!anchor) setAnchor(active);
    },
    [refAt, layout.rows.length, columns.length, anchor, active],
  );

  const selectRef = useCallback((ref: CellRef) => {
    setActive(ref);
    setAnchor(null);
  }, []);

  const selectBlock = useCallback((from: CellRef | null, to: CellRef | null) => {
    setAnchor(from);
    if (to) setActive(to);
  }, []);

  const dropAnchor = useCallback(() => setAnchor(null), []);

  const focusCellNow = useCallback(
    (rowId: string, column: string) => {
      const index = columnIndex.get(column);
      if (index === undefined) return;
      document.getElementById(cellId(gridId, rowId, index))?.focus({ preventScroll: true });
    },
    [columnIndex, gridId],
  );

  return {
    activePoint,
    range,
    hasAnchor: anchor !== null,
    select,
    selectRef,
    selectBlock,
    dropAnchor,
    refAt,
    locate,
    focusCellNow,
    wantFocusRef,
  };
}

/**
 * Keeps the active cell focused (roving focus) after keyboard moves and edits: when asked
 * through `wantFocusRef`, and not while an editor is open (it has focus then).
 */
export function useRovingFocus({
  gridId,
  layout,
  activePoint,
  wantFocusRef,
  isEditing,
}: {
  gridId: string;
  layout: GridLayout;
  activePoint: GridPoint | null;
  wantFocusRef: RefObject<boolean>;
  isEditing: () => boolean;
}): void {
  useLayoutEffect(() => {
    if (!wantFocusRef.current || !activePoint || isEditing()) return;
    const row = layout.rows[activePoint.row];
    if (!row) return;
    const element = document.getElementById(cellId(gridId, row.id, activePoint.column));
    if (!element) return;
    wantFocusRef.current = false;
    if (!element.contains(document.activeElement)) element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  });
}
