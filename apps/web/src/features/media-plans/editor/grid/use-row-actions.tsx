import {
  addRow,
  moveRow,
  removeRow,
  type Block,
  type PlanView,
  type RowView,
} from '@chorus/media-plan-model';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { PlanWriter } from '../use-plan-undo';
import type { GridLayout } from './grid-model';
import { rowName } from './grid-shared';
import { RowActions } from './RowActions';
import { rowMoveTarget } from './row-moves';
import { firstFieldOf } from './selection';
import type { GridSelection } from './use-grid-selection';

/** Row actions: the row menu, adding, moving and (after confirming) removing rows. */
export interface RowActionsState {
  /** The row whose remove dialog is open. */
  removing: RowView | null;
  cancelRemove: () => void;
  confirmRemove: () => void;
  /** Adds a row to a block (after the row `after`) and selects its first field. */
  addRowTo: (block: Block, after?: string) => void;
  /** Moves a row one step up or down (across blocks at their edges). */
  moveBy: (row: RowView, direction: -1 | 1) => void;
  openMenu: (row: RowView) => void;
  /** Opens the menu of the row at the active cell (Enter on the actions column). */
  showMenu: (rowId: string) => void;
  menuLabel: (row: RowView) => string;
  /** The open menu of `row`; null when its menu is closed. */
  menuOf: (row: RowView) => ReactNode;
}

export function useRowActions({
  doc,
  view,
  layout,
  writer,
  editable,
  selection,
}: {
  doc: Y.Doc;
  view: PlanView;
  layout: GridLayout;
  writer: PlanWriter;
  editable: boolean;
  selection: GridSelection;
}): RowActionsState {
  const { t } = useTranslation();
  const { selectRef, wantFocusRef } = selection;
  const [menuRowId, setMenuRowId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<RowView | null>(null);

  // The plan became read-only: an open row menu or remove dialog must not write any more.
  const [wasEditable, setWasEditable] = useState(editable);
  if (wasEditable !== editable) {
    setWasEditable(editable);
    if (!editable) {
      setMenuRowId(null);
      setRemoving(null);
    }
  }

  const moveBy = useCallback(
    (row: RowView, direction: -1 | 1) => {
      const target = rowMoveTarget(view.blocks, row, direction);
      if (target) writer.write(() => moveRow(doc, row.id, target.block, target.before));
      wantFocusRef.current = true;
    },
    [writer, doc, view.blocks, wantFocusRef],
  );

  const addRowTo = useCallback(
    (block: Block, after?: string) => {
      const id = writer.write(() => addRow(doc, block, {}, after));
      if (id === undefined) return;
      wantFocusRef.current = true;
      selectRef(firstFieldOf(id));
    },
    [writer, doc, selectRef, wantFocusRef],
  );

  const closeMenu = useCallback(() => {
    wantFocusRef.current = true;
    setMenuRowId(null);
  }, [wantFocusRef]);

  const moveTo = useCallback(
    (row: RowView, block: Block) => {
      writer.write(() => moveRow(doc, row.id, block, null));
      wantFocusRef.current = true;
    },
    [writer, doc, wantFocusRef],
  );

  const menuLabel = useCallback(
    (row: RowView) =>
      t('mediaPlan.rows.actions', { row: rowName(row, t('mediaPlan.rows.untitled')) }),
    [t],
  );

  const openMenu = (row: RowView) => {
    selectRef({
      rowId: row.id,
      column: 'actions',
      at: { row: layout.navIndex.get(row.id) ?? 0, column: 0 },
    });
    setMenuRowId(row.id);
  };

  const menuOf = (row: RowView): ReactNode => {
    if (menuRowId !== row.id || !editable) return null;
    return (
      <RowActions
        label={menuLabel(row)}
        block={row.block}
        canMoveUp={rowMoveTarget(view.blocks, row, -1) !== null}
        canMoveDown={rowMoveTarget(view.blocks, row, 1) !== null}
        onClose={closeMenu}
        onAction={(action) => {
          setMenuRowId(null);
          if (action === 'insertBelow') addRowTo(row.block, row.id);
          else if (action === 'moveUp') moveBy(row, -1);
          else if (action === 'moveDown') moveBy(row, 1);
          else if (action === 'remove') setRemoving(row);
          else moveTo(row, action.moveTo);
        }}
      />
    );
  };

  return {
    removing,
    cancelRemove: () => setRemoving(null),
    confirmRemove: () => {
      const row = removing;
      setRemoving(null);
      if (row && editable) {
        writer.write(() => removeRow(doc, row.id));
        wantFocusRef.current = true;
      }
    },
    addRowTo,
    moveBy,
    openMenu,
    showMenu: setMenuRowId,
    menuLabel,
    menuOf,
  };
}
