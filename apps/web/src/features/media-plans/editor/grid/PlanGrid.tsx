// A little over ~400 lines: the grid's one component holds its keyboard model, its row and
// column windows and its sticky layout, which must change together; the pure parts already
// live in grid-model.ts, grid-shared.ts and use-grid-viewport.ts.
import type { PlanView, PricingModel } from '@chorus/media-plan-model';
import { useDirection } from '@mantine/core';
import {
  useCallback,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ConfirmDialog } from '../../../../ui';
import type { PlanFormats } from '../../plan-format';
import type { ReadContext } from '../cell-input';
import {
  buildColumns,
  columnOffsets,
  FROZEN_COLUMNS,
  presenceColumn,
  type Column,
  type Metric,
} from '../columns';
import type { GoalIndex, GoalOption } from '../goals';
import { useCellVisitors, useShareCell } from '../use-cell-presence';
import { useCellProblemText } from '../use-cell-problem-text';
import type { PlanWriter } from '../use-plan-undo';
import { DataRow } from './DataRow';
import {
  columnsToRender,
  HEADER_HEIGHT,
  layoutPlan,
  pinsLastColumn,
  placeColumns,
  ROW_HEIGHT,
  visibleColumns,
  visibleLines,
  type Line,
} from './grid-model';
import { rowName } from './grid-shared';
import { firstFieldOf, linesToRender, rowSelectionOf, tabColumnOf } from './selection';
import { BlockRow, EmptyBlockRow, HeaderRow, TotalRow, type GridGeometry } from './SummaryRows';
import { useCellEditing } from './use-cell-editing';
import { useGridClipboard } from './use-grid-clipboard';
import { useGridKeyboard } from './use-grid-keyboard';
import { useGridSelection, useRovingFocus } from './use-grid-selection';
import { useGridShared } from './use-grid-shared';
import { useGridViewport } from './use-grid-viewport';
import { useRowActions } from './use-row-actions';

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
 *
 * This file composes the parts: selection (`use-grid-selection`, `selection.ts`), the cell
 * editor (`use-cell-editing`, `cell-editing.ts`, `CellEditor`), keys and clicks
 * (`use-grid-keyboard`, `keyboard.ts`), the clipboard (`use-grid-clipboard`,
 * `clipboard.ts`), row actions (`use-row-actions`) and the lines (`DataRow`, `SummaryRows`).
 * Rows get one stable `shared` object and memoised props, so an edit re-renders only the
 * rows it touched. Columns are windowed as lines are: a line draws the frozen columns, the
 * columns in view (`visibleColumns`), the tab stop's and the edited one, and the total,
 * which sticks to the inline end so the money stays in view; the cells left out are a
 * margin before the next one drawn (`placeColumns`).
 */
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
  const problemText = useCellProblemText(formats);
  const columns = useMemo(() => buildColumns(view.periods), [view.periods]);
  const offsets = useMemo(() => columnOffsets(columns), [columns]);
  const width = (offsets[offsets.length - 1] ?? 0) + (columns[columns.length - 1]?.width ?? 0);
  const layout = useMemo(() => layoutPlan(view), [view]);
  const columnIndex = useMemo(() => new Map(columns.map((c, i) => [c.key, i])), [columns]);
  const visitors = useCellVisitors(awareness);
  const [focusWithin, setFocusWithin] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const pricingLabel = useCallback((p: PricingModel) => t(`mediaPlan.pricing.${p}`), [t]);
  const context: ReadContext = useMemo(
    () => ({ metric, formats, goals, pricingLabel }),
    [metric, formats, goals, pricingLabel],
  );
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

  const selection = useGridSelection({ gridId, layout, columns, columnIndex });
  const { activePoint, range, wantFocusRef } = selection;
  const editing = useCellEditing({
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
  });
  const { editRef } = editing;
  useRovingFocus({
    gridId,
    layout,
    activePoint,
    wantFocusRef,
    isEditing: () => editRef.current !== null,
  });

  // Presence: the selected cell while the grid has focus.
  const activeRow = activePoint ? layout.rows[activePoint.row] : undefined;
  const activeColumn = activePoint ? columns[activePoint.column] : undefined;
  const place = activeColumn ? presenceColumn(activeColumn) : null;
  useShareCell(
    awareness,
    focusWithin && activeRow && place ? { rowId: activeRow.id, ...place } : null,
  );

  const { scroll, onScroll } = useGridViewport(gridRef);
  const widths = useMemo(() => columns.map((column) => column.width), [columns]);
  const pinTotal = pinsLastColumn(scroll.width, widths, offsets, FROZEN_COLUMNS);
  const columnWindow = visibleColumns(
    scroll.inline,
    scroll.width,
    widths,
    offsets,
    FROZEN_COLUMNS,
    pinTotal,
  );
  // The tab stop's column and the edited one stay rendered when scrolled away, as their
  // lines do, so focus never drops.
  const editColumn = editing.edit ? columnIndex.get(editing.edit.column) : undefined;
  const keepColumn = activePoint?.column;
  const { first: firstColumn, last: lastColumn } = columnWindow;
  const placed = useMemo(
    () =>
      placeColumns(
        columnsToRender(
          { first: firstColumn, last: lastColumn },
          [keepColumn, editColumn],
          columns.length,
          FROZEN_COLUMNS,
        ),
        offsets,
        widths,
      ),
    [firstColumn, lastColumn, keepColumn, editColumn, columns.length, offsets, widths],
  );
  const summaryPlaced = useMemo(() => {
    const summaryColumns = placed
      .map(({ index }) => index)
      .filter((index) => index >= FROZEN_COLUMNS + 3);
    return placeColumns(summaryColumns, offsets, widths, offsets[FROZEN_COLUMNS + 3] ?? 0);
  }, [placed, offsets, widths]);

  const { selectRef } = selection;
  useImperativeHandle(
    handle,
    () => ({
      selectRow: (rowId: string) => {
        wantFocusRef.current = true;
        selectRef(firstFieldOf(rowId));
      },
    }),
    [selectRef, wantFocusRef],
  );

  const rows = useRowActions({ doc, view, layout, writer, editable, selection });
  const clipboard = useGridClipboard({
    doc,
    gridRef,
    view,
    layout,
    columns,
    metric,
    formats,
    context,
    editable,
    writer,
    selection,
    columnLabel,
    problemText,
    setNotice,
  });
  const keyboard = useGridKeyboard({
    gridRef,
    layout,
    columns,
    editable,
    rtl,
    viewportHeight: scroll.height,
    writer,
    selection,
    editing,
    rows,
    clearRange: clipboard.clearRange,
    setNotice,
  });

  const shared = useGridShared(
    {
      gridId,
      columns,
      offsets,
      placed,
      formats,
      metric,
      goals,
      goalOptions,
      editable,
      visitors,
      pricingLabel,
      columnLabel,
      problemText,
      menuLabel: rows.menuLabel,
    },
    {
      onEditText: editing.onEditText,
      onEditKeyDown: editing.onEditKeyDown,
      onEditBlur: editing.onEditBlur,
      openMenu: rows.openMenu,
    },
  );

  // Someone else removed the row being edited: the edit has nowhere to go.
  const liveEdit = editing.edit && layout.navIndex.has(editing.edit.rowId) ? editing.edit : null;
  const { first, last } = visibleLines(scroll.top, scroll.height, layout.lines.length);
  const lineOf = (rowId: string | undefined) => {
    const nav = rowId ? layout.navIndex.get(rowId) : undefined;
    return nav !== undefined ? layout.lineOfRow[nav] : undefined;
  };
  // The tab stop's row (the active row, or the first row before anything is selected) and
  // the edited row stay rendered when scrolled away.
  const tabRowId = activePoint ? layout.rows[activePoint.row]?.id : layout.rows[0]?.id;
  const rendered = linesToRender(first, last, [lineOf(tabRowId), lineOf(liveEdit?.rowId)]);

  const frozenWidth = offsets[FROZEN_COLUMNS] ?? 0;
  const geometry: GridGeometry = {
    columns,
    offsets,
    frozenWidth,
    restWidth: (offsets[FROZEN_COLUMNS + 3] ?? 0) - frozenWidth,
    placed,
    summaryPlaced,
  };
  const totals = view.totals;

  const renderLine = (line: Line, index: number) => {
    if (line.kind === 'row') {
      const rowTotal = totals.byRow[line.row.id];
      return (
        <DataRow
          key={line.row.id}
          row={line.row}
          line={index}
          shared={shared}
          selection={rowSelectionOf(range, activePoint, line.nav)}
          tabColumn={tabColumnOf(activePoint, line.nav)}
          edit={liveEdit && liveEdit.rowId === line.row.id ? liveEdit : null}
          totalBudget={rowTotal?.budget ?? 0}
          totalQuantity={rowTotal?.quantity ?? 0}
          menu={rows.menuOf(line.row)}
        />
      );
    }
    if (line.kind === 'empty') {
      return <EmptyBlockRow key={`empty-${line.block}`} line={index} geometry={geometry} />;
    }
    return (
      <BlockRow
        key={`block-${line.block}`}
        line={index}
        block={line.block}
        geometry={geometry}
        totals={totals}
        formats={formats}
        metric={metric}
        onAdd={editable ? rows.addRowTo : null}
      />
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
        className={['mp-grid', editable ? '' : 'mp-readonly', pinTotal ? 'mp-pin-total' : '']
          .filter(Boolean)
          .join(' ')}
        data-testid="media-plan-grid"
        style={
          {
            '--mp-frozen': `${frozenWidth}px`,
            '--mp-pinned': `${columns[columns.length - 1]?.width ?? 0}px`,
            '--mp-header': `${HEADER_HEIGHT}px`,
            '--mp-row': `${ROW_HEIGHT}px`,
          } as CSSProperties
        }
        onScroll={(event) => onScroll(event.currentTarget)}
        onKeyDown={keyboard.onKeyDown}
        onMouseDown={keyboard.onMouseDown}
        onDoubleClick={keyboard.onDoubleClick}
        onCopy={clipboard.onCopy}
        onCut={clipboard.onCut}
        onPaste={clipboard.onPaste}
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
            <HeaderRow
              geometry={geometry}
              formats={formats}
              metric={metric}
              columnLabel={columnLabel}
            />
          </div>
          <div role="rowgroup" className="mp-body" style={{ height: bodyHeight }}>
            {rendered.map((index) => {
              const line = layout.lines[index];
              return line ? renderLine(line, index) : null;
            })}
          </div>
          <div role="rowgroup" className="mp-footer">
            <TotalRow
              lineCount={layout.lines.length}
              geometry={geometry}
              totals={totals}
              formats={formats}
              metric={metric}
            />
          </div>
        </div>
      </div>
      <ConfirmDialog
        opened={rows.removing !== null}
        title={t('mediaPlan.rows.removeTitle')}
        confirmLabel={t('mediaPlan.rows.removeConfirm')}
        onClose={rows.cancelRemove}
        onConfirm={rows.confirmRemove}
      >
        {t('mediaPlan.rows.removeBody', {
          row: rows.removing ? rowName(rows.removing, t('mediaPlan.rows.untitled')) : '',
        })}
      </ConfirmDialog>
    </>
  );
}
