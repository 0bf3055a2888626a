// The cell editor's rules, apart from React: what an editor opens with, which keys close
// it and where the selection goes then, and what closing it writes.
import type { RowView } from '@chorus/media-plan-model';
import {
  cellInputText,
  readCellInput,
  type CellProblem,
  type CellWrite,
  type ReadContext,
} from '../cell-input';
import { isEditableColumn, type Column } from '../columns';

export { editorKeyAction, moveDelta, type EditorKeyAction, type Move } from '../../../../ui';

/** An open cell editor. */
export interface EditState {
  readonly rowId: string;
  readonly column: string;
  readonly text: string;
  /**
   * The cell's text when the editor opened, to tell whether the person changed it: an
   * untouched editor writes nothing (someone else may have changed the cell meanwhile).
   * Null when typing opened the editor: the person has replaced the value already.
   */
  readonly start: string | null;
  readonly problem: CellProblem | null;
}

/** Goal and pricing are edited with a picker, so typing does not open them. */
export function isPickerColumn(column: Column): boolean {
  return column.kind === 'field' && (column.key === 'goal' || column.key === 'pricing');
}

/** What an editor of the cell holds: the goal's id for the goal picker, else the cell text. */
export function editorText(row: RowView, column: Column, context: ReadContext): string {
  return column.kind === 'field' && column.key === 'goal'
    ? row.goalId
    : cellInputText(row, column, context, undefined);
}

/**
 * The editor a cell opens with; null when the column is not editable. `typed` is the key
 * that opened it (it replaces the value), ignored by pickers.
 */
export function openEdit(
  row: RowView,
  column: Column,
  context: ReadContext,
  typed?: string,
): EditState | null {
  if (!isEditableColumn(column)) return null;
  const current = editorText(row, column, context);
  const replaced = !isPickerColumn(column) && typed !== undefined;
  return {
    rowId: row.id,
    column: column.key,
    text: replaced ? typed : current,
    start: replaced ? null : current,
    problem: null,
  };
}

/** What closing an editor does to the plan. */
export type EditOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'invalid'; readonly problem: CellProblem }
  | { readonly kind: 'write'; readonly write: CellWrite };

/**
 * Reads a closing editor against the row as it is now. Only what the person changed is
 * written: when someone else changed the cell since the editor opened, the person's own
 * change still wins (they acted last); an editor opened and closed untouched never puts
 * the old value back.
 */
export function closeEdit(
  edit: EditState,
  row: RowView,
  column: Column,
  context: ReadContext,
): EditOutcome {
  const now = editorText(row, column, context);
  const changed = edit.start === null || edit.text !== edit.start;
  if (!changed || edit.text === now) return { kind: 'unchanged' };
  if (column.kind === 'field' && column.key === 'goal') {
    return { kind: 'write', write: { kind: 'field', patch: { goalId: edit.text } } };
  }
  const read = readCellInput(column, edit.text, context);
  return read.ok
    ? { kind: 'write', write: read.write }
    : { kind: 'invalid', problem: read.problem };
}
