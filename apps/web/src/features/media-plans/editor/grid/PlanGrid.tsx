import {
  addRow,
  BLOCKS,
  moveRow,
  removeRow,
  type Block,
  type PlanView,
  type PricingModel,
  type RowView,
} from '@chorus/media-plan-model';
import { ActionIcon, Text, useDirection } from '@mantine/core';
import {
  memo,
  useCallback,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent as ReactClipboardEvent,
  type CSSProperties,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ConfirmDialog } from '../../../../ui';
import type { PlanFormats } from '../../plan-format';
import {
  applyCellWrite,
  cellInputText,
  clearWrite,
  MAX_PASTE_UPDATE_BYTES,
  planPaste,
  readCellInput,
  updateBytes,
  type CellProblem,
  type ReadContext,
} from '../cell-input';
import {
  buildColumns,
  columnOffsets,
  FROZEN_COLUMNS,
  isEditableColumn,
  presenceColumn,
  type Column,
  type Metric,
} from '../columns';
import { goalLabel, type GoalIndex, type GoalOption } from '../goals';
import { parseTsv, toTsv } from '../tsv';
import {
  cellKey,
  textColorOn,
  useCellVisitors,
  useShareCell,
  type CellVisitors,
} from '../use-cell-presence';
import type { PlanWriter } from '../use-plan-undo';
import { useCellProblemText } from '../use-cell-problem-text';
import {
  clamp,
  HEADER_HEIGHT,
  layoutPlan,
  rangeOf,
  ROW_HEIGHT,
  visibleLines,
  type GridPoint,
  type GridRange,
  type Line,
} from './grid-model';
import { RowActions, RowActionsButton } from './RowActions';

export interface PlanGridProps {
  doc: Y.Doc;
  view: PlanView;
  editable: boolean;
  metric: Metric;
  formats: PlanFormats;
  goals: GoalIndex;
  goalOptions: readonly GoalOption[] | null;
  writer: PlanWriter;
  awareness: Awareness | null;
  /** The grid's accessible name. */
  label: string;
  /** Lets the toolbar select a row it added. */
  handle?: Ref<PlanGridHandle>;
}

/** What the editor around the grid may ask of it. */
export interface PlanGridHandle {
  /** Selects and focuses a row's first field (a row just added). */
  selectRow: (rowId: string) => void;
}

/**
 * A selected cell, by row id and column key so others' inserts do not move it; the indexes
 * it had are where the selection stays when someone removes the row.
 */
interface CellRef {
  readonly rowId: string;
  readonly column: string;
  readonly at: GridPoint;
}

