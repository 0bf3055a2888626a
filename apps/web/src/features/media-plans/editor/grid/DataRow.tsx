import type { RowView } from '@chorus/media-plan-model';
import { memo, type CSSProperties, type ReactNode } from 'react';
import { FROZEN_COLUMNS, isEditableColumn, presenceColumn, type Column } from '../columns';
import { goalLabel } from '../goals';
import { cellKey, textColorOn } from '../use-cell-presence';
import type { EditState } from './cell-editing';
import { CellEditor } from './CellEditor';
import { ROW_HEIGHT } from './grid-model';
import { cellId, columnStyle, type GridShared } from './grid-shared';
import { RowActionsButton } from './RowActions';
import type { RowSelection } from './selection';

export interface DataRowProps {
  row: RowView;
  /** The row's line in the body (its vertical place). */
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
}

/**
 * One plan row. Memoised on its props: typing into one row re-renders that row (and the
 * totals), not the others. It draws the columns `shared.placed` names (the grid windows
 * columns as it windows lines), each cell after the width of the columns left out.
 */
export const DataRow = memo(function DataRow(props: DataRowProps) {
  const { row, line, shared, edit } = props;
  return (
    <div
      role="row"
      aria-rowindex={line + 2}
      className="mp-row mp-data-row"
      data-row-id={row.id}
      data-editing={edit ? '' : undefined}
      style={{ insetBlockStart: line * ROW_HEIGHT }}
    >
      {shared.placed.map(({ index, gap, gapAfter }) => {
        const column = shared.columns[index];
        return column ? (
          <DataCell
            key={column.key}
            {...props}
            column={column}
            index={index}
            gap={gap}
            gapAfter={gapAfter}
          />
        ) : null;
      })}
    </div>
  );
});

function DataCell({
  row,
  shared,
  selection,
  tabColumn,
  edit,
  totalBudget,
  totalQuantity,
  menu,
  column,
  index,
  gap,
  gapAfter,
}: DataRowProps & { column: Column; index: number; gap: number; gapAfter: number }) {
  const { offsets, metric, visitors } = shared;
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
  const style: CSSProperties = columnStyle(index, offsets, column.width, {
    gap,
    gapAfter,
  });
  if (visitor) {
    style.boxShadow = `inset 0 0 0 2px ${visitor.person.color}`;
  }
  const errorId = `${shared.gridId}-error`;
  return (
    <div
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
      {editing && edit ? (
        <CellEditor column={column} edit={edit} shared={shared} errorId={errorId} />
      ) : (
        <CellText
          row={row}
          column={column}
          shared={shared}
          totalBudget={totalBudget}
          totalQuantity={totalQuantity}
          menu={menu}
        />
      )}
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
}

/** A cell's value as shown (not edited): formatted amounts, goal labels, the row menu. */
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
