import {
  useRef,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type RefObject,
} from 'react';
import { isEditableColumn, type Column } from '../columns';
import type { PlanWriter } from '../use-plan-undo';
import { isPickerColumn } from './cell-editing';
import type { GridLayout, GridPoint } from './grid-model';
import { isFromInput } from './grid-shared';
import { gridKeyAction, pageRowsFor, trackEscape } from './keyboard';
import type { CellEditing } from './use-cell-editing';
import type { GridSelection } from './use-grid-selection';
import type { RowActionsState } from './use-row-actions';

const TABBABLE =
  'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"], summary';

/** The first element Tab reaches after `grid` (or, `before`, Shift+Tab before it). */
function tabbableOutside(grid: HTMLElement | null, side: 'before' | 'after'): HTMLElement | null {
  if (!grid) return null;
  const candidates = Array.from(grid.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) =>
      !grid.contains(element) &&
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      !element.closest('[hidden], [inert], [aria-hidden="true"]'),
  );
  const following = (element: HTMLElement) =>
    Boolean(grid.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (side === 'after') return candidates.find(following) ?? null;
  return candidates.filter((element) => !following(element)).pop() ?? null;
}

export interface GridKeyboard {
  onKeyDown: (event: ReactKeyboardEvent<HTMLDivElement>) => void;
  onMouseDown: (event: ReactMouseEvent<HTMLDivElement>) => void;
  onDoubleClick: (event: ReactMouseEvent<HTMLDivElement>) => void;
}

/**
 * Keys and clicks on the grid's cells (the key map itself is `keyboard.ts`). A read-only
 * plan still moves, selects and copies; its keys that would change something do nothing.
 */
export function useGridKeyboard({
  gridRef,
  layout,
  columns,
  editable,
  rtl,
  viewportHeight,
  writer,
  selection,
  editing,
  rows,
  clearRange,
  setNotice,
}: {
  gridRef: RefObject<HTMLElement | null>;
  layout: GridLayout;
  columns: readonly Column[];
  editable: boolean;
  rtl: boolean;
  viewportHeight: number;
  writer: PlanWriter;
  selection: GridSelection;
  editing: CellEditing;
  rows: RowActionsState;
  clearRange: () => void;
  setNotice: (notice: string | null) => void;
}): GridKeyboard {
  /** The last key pressed on a cell was Escape: a Tab now leaves the grid. */
  const escaped = useRef(false);
  const { activePoint, select, wantFocusRef } = selection;

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (!gridRef.current?.contains(target) || isFromInput(target)) return;
    if (!target.closest('[data-mp-cell]')) return;
    const point = activePoint;
    if (!point) return;
    const escape = trackEscape(escaped.current, event);
    escaped.current = escape.escaped;
    if (escape.leave) {
      const outside = tabbableOutside(gridRef.current, escape.leave);
      if (outside) {
        event.preventDefault();
        outside.focus();
      }
      // With nothing to reach, the browser takes focus out of the page.
      return;
    }
    const action = gridKeyAction(event, {
      point,
      rowCount: layout.rows.length,
      columnCount: columns.length,
      rtl,
      pageRows: pageRowsFor(viewportHeight),
    });
    if (!action) return;
    switch (action.kind) {
      case 'undo':
        event.preventDefault();
        if (!editable) return;
        writer.undo();
        wantFocusRef.current = true;
        return;
      case 'redo':
        event.preventDefault();
        if (editable) writer.redo();
        wantFocusRef.current = true;
        return;
      case 'moveRow': {
        event.preventDefault();
        const row = layout.rows[point.row];
        if (editable && row) rows.moveBy(row, action.direction);
        return;
      }
      case 'select':
        event.preventDefault();
        select(action.point, action.extend);
        return;
      case 'escape':
        if (selection.hasAnchor) {
          event.preventDefault();
          selection.dropAnchor();
        }
        setNotice(null);
        return;
      case 'open': {
        event.preventDefault();
        const column = columns[point.column];
        const row = layout.rows[point.row];
        if (column?.kind === 'actions' && row && editable) {
          rows.showMenu(row.id);
          return;
        }
        editing.startEdit(point);
        return;
      }
      case 'clear':
        event.preventDefault();
        clearRange();
        return;
      case 'type': {
        const column = columns[point.column];
        if (!column || !isEditableColumn(column) || !editable || isPickerColumn(column)) return;
        event.preventDefault();
        selection.dropAnchor();
        editing.startEdit(point, action.text);
        return;
      }
    }
  };

  const pointFromEvent = (event: ReactMouseEvent): GridPoint | null => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-mp-cell]');
    if (!cell || !gridRef.current?.contains(cell)) return null;
    const row = layout.navIndex.get(cell.dataset.row ?? '');
    const column = Number(cell.dataset.colIndex);
    return row === undefined || Number.isNaN(column) ? null : { row, column };
  };

  const onMouseDown = (event: ReactMouseEvent<HTMLDivElement>) => {
    escaped.current = false;
    if (isFromInput(event.target)) return;
    const point = pointFromEvent(event);
    if (!point) return;
    const open = editing.editRef.current;
    if (open) {
      // A click inside the open editor is the editor's own.
      const current = selection.locate(open.rowId, open.column);
      if (current && current.row === point.row && current.column === point.column) return;
    }
    select(point, event.shiftKey);
  };

  const onDoubleClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    if (isFromInput(event.target)) return;
    const point = pointFromEvent(event);
    if (point) editing.startEdit(point);
  };

  return { onKeyDown, onMouseDown, onDoubleClick };
}