interface EditState {
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

type Move = 'none' | 'down' | 'up' | 'next' | 'previous';

const PRICING: readonly PricingModel[] = ['FLAT', 'CPM', 'CPC', 'CPA'];

function isTypingKey(event: ReactKeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

function frozenStyle(index: number, offsets: readonly number[], width: number): CSSProperties {
  return index < FROZEN_COLUMNS
    ? { width, insetInlineStart: offsets[index], position: 'sticky' }
    : { width };
}

/** Everything a line needs that is the same for all lines, passed as one stable object. */
interface GridShared {
  gridId: string;
  columns: readonly Column[];
  offsets: readonly number[];
  formats: PlanFormats;
  metric: Metric;
  goals: GoalIndex;
  goalOptions: readonly GoalOption[] | null;
  editable: boolean;
  visitors: CellVisitors;
  pricingLabel: (pricing: PricingModel) => string;
  columnLabel: (column: Column) => string;
  problemText: (problem: CellProblem) => string;
  goalRemoved: string;
  /** The goal picker's empty choice. */
  noGoal: string;
  onEditText: (text: string) => void;
  onEditKeyDown: (event: ReactKeyboardEvent<HTMLInputElement | HTMLSelectElement>) => void;
  onEditBlur: () => void;
  /** Opens a row's actions menu (the open menu itself comes with the row's props). */
  openMenu: (row: RowView) => void;
  menuLabel: (row: RowView) => string;
}

interface RowSelection {
  /** Column index of the active cell when it is in this row. */
  active: number | null;
  /** Selected columns of this row (inclusive), when the range covers it. */
  start: number;
  end: number;
}

function cellId(gridId: string, rowId: string, column: number): string {
  return `${gridId}-${rowId}-${column}`;
}

const DataRow = memo(function DataRow({
  row,
  line,
  shared,
  selection,
  tabColumn,
  edit,
  totalBudget,
  totalQuantity,
  menu,
}: {
  row: RowView;
  line: number;
  shared: GridShared;
  selection: RowSelection | null;
  /** The column whose cell is the grid's tab stop, when it is in this row. */
  tabColumn: number | null;
  edit: EditState | null;
  totalBudget: number;
  totalQuantity: number;
  /** The row's open actions menu; null while it is closed. */
  menu: ReactNode;
}) {
  const { columns, offsets, metric, visitors } = shared;
  return (
    <div
      role="row"
      aria-rowindex={line + 2}
      className="mp-row mp-data-row"
      data-row-id={row.id}
      data-editing={edit ? '' : undefined}
      style={{ insetBlockStart: line * ROW_HEIGHT }}
    >
      {columns.map((column, index) => {
        const active = selection?.active === index;
        const selected = selection !== null && index >= selection.start && index <= selection.end;
        const editing = edit !== null && edit.column === column.key;
        const place = presenceColumn(column);
        const here = place
          ? visitors.get(cellKey(row.id, 'periodKey' in place ? place.periodKey : place.field))
          : undefined;
        const readOnly = !shared.editable || !isEditableColumn(column);
        const classes = ['mp-cell'];
        if (index < FROZEN_COLUMNS) classes.push('mp-frozen');
        if (column.kind === 'period' || column.kind === 'total') {
          if (metric !== 'note' || column.kind === 'total') classes.push('mp-num');
        }
        if (column.kind === 'total') classes.push('mp-total-col');
        if (selected) classes.push('mp-selected');
        if (active) classes.push('mp-active');
        if (editing) classes.push('mp-editing');
        const visitor = here?.[0];
        const style: CSSProperties = frozenStyle(index, offsets, column.width);
        if (visitor) {
          style.boxShadow = `inset 0 0 0 2px ${visitor.person.color}`;
        }
        const errorId = `${shared.gridId}-error`;
        let content: ReactNode;
        if (editing && edit) {
          content = <CellEditor column={column} edit={edit} shared={shared} errorId={errorId} />;
        } else {
          content = (
            <CellText
              row={row}
              column={column}
              shared={shared}
              totalBudget={totalBudget}
              totalQuantity={totalQuantity}
              menu={menu}
            />
          );
        }
        return (
          <div
            key={column.key}
            role="gridcell"
            id={cellId(shared.gridId, row.id, index)}
            className={classes.join(' ')}
            style={style}
            data-mp-cell=""
            data-row={row.id}
            data-col={column.key}
            data-col-index={index}
            tabIndex={tabColumn === index ? 0 : -1}
            aria-colindex={index + 1}
            aria-selected={selected}
            aria-readonly={readOnly || undefined}
            aria-invalid={editing && edit?.problem ? true : undefined}
          >
            {content}
            {visitor ? (
              <span
                className="mp-visitor"
                style={{
                  background: visitor.person.color,
                  color: textColorOn(visitor.person.color),
                }}
                data-testid="cell-visitor"
              >
                <bdi>{visitor.person.name}</bdi>
                {here && here.length > 1 ? ` +${here.length - 1}` : ''}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
});

function CellText({
  row,
  column,
  shared,
  totalBudget,
  totalQuantity,
  menu,
}: {
  row: RowView;
  column: Column;
  shared: GridShared;
  totalBudget: number;
  totalQuantity: number;
  menu: ReactNode;
}) {
  const { formats, metric } = shared;
  switch (column.kind) {
    case 'actions':
      if (!shared.editable) return null;
      return (
        menu ?? (
          <RowActionsButton label={shared.menuLabel(row)} onOpen={() => shared.openMenu(row)} />
        )
      );
    case 'total':
      return (
        <span className="mp-text">
          {metric === 'quantity' ? formats.quantity(totalQuantity) : formats.money(totalBudget)}
        </span>
      );
    case 'field': {
      if (column.key === 'pricing') {
        return <span className="mp-text">{shared.pricingLabel(row.pricing)}</span>;
      }
      if (column.key === 'goal') {
        if (!row.goalId) return null;
        const goal = shared.goals?.get(row.goalId);
        if (goal) {
          return (
            <span className="mp-text" title={goalLabel(goal)} dir="auto">
              {goalLabel(goal)}
            </span>
          );
        }
        // Only once the brand's goals are known can a goal be said to be gone.
        return shared.goals ? <span className="mp-text mp-dim">{shared.goalRemoved}</span> : null;
      }
      const text = row[column.key];
      return text ? (
        <span className="mp-text" title={text.length > 24 ? text : undefined} dir="auto">
          {text}
        </span>
      ) : null;
    }
    case 'period': {
      const cell = row.cells[column.period.key];
      if (!cell) return null;
      if (metric === 'note') {
        return cell.note ? (
          <span className="mp-text" title={cell.note} dir="auto">
            {cell.note}
          </span>
        ) : null;
      }
      if (metric === 'quantity') {
        return cell.quantity ? (
          <span className="mp-text">{formats.quantity(cell.quantity)}</span>
        ) : null;
      }
      return cell.budget ? <span className="mp-text">{formats.moneyCell(cell.budget)}</span> : null;
    }
  }
}

function CellEditor({
  column,
  edit,
  shared,
  errorId,
}: {
  column: Column;
  edit: EditState;
  shared: GridShared;
  errorId: string;
}) {
  const label = shared.columnLabel(column);
  const invalid = edit.problem !== null;
  const common = {
    className: 'mp-input',
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
    onKeyDown: shared.onEditKeyDown,
    onBlur: shared.onEditBlur,
  };
  let control: ReactNode;
  if (column.kind === 'field' && column.key === 'pricing') {
    control = (
      <select
        {...common}
        autoFocus
        value={edit.text}
        onChange={(event) => shared.onEditText(event.currentTarget.value)}
      >
        {PRICING.map((model) => (
          <option key={model} value={model}>
            {shared.pricingLabel(model)}
          </option>
        ))}
      </select>
    );
  } else if (column.kind === 'field' && column.key === 'goal') {
    const options = shared.goalOptions ?? [];
    const byStrategy = new Map<string, GoalOption[]>();
    for (const goal of options) {
      const list = byStrategy.get(goal.documentTitle) ?? [];
      list.push(goal);
      byStrategy.set(goal.documentTitle, list);
    }
    const known = edit.text === '' || options.some((goal) => goal.id === edit.text);
    control = (
      <select
        {...common}
        autoFocus
        value={edit.text}
        onChange={(event) => shared.onEditText(event.currentTarget.value)}
      >
        <option value="">{shared.noGoal}</option>
        {!known ? (
          <option value={edit.text}>{shared.goals ? shared.goalRemoved : edit.text}</option>
        ) : null}
        {[...byStrategy].map(([title, goals]) => (
          <optgroup key={title} label={title}>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goalLabel(goal)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        autoFocus
        dir="auto"
        inputMode={column.kind === 'period' && shared.metric !== 'note' ? 'decimal' : undefined}
        value={edit.text}
        onChange={(event) => shared.onEditText(event.currentTarget.value)}
        onFocus={(event) => {
          const input = event.currentTarget;
          input.setSelectionRange(input.value.length, input.value.length);
        }}
      />
    );
  }
  return (
    <>
      {control}
      {edit.problem ? (
        <span id={errorId} role="alert" className="mp-error">
          {shared.problemText(edit.problem)}
        </span>
      ) : null}
    </>
  );
}

/**
 * The media-plan grid (ARIA grid pattern). One line per row, grouped in Paid, Owned and
 * Earned with their totals; one column per period showing one metric at a time; frozen row
 * actions, channel and activity; virtualised lines, so a 300-row plan renders a screenful.
 *
 * Keyboard: arrows move (Shift extends the selection), Tab and Shift-Tab move sideways
 * (after Escape they leave the grid),
 * Enter or F2 edits and Enter commits and moves down, typing starts editing, Escape
 * cancels, Delete empties the selection, Alt-Up/Down moves the row, Ctrl/Cmd-Z undoes this
 * person's own edits and Ctrl/Cmd-Shift-Z or Ctrl-Y redoes them; copy and paste work with
 * tab-separated text (spreadsheets).
 */
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

export function PlanGrid({
  doc,
  view,
  editable,
  metric,
  formats,
  goals,
  goalOptions,
  writer,
  awareness,
  label,
  handle,
}: PlanGridProps) {
  const { t } = useTranslation();
  const rtl = useDirection().dir === 'rtl';
  const gridId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const gridRef = useRef<HTMLDivElement>(null);
  /** The last key pressed on a cell was Escape: a Tab now leaves the grid. */
  const escaped = useRef(false);
  const problemText = useCellProblemText(formats);
  const columns = useMemo(() => buildColumns(view.periods), [view.periods]);
  const offsets = useMemo(() => columnOffsets(columns), [columns]);
  const width = (offsets[offsets.length - 1] ?? 0) + (columns[columns.length - 1]?.width ?? 0);
  const layout = useMemo(() => layoutPlan(view), [view]);
  const columnIndex = useMemo(() => new Map(columns.map((c, i) => [c.key, i])), [columns]);
  const visitors = useCellVisitors(awareness);

  const [active, setActive] = useState<CellRef | null>(null);
  const [anchor, setAnchor] = useState<CellRef | null>(null);
  const [edit, setEditState] = useState<EditState | null>(null);
  const editRef = useRef<EditState | null>(null);
  const setEdit = useCallback((next: EditState | null) => {
    editRef.current = next;
    setEditState(next);
  }, []);
  const [focusWithin, setFocusWithin] = useState(false);
  const wantFocus = useRef(false);
  const [menuRowId, setMenuRowId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<RowView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 0 });
  const updateScroll = useCallback((grid: HTMLElement) => {
    const top = grid.scrollTop;
    const height = grid.clientHeight;
    setScroll((current) =>
      current.top === top && current.height === height ? current : { top, height },
    );
  }, []);

  // The plan became read-only (capability lost, a refusal): an open editor, row menu or
  // remove dialog must not write any more, so they close (the writer refuses too).
  const [wasEditable, setWasEditable] = useState(editable);
  if (wasEditable !== editable) {
    setWasEditable(editable);
    if (!editable) {
      setEditState(null);
      setMenuRowId(null);
      setRemoving(null);
    }
  }
  useLayoutEffect(() => {
    if (editable) return;
    editRef.current = null;
    // What had focus (an editor, a menu) is gone: focus goes back to the active cell.
    const focused = document.activeElement;
    if (focusWithin && (!focused || focused === document.body)) wantFocus.current = true;
  }, [editable, focusWithin]);

  const pricingLabel = useCallback((p: PricingModel) => t(`mediaPlan.pricing.${p}`), [t]);
  const context: ReadContext = useMemo(
    () => ({ metric, formats, goals, pricingLabel }),
    [metric, formats, goals, pricingLabel],
  );

  // The selection as indexes; a row someone removed leaves the selection where it was.
  const pointOf = useCallback(
    (ref: CellRef | null): GridPoint | null => {
      if (!ref || layout.rows.length === 0) return null;
      const row = layout.navIndex.get(ref.rowId);
      const column = columnIndex.get(ref.column);
      return {
        row: row ?? clamp(ref.at.row, 0, layout.rows.length - 1),
        column: column ?? clamp(ref.at.column, 0, columns.length - 1),
      };
    },
    [layout, columnIndex, columns.length],
  );
  /** Where a row and column are now; null when the row is gone. */
  const locate = useCallback(
    (rowId: string, column: string): GridPoint | null => {
      const row = layout.navIndex.get(rowId);
      const index = columnIndex.get(column);
      return row === undefined || index === undefined ? null : { row, column: index };
    },
    [layout, columnIndex],
  );
  const activePoint = pointOf(active);
  const anchorPoint = pointOf(anchor) ?? activePoint;
  const range: GridRange | null =
    activePoint && anchorPoint ? rangeOf(anchorPoint, activePoint) : null;

  const refAt = useCallback(
    (point: GridPoint): CellRef | null => {
      const row = layout.rows[point.row];
      const column = columns[point.column];
      return row && column ? { rowId: row.id, column: column.key, at: point } : null;
    },
    [layout.rows, columns],
  );

  // Presence: the selected cell while the grid has focus.
  const activeRow = activePoint ? layout.rows[activePoint.row] : undefined;
  const activeColumn = activePoint ? columns[activePoint.column] : undefined;
  const place = activeColumn ? presenceColumn(activeColumn) : null;
  useShareCell(
    awareness,
    focusWithin && activeRow && place ? { rowId: activeRow.id, ...place } : null,
  );

  // Keep the active cell focused (roving focus) after keyboard moves and edits.
  useLayoutEffect(() => {
    if (!wantFocus.current || !activePoint || editRef.current) return;
    const row = layout.rows[activePoint.row];
    if (!row) return;
    const element = document.getElementById(cellId(gridId, row.id, activePoint.column));
    if (!element) return;
    wantFocus.current = false;
    if (!element.contains(document.activeElement)) element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  });

  useImperativeHandle(
    handle,
    () => ({
      selectRow: (rowId: string) => {
        wantFocus.current = true;
        setActive({ rowId, column: 'channel', at: { row: 0, column: 1 } });
        setAnchor(null);
      },
    }),
    [],
  );

  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const measure = () => updateScroll(grid);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [updateScroll]);

  const select = useCallback(
    (point: GridPoint, extend = false) => {
      const ref = refAt({
        row: clamp(point.row, 0, layout.rows.length - 1),
        column: clamp(point.column, 0, columns.length - 1),
      });
      if (!ref) return;
      wantFocus.current = true;
      setActive(ref);
      if (!extend) setAnchor(null);
      else if (!anchor) setAnchor(active);
    },
    [refAt, layout.rows.length, columns.length, anchor, active],
  );

  const startEdit = useCallback(
    (point: GridPoint, text?: string) => {
      if (!editable) return;
      const row = layout.rows[point.row];
      const column = columns[point.column];
      if (!row || !column || !isEditableColumn(column)) return;
      const select = column.kind === 'field' && (column.key === 'goal' || column.key === 'pricing');
      const current =
        column.kind === 'field' && column.key === 'goal'
          ? row.goalId
          : cellInputText(row, column, context, undefined);
      setNotice(null);
      const typed = !select && text !== undefined;
      setEdit({
        rowId: row.id,
        column: column.key,
        text: typed ? text : current,
        start: typed ? null : current,
        problem: null,
      });
    },
    [editable, layout.rows, columns, context, setEdit],
  );

  const focusCellNow = useCallback(
    (rowId: string, column: string) => {
      const index = columnIndex.get(column);
      if (index === undefined) return;
      document.getElementById(cellId(gridId, rowId, index))?.focus({ preventScroll: true });
    },
    [columnIndex, gridId],
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
      const now =
        column.kind === 'field' && column.key === 'goal'
          ? row.goalId
          : cellInputText(row, column, context, undefined);
      // Only what the person changed is written. When someone else changed the cell since
      // the editor opened, the person's own change still wins (they acted last); an editor
      // opened and closed untouched never puts the old value back.
      const changed = current.start === null || current.text !== current.start;
      if (changed && current.text !== now) {
        const read =
          column.kind === 'field' && column.key === 'goal'
            ? ({ ok: true, write: { kind: 'field', patch: { goalId: current.text } } } as const)
            : readCellInput(column, current.text, context);
        if (!read.ok) {
          setEdit({ ...current, problem: read.problem });
          return false;
        }
        const result = writer.write(() => applyCellWrite(doc, row.id, read.write));
        if (result && !result.ok) {
          setNotice(t(`mediaPlan.errors.${result.error}`));
        }
      }
      setEdit(null);
      const point = locate(current.rowId, current.column);
      if (point && move !== 'none') {
        wantFocus.current = true;
        focusCellNow(current.rowId, current.column);
        const delta = {
          down: [1, 0],
          up: [-1, 0],
          next: [0, 1],
          previous: [0, -1],
        }[move];
        select({ row: point.row + (delta[0] ?? 0), column: point.column + (delta[1] ?? 0) });
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
      t,
    ],
  );

  const cancelEdit = useCallback(() => {
    const current = editRef.current;
    setEdit(null);
    if (current) {
      wantFocus.current = true;
      focusCellNow(current.rowId, current.column);
    }
  }, [setEdit, focusCellNow]);

  const onEditKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
      event.stopPropagation();
      if (event.nativeEvent.isComposing) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        commitEdit(event.shiftKey ? 'up' : 'down');
      } else if (event.key === 'Tab') {
        event.preventDefault();
        commitEdit(event.shiftKey ? 'previous' : 'next');
      } else if (event.key === 'Escape') {
        event.preventDefault();
        cancelEdit();
      }
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

  // Row actions.
  const siblingsOf = useCallback((row: RowView) => view.blocks[row.block], [view.blocks]);
  const moveBy = useCallback(
    (row: RowView, direction: -1 | 1) => {
      const siblings = siblingsOf(row);
      const index = siblings.findIndex((r) => r.id === row.id);
      if (direction < 0) {
        const before = siblings[index - 1];
        if (before) writer.write(() => moveRow(doc, row.id, row.block, before.id));
        else {
          const previous = BLOCKS[BLOCKS.indexOf(row.block) - 1];
          if (previous) writer.write(() => moveRow(doc, row.id, previous, null));
        }
      } else {
        const after = siblings[index + 1];
        if (after)
          writer.write(() => moveRow(doc, row.id, row.block, siblings[index + 2]?.id ?? null));
        else {
          const next = BLOCKS[BLOCKS.indexOf(row.block) + 1];
          if (next)
            writer.write(() => moveRow(doc, row.id, next, view.blocks[next][0]?.id ?? null));
        }
      }
      wantFocus.current = true;
    },
    [siblingsOf, writer, doc, view.blocks],
  );

  const addRowTo = useCallback(
    (block: Block, after?: string) => {
      const id = writer.write(() => addRow(doc, block, {}, after));
      if (id === undefined) return;
      wantFocus.current = true;
      setActive({ rowId: id, column: 'channel', at: { row: 0, column: 1 } });
      setAnchor(null);
    },
    [writer, doc],
  );

  const closeMenu = useCallback(() => {
    wantFocus.current = true;
    setMenuRowId(null);
  }, []);
  const moveTo = useCallback(
    (row: RowView, block: Block) => {
      writer.write(() => moveRow(doc, row.id, block, null));
      wantFocus.current = true;
    },
    [writer, doc],
  );

  const menuLabel = useCallback(
    (row: RowView) =>
      t('mediaPlan.rows.actions', {
        row:
          [row.channel, row.activity].filter(Boolean).join(' · ') || t('mediaPlan.rows.untitled'),
      }),
    [t],
  );

  const openMenu = (row: RowView) => {
    setActive({
      rowId: row.id,
      column: 'actions',
      at: { row: layout.navIndex.get(row.id) ?? 0, column: 0 },
    });
    setAnchor(null);
    setMenuRowId(row.id);
  };

  /** The open actions menu of a row (only one row has it at a time). */
  const menuOf = (row: RowView): ReactNode => {
    const siblings = view.blocks[row.block];
    const index = siblings.findIndex((r) => r.id === row.id);
    const blockIndex = BLOCKS.indexOf(row.block);
    return (
      <RowActions
        label={menuLabel(row)}
        block={row.block}
        canMoveUp={index > 0 || blockIndex > 0}
        canMoveDown={index < siblings.length - 1 || blockIndex < BLOCKS.length - 1}
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

  const columnLabel = useCallback(
    (column: Column): string => {
      switch (column.kind) {
        case 'actions':
          return t('mediaPlan.columns.actions');
        case 'total':
          return t('mediaPlan.columns.total');
        case 'field':
          return t(`mediaPlan.columns.${column.key}`);
        case 'period': {
          const { title, detail } = formats.periodLabel(column.period);
          return detail ? `${title} (${detail})` : title;
        }
      }
    },
    [t, formats],
  );

  // Lines get stable handlers that call the latest ones, so a change of the plan re-renders
  // only the rows it touched.
  const latest = useRef({ onEditText, onEditKeyDown, onEditBlur, openMenu });
  useLayoutEffect(() => {
    latest.current = { onEditText, onEditKeyDown, onEditBlur, openMenu };
  });
  const stable = useMemo(
    () => ({
      onEditText: (text: string) => latest.current.onEditText(text),
      onEditKeyDown: (event: ReactKeyboardEvent<HTMLInputElement | HTMLSelectElement>) =>
        latest.current.onEditKeyDown(event),
      onEditBlur: () => latest.current.onEditBlur(),
      openMenu: (row: RowView) => latest.current.openMenu(row),
    }),
    [],
  );

  const shared: GridShared = useMemo(
    () => ({
      gridId,
      columns,
      offsets,
      formats,
      metric,
      goals,
      goalOptions,
      editable,
      visitors,
      pricingLabel,
      columnLabel,
      problemText,
      goalRemoved: t('mediaPlan.grid.goalRemoved'),
      noGoal: t('mediaPlan.grid.noGoal'),
      ...stable,
      menuLabel,
    }),
    [
      gridId,
      columns,
      offsets,
      formats,
      metric,
      goals,
      goalOptions,
      editable,
      visitors,
      pricingLabel,
      columnLabel,
      problemText,
      t,
      stable,
      menuLabel,
    ],
  );

  // Clipboard.
  const rangeText = useCallback((): string | null => {
    if (!range) return null;
    const lines: string[][] = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      const row = layout.rows[r];
      if (!row) continue;
      const cells: string[] = [];
      for (let c = range.start; c <= range.end; c += 1) {
        const column = columns[c];
        if (column) cells.push(cellInputText(row, column, context, view.totals.byRow[row.id]));
      }
      lines.push(cells);
    }
    return toTsv(lines);
  }, [range, layout.rows, columns, context, view.totals.byRow]);

  // "Row 3, Budget": the row and column named with the language's own list separator.
  const where = useMemo(
    () => new Intl.ListFormat(formats.locale, { type: 'unit', style: 'short' }),
    [formats.locale],
  );
  const describeProblems = useCallback(
    (problems: readonly { row: number; column: number; problem: CellProblem }[]): string => {
      const shown = problems.slice(0, 4).map(({ row, column, problem }) => {
        const target = layout.rows[row];
        const rowName = target
          ? t('mediaPlan.paste.rowNumber', { number: formats.quantity(row + 1) })
          : t('mediaPlan.paste.newRow');
        const col = columns[column];
        const columnName = col ? columnLabel(col) : t('mediaPlan.paste.outside');
        return `${where.format([rowName, columnName])}: ${problemText(problem)}`;
      });
      const more = problems.length - shown.length;
      return [
        t('mediaPlan.paste.refused', {
          count: problems.length,
          problems: formats.quantity(problems.length),
        }),
        ...shown,
        ...(more > 0 ? [t('mediaPlan.paste.more', { more: formats.quantity(more) })] : []),
      ].join('\n');
    },
    [layout.rows, columns, columnLabel, problemText, t, formats, where],
  );

  const clearRange = useCallback(() => {
    if (!range || !editable) return;
    writer.write(() => {
      for (let r = range.top; r <= range.bottom; r += 1) {
        const row = layout.rows[r];
        if (!row) continue;
        for (let c = range.start; c <= range.end; c += 1) {
          const column = columns[c];
          const write = column ? clearWrite(column, metric) : null;
          if (write) applyCellWrite(doc, row.id, write);
        }
      }
    });
  }, [range, editable, writer, layout.rows, columns, metric, doc]);

  const fromInput = (target: EventTarget) =>
    target instanceof HTMLInputElement || target instanceof HTMLSelectElement;

  const onCopy = (event: ReactClipboardEvent<HTMLDivElement>) => {
    if (fromInput(event.target) || !gridRef.current?.contains(event.target as Node)) return;
    const text = rangeText();
    if (text === null) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', text);
  };

  const onCut = (event: ReactClipboardEvent<HTMLDivElement>) => {
    if (fromInput(event.target) || !gridRef.current?.contains(event.target as Node)) return;
    onCopy(event);
    clearRange();
  };

  const onPaste = (event: ReactClipboardEvent<HTMLDivElement>) => {
    if (fromInput(event.target) || !gridRef.current?.contains(event.target as Node)) return;
    event.preventDefault();
    if (!editable || !range) return;
    const values = parseTsv(event.clipboardData.getData('text/plain'));
    if (values.length === 0) return;
    const plan = planPaste({
      values,
      rows: layout.rows,
      columns,
      at: { row: range.top, column: range.start },
      range: { rows: range.bottom - range.top + 1, columns: range.end - range.start + 1 },
      context,
    });
    if (!plan.ok) {
      setNotice(
        plan.reason === 'tooManyRows'
          ? t('mediaPlan.paste.tooManyRows', {
              rows: formats.quantity(plan.rows),
              max: formats.quantity(plan.max),
            })
          : describeProblems(plan.problems),
      );
      return;
    }
    // The whole paste travels as one update: one that would not fit in a collaboration
    // frame is refused here, before anything is written (a single value always fits).
    if (
      (plan.cells > 1 || plan.addedRows > 0) &&
      updateBytes(doc, plan.apply) > MAX_PASTE_UPDATE_BYTES
    ) {
      setNotice(t('mediaPlan.paste.tooLarge'));
      return;
    }
    setNotice(null);
    writer.write(() => plan.apply(doc));
    const height = Math.max(values.length, range.bottom - range.top + 1);
    const widest = Math.max(...values.map((line) => line.length), range.end - range.start + 1);
    // The pasted block stays selected (new rows exist once the view re-reads them).
    setAnchor(refAt({ row: range.top, column: range.start }));
    const lastRow = layout.rows[Math.min(range.top + height - 1, layout.rows.length - 1)];
    const lastColumn = columns[Math.min(range.start + widest - 1, columns.length - 1)];
    if (lastRow && lastColumn) {
      setActive({
        rowId: lastRow.id,
        column: lastColumn.key,
        at: { row: range.top + height - 1, column: range.start + widest - 1 },
      });
    }
    wantFocus.current = true;
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (!gridRef.current?.contains(target) || fromInput(target)) return;
    if (!target.closest('[data-mp-cell]')) return;
    const point = activePoint;
    if (!point) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key;
    // Escape then Tab leaves the grid (instead of crossing up to ~58 columns cell by cell).
    const leaving = escaped.current;
    escaped.current = key === 'Escape' || (leaving && key === 'Shift');
    if (leaving && key === 'Tab' && !mod && !event.altKey) {
      const outside = tabbableOutside(gridRef.current, event.shiftKey ? 'before' : 'after');
      if (outside) {
        event.preventDefault();
        outside.focus();
      }
      // With nothing to reach, the browser takes focus out of the page.
      return;
    }
    const pageRows = Math.max(1, Math.floor((scroll.height || 400) / ROW_HEIGHT) - 2);
    const go = (row: number, column: number) => {
      event.preventDefault();
      select({ row, column }, event.shiftKey);
    };
    if (mod && !event.altKey && (key === 'z' || key === 'Z')) {
      event.preventDefault();
      if (!editable) return;
      if (event.shiftKey) writer.redo();
      else writer.undo();
      wantFocus.current = true;
      return;
    }
    if (mod && (key === 'y' || key === 'Y')) {
      event.preventDefault();
      if (editable) writer.redo();
      wantFocus.current = true;
      return;
    }
    if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault();
      const row = layout.rows[point.row];
      if (editable && row) moveBy(row, key === 'ArrowUp' ? -1 : 1);
      return;
    }
    switch (key) {
      case 'ArrowUp':
        return go(mod ? 0 : point.row - 1, point.column);
      case 'ArrowDown':
        return go(mod ? layout.rows.length - 1 : point.row + 1, point.column);
      case 'ArrowLeft':
        return go(point.row, mod ? (rtl ? columns.length - 1 : 0) : point.column + (rtl ? 1 : -1));
      case 'ArrowRight':
        return go(point.row, mod ? (rtl ? 0 : columns.length - 1) : point.column + (rtl ? -1 : 1));
      case 'Home':
        return go(mod ? 0 : point.row, 0);
      case 'End':
        return go(mod ? layout.rows.length - 1 : point.row, columns.length - 1);
      case 'PageUp':
        return go(point.row - pageRows, point.column);
      case 'PageDown':
        return go(point.row + pageRows, point.column);
      case 'Tab': {
        const next = point.column + (event.shiftKey ? -1 : 1);
        // At either end Tab leaves the grid, as the grid pattern expects.
        if (next < 0 || next >= columns.length) return;
        event.preventDefault();
        select({ row: point.row, column: next });
        return;
      }
      case 'Escape':
        if (anchor) {
          event.preventDefault();
          setAnchor(null);
        }
        setNotice(null);
        return;
      case 'Enter':
      case 'F2': {
        event.preventDefault();
        const column = columns[point.column];
        const row = layout.rows[point.row];
        if (column?.kind === 'actions' && row && editable) {
          setMenuRowId(row.id);
          return;
        }
        startEdit(point);
        return;
      }
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        clearRange();
        return;
      default:
        break;
    }
    if (isTypingKey(event)) {
      const column = columns[point.column];
      if (!column || !isEditableColumn(column) || !editable) return;
      if (column.kind === 'field' && (column.key === 'goal' || column.key === 'pricing')) return;
      event.preventDefault();
      setAnchor(null);
      startEdit(point, key);
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
    if (fromInput(event.target)) return;
    const point = pointFromEvent(event);
    if (!point) return;
    if (editRef.current) {
      const current = locate(editRef.current.rowId, editRef.current.column);
      if (current && current.row === point.row && current.column === point.column) return;
    }
    select(point, event.shiftKey);
  };

  const onDoubleClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    if (fromInput(event.target)) return;
    const point = pointFromEvent(event);
    if (point) startEdit(point);
  };

  // Someone else removed the row being edited: the edit has nowhere to go.
  const liveEdit = edit && layout.navIndex.has(edit.rowId) ? edit : null;
  const { first, last } = visibleLines(scroll.top, scroll.height, layout.lines.length);
  const rendered: number[] = [];
  for (let i = first; i <= last; i += 1) rendered.push(i);
  // The tab stop's row (the active row, or the first row before anything is selected) and
  // the edited row stay rendered when scrolled away, so focus never drops and Tab always
  // finds the grid.
  const tabRowId = activePoint ? layout.rows[activePoint.row]?.id : layout.rows[0]?.id;
  for (const rowId of [tabRowId, liveEdit?.rowId]) {
    const nav = rowId ? layout.navIndex.get(rowId) : undefined;
    const line = nav !== undefined ? layout.lineOfRow[nav] : undefined;
    if (line !== undefined && (line < first || line > last) && !rendered.includes(line)) {
      rendered.push(line);
    }
  }

  const totalsFor = (budget: number, quantity: number) =>
    metric === 'quantity' ? formats.quantity(quantity) : formats.money(budget);

  const frozenWidth = offsets[FROZEN_COLUMNS] ?? 0;
  const restWidth = (offsets[FROZEN_COLUMNS + 3] ?? 0) - frozenWidth;
  const periodColumns = columns.filter((c) => c.kind === 'period');

  const renderLine = (line: Line, index: number) => {
    const top = index * ROW_HEIGHT;
    if (line.kind === 'row') {
      const selection: RowSelection | null =
        range && line.nav >= range.top && line.nav <= range.bottom
          ? {
              active: activePoint && activePoint.row === line.nav ? activePoint.column : null,
              start: range.start,
              end: range.end,
            }
          : null;
      const rowTotal = view.totals.byRow[line.row.id];
      return (
        <DataRow
          key={line.row.id}
          row={line.row}
          line={index}
          shared={shared}
          selection={selection}
          tabColumn={
            activePoint
              ? activePoint.row === line.nav
                ? activePoint.column
                : null
              : line.nav === 0
                ? 1
                : null
          }
          edit={liveEdit && liveEdit.rowId === line.row.id ? liveEdit : null}
          totalBudget={rowTotal?.budget ?? 0}
          totalQuantity={rowTotal?.quantity ?? 0}
          menu={menuRowId === line.row.id && editable ? menuOf(line.row) : null}
        />
      );
    }
    if (line.kind === 'empty') {
      return (
        <div
          key={`empty-${line.block}`}
          role="row"
          aria-rowindex={index + 2}
          className="mp-row mp-empty-row"
          style={{ insetBlockStart: top }}
        >
          <div
            role="gridcell"
            aria-colindex={1}
            aria-colspan={columns.length}
            className="mp-cell mp-frozen mp-empty-cell"
            style={{ insetInlineStart: 0, position: 'sticky', width: frozenWidth + restWidth }}
          >
            <Text size="sm" c="dimmed" component="span">
              {t('mediaPlan.grid.emptyBlock')}
            </Text>
          </div>
        </div>
      );
    }
    const block = line.block;
    const blockTotals = view.totals.byBlockPeriod[block];
    return (
      <div
        key={`block-${block}`}
        role="row"
        aria-rowindex={index + 2}
        className={`mp-row mp-block-row mp-block-${block.toLowerCase()}`}
        style={{ insetBlockStart: top }}
      >
        <div
          role="gridcell"
          aria-colindex={1}
          className="mp-cell mp-frozen mp-block-cell"
          style={frozenStyle(0, offsets, columns[0]?.width ?? 0)}
        >
          {editable ? (
            <ActionIcon
              variant="subtle"
              size="sm"
              tabIndex={-1}
              aria-label={t('mediaPlan.rows.addTo', { block: t(`mediaPlan.blocks.${block}`) })}
              onClick={() => addRowTo(block)}
            >
              <span aria-hidden="true">+</span>
            </ActionIcon>
          ) : null}
        </div>
        <div
          role="rowheader"
          aria-colindex={2}
          aria-colspan={2}
          className="mp-cell mp-frozen mp-block-cell mp-block-name"
          style={{
            position: 'sticky',
            insetInlineStart: offsets[1],
            width: (columns[1]?.width ?? 0) + (columns[2]?.width ?? 0),
          }}
        >
          {t(`mediaPlan.blocks.${block}`)}
          <span className="mp-dim"> · {t(`mediaPlan.blockHints.${block}`)}</span>
        </div>
        <div
          role="gridcell"
          aria-colindex={4}
          aria-colspan={3}
          className="mp-cell mp-block-cell"
          style={{ width: restWidth }}
        />
        {periodColumns.map((column, i) => {
          const amounts = column.kind === 'period' ? blockTotals[column.period.key] : undefined;
          return (
            <div
              key={column.key}
              role="gridcell"
              aria-colindex={FROZEN_COLUMNS + 4 + i}
              className="mp-cell mp-block-cell mp-num"
              style={{ width: column.width }}
            >
              {amounts && (amounts.budget || amounts.quantity)
                ? totalsFor(amounts.budget, amounts.quantity)
                : ''}
            </div>
          );
        })}
        <div
          role="gridcell"
          aria-colindex={columns.length}
          className="mp-cell mp-block-cell mp-num mp-total-col"
          style={{ width: columns[columns.length - 1]?.width }}
          data-testid={`block-total-${block}`}
        >
          {totalsFor(view.totals.byBlock[block].budget, view.totals.byBlock[block].quantity)}
        </div>
      </div>
    );
  };

  const bodyHeight = layout.lines.length * ROW_HEIGHT;

  return (
    <>
      {notice ? (
        <div role="alert" className="mp-notice" data-testid="grid-notice">
          {notice.split('\n').map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      ) : null}
      <div
        ref={gridRef}
        role="grid"
        aria-label={label}
        aria-rowcount={layout.lines.length + 2}
        aria-colcount={columns.length}
        aria-multiselectable="true"
        aria-readonly={!editable || undefined}
        // With no rows there is no cell to tab to: the grid itself takes focus then.
        tabIndex={layout.rows.length === 0 ? 0 : undefined}
        className="mp-grid"
        data-testid="media-plan-grid"
        style={
          {
            '--mp-frozen': `${frozenWidth}px`,
            '--mp-header': `${HEADER_HEIGHT}px`,
            '--mp-row': `${ROW_HEIGHT}px`,
          } as CSSProperties
        }
        onScroll={(event) => updateScroll(event.currentTarget)}
        onKeyDown={onKeyDown}
        onMouseDown={onMouseDown}
        onDoubleClick={onDoubleClick}
        onCopy={onCopy}
        onCut={onCut}
        onPaste={onPaste}
        onFocus={() => setFocusWithin(true)}
        onBlur={(event) => {
          if (!gridRef.current?.contains(event.relatedTarget)) setFocusWithin(false);
        }}
      >
        <div
          className="mp-canvas"
          style={{ width, height: HEADER_HEIGHT + bodyHeight + ROW_HEIGHT }}
        >
          <div role="rowgroup" className="mp-header">
            <div role="row" aria-rowindex={1} className="mp-row mp-header-row">
              {columns.map((column, index) => {
                const classes = ['mp-cell', 'mp-head'];
                if (index < FROZEN_COLUMNS) classes.push('mp-frozen');
                if (column.kind === 'period' || column.kind === 'total') classes.push('mp-num');
                let content: ReactNode = columnLabel(column);
                if (column.kind === 'period') {
                  const { title, detail } = formats.periodLabel(column.period);
                  content = (
                    <>
                      <span className="mp-head-title">{title}</span>
                      {detail ? <span className="mp-head-detail">{detail}</span> : null}
                    </>
                  );
                } else if (column.kind === 'actions') {
                  content = <span className="mp-visually-hidden">{columnLabel(column)}</span>;
                } else if (column.kind === 'total') {
                  content = t(
                    metric === 'quantity'
                      ? 'mediaPlan.columns.totalQuantity'
                      : 'mediaPlan.columns.total',
                  );
                }
                return (
                  <div
                    key={column.key}
                    role="columnheader"
                    aria-colindex={index + 1}
                    className={classes.join(' ')}
                    style={frozenStyle(index, offsets, column.width)}
                  >
                    {content}
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup" className="mp-body" style={{ height: bodyHeight }}>
            {rendered.map((index) => {
              const line = layout.lines[index];
              return line ? renderLine(line, index) : null;
            })}
          </div>
          <div role="rowgroup" className="mp-footer">
            <div role="row" aria-rowindex={layout.lines.length + 2} className="mp-row mp-total-row">
              <div
                role="rowheader"
                aria-colindex={1}
                aria-colspan={FROZEN_COLUMNS}
                className="mp-cell mp-frozen mp-total-cell"
                style={{ position: 'sticky', insetInlineStart: 0, width: frozenWidth }}
              >
                {t('mediaPlan.grid.grandTotal')}
              </div>
              <div
                role="gridcell"
                aria-colindex={FROZEN_COLUMNS + 1}
                aria-colspan={3}
                className="mp-cell mp-total-cell"
                style={{ width: restWidth }}
              />
              {periodColumns.map((column, i) => {
                const amounts =
                  column.kind === 'period' ? view.totals.byPeriod[column.period.key] : undefined;
                return (
                  <div
                    key={column.key}
                    role="gridcell"
                    aria-colindex={FROZEN_COLUMNS + 4 + i}
                    className="mp-cell mp-total-cell mp-num"
                    style={{ width: column.width }}
                    data-testid={`period-total-${column.key}`}
                  >
                    {amounts ? totalsFor(amounts.budget, amounts.quantity) : ''}
                  </div>
                );
              })}
              <div
                role="gridcell"
                aria-colindex={columns.length}
                className="mp-cell mp-total-cell mp-num mp-total-col"
                style={{ width: columns[columns.length - 1]?.width }}
                data-testid="grand-total"
              >
                {totalsFor(view.totals.overall.budget, view.totals.overall.quantity)}
              </div>
            </div>
          </div>
        </div>
      </div>
      <ConfirmDialog
        opened={removing !== null}
        title={t('mediaPlan.rows.removeTitle')}
        confirmLabel={t('mediaPlan.rows.removeConfirm')}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          const row = removing;
          setRemoving(null);
          if (row && editable) {
            writer.write(() => removeRow(doc, row.id));
            wantFocus.current = true;
          }
        }}
      >
        {t('mediaPlan.rows.removeBody', {
          row: removing
            ? [removing.channel, removing.activity].filter(Boolean).join(' · ') ||
              t('mediaPlan.rows.untitled')
            : '',
        })}
      </ConfirmDialog>
    </>
  );
}
