import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { applyCellWrite, type ReadContext } from '../cell-input';
import type { Column } from '../columns';
import type { PlanWriter } from '../use-plan-undo';
import {
  closeEdit,
  editorKeyAction,
  moveDelta,
  openEdit,
  type EditState,
  type Move,
} from './cell-editing';
import type { GridLayout, GridPoint } from './grid-model';
import type { GridSelection } from './use-grid-selection';

/** The open cell editor and what opens, changes and closes it. */
export interface CellEditing {
  /** The open editor; null when none is. */
  edit: EditState | null;
  /** The open editor as of the last change (read by handlers between renders). */
  editRef: RefObject<EditState | null>;
  /** Opens the editor of a cell; `typed` is the key that opened it. */
  startEdit: (point: GridPoint, typed?: string) => void;
  onEditText: (text: string) => void;
  onEditKeyDown: (event: ReactKeyboardEvent<HTMLInputElement | HTMLSelectElement>) => void;
  onEditBlur: () => void;
}

export function useCellEditing({
  doc,
  layout,
  columns,
  columnIndex,
  editable,
  context,
  writer,
  selection,
  focusWithin,
  setNotice,
}: {
  doc: Y.Doc;
  layout: GridLayout;
  columns: readonly Column[];
  columnIndex: ReadonlyMap<string, number>;
  editable: boolean;
  context: ReadContext;
  writer: PlanWriter;
  selection: GridSelection;
  /** Whether focus is inside the grid. */
  focusWithin: boolean;
  setNotice: (notice: string | null) => void;
}): CellEditing {
  const { t } = useTranslation();
  const { select, locate, focusCellNow, wantFocusRef } = selection;
  const [edit, setEditState] = useState<EditState | null>(null);
  const editRef = useRef<EditState | null>(null);
  const setEdit = useCallback((next: EditState | null) => {
    editRef.current = next;
    setEditState(next);
  }, []);

  // The plan became read-only (capability lost, a refusal): an open editor must not write
  // any more, so it closes (the writer refuses too).
  const [wasEditable, setWasEditable] = useState(editable);
  if (wasEditable !== editable) {
    setWasEditable(editable);
    if (!editable) setEditState(null);
  }
  useLayoutEffect(() => {
    if (editable) return;
    editRef.current = null;
    // What had focus (an editor, a menu) is gone: focus goes back to the active cell.
    const focused = document.activeElement;
    if (focusWithin && (!focused || focused === document.body)) wantFocusRef.current = true;
  }, [editable, focusWithin, wantFocusRef]);

  const startEdit = useCallback(
    (point: GridPoint, typed?: string) => {
      if (!editable) return;
      const row = layout.rows[point.row];
      const column = columns[point.column];
      const next = row && column ? openEdit(row, column, context, typed) : null;
      if (!next) return;
      setNotice(null);
      setEdit(next);
    },
    [editable, layout.rows, columns, context, setEdit, setNotice],
  );

  /** Writes the edit; on a refused value keeps the text and shows why. True when done. */
  const commitEdit = useCallback(
    (move: Move): boolean => {
      const current = editRef.current;
      if (!current) return true;
      const column = columns[columnIndex.get(current.column) ?? -1];
      const row = layout.rows[layout.navIndex.get(current.rowId) ?? -1];
      // A plan that became read-only (capability lost) takes no more writes.
      if (!column || !row || !editable) {
        setEdit(null);
        return true;
      }
      const outcome = closeEdit(current, row, column, context);
      if (outcome.kind === 'invalid') {
        setEdit({ ...current, problem: outcome.problem });
        return false;
      }
      if (outcome.kind === 'write') {
        const result = writer.write(() => applyCellWrite(doc, row.id, outcome.write));
        if (result && !result.ok) setNotice(t(`mediaPlan.errors.${result.error}`));
      }
      setEdit(null);
      const point = locate(current.rowId, current.column);
      if (point && move !== 'none') {
        wantFocusRef.current = true;
        focusCellNow(current.rowId, current.column);
        const delta = moveDelta(move);
        select({ row: point.row + delta.rows, column: point.column + delta.columns });
      }
      return true;
    },
    [
      columns,
      columnIndex,
      layout,
      editable,
      context,
      writer,
      doc,
      setEdit,
      locate,
      focusCellNow,
      select,
      wantFocusRef,
      setNotice,
      t,
    ],
  );

  const cancelEdit = useCallback(() => {
    const current = editRef.current;
    setEdit(null);
    if (current) {
      wantFocusRef.current = true;
      focusCellNow(current.rowId, current.column);
    }
  }, [setEdit, focusCellNow, wantFocusRef]);

  const onEditKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
      // The grid's own keys (arrows, Delete, copy) do not act while a cell is edited.
      event.stopPropagation();
      const action = editorKeyAction({
        key: event.key,
        shiftKey: event.shiftKey,
        isComposing: event.nativeEvent.isComposing,
      });
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'cancel') cancelEdit();
      else commitEdit(action.move);
    },
    [commitEdit, cancelEdit],
  );

  const onEditBlur = useCallback(() => {
    // A blur after an Enter, Tab or Escape finds no edit left; otherwise the value is kept
    // when valid, and left on screen with its error when not.
    if (editRef.current) commitEdit('none');
  }, [commitEdit]);

  const onEditText = useCallback(
    (text: string) => {
      const current = editRef.current;
      if (current) setEdit({ ...current, text, problem: null });
    },
    [setEdit],
  );

  return { edit, editRef, startEdit, onEditText, onEditKeyDown, onEditBlur };
}
