import {
  addRow,
  FIELD_MAX_LENGTH,
  isPricingModel,
  NOTE_MAX_LENGTH,
  setCell,
  updateRow,
  type Block,
  type CellPatch,
  type NumberTextError,
  type PlanResult,
  type PricingModel,
  type RowFields,
  type RowView,
} from '@chorus/media-plan-model';
import type * as Y from 'yjs';
import type { PlanFormats } from '../plan-format';
import type { Column, Metric } from './columns';
import { findGoal, goalLabel, type GoalIndex } from './goals';

/** Why a typed or pasted value is not written. */
export type CellProblem =
  | { readonly kind: 'number'; readonly error: NumberTextError; readonly of: 'money' | 'quantity' }
  | { readonly kind: 'tooLong'; readonly max: number }
  | { readonly kind: 'pricing' }
  | { readonly kind: 'goal' }
  | { readonly kind: 'readOnly' }
  | { readonly kind: 'outside' };

/** One change a valid value makes to a row. */
export type CellWrite =
  | { readonly kind: 'field'; readonly patch: Partial<RowFields> }
  | { readonly kind: 'cell'; readonly periodKey: string; readonly patch: CellPatch };

export type CellRead =
  | { readonly ok: true; readonly write: CellWrite }
  | { readonly ok: false; readonly problem: CellProblem };

/** What reading a value needs besides the column: formats, goals, pricing labels. */
export interface ReadContext {
  readonly metric: Metric;
  readonly formats: PlanFormats;
  readonly goals: GoalIndex;
  /** The pricing model's label in the reader's language ("Flat fee"), also accepted when pasting. */
  readonly pricingLabel: (pricing: PricingModel) => string;
}

/** Reads a value typed or pasted into a column of a row, validating it without writing. */
export function readCellInput(column: Column, raw: string, context: ReadContext): CellRead {
  switch (column.kind) {
    case 'actions':
    case 'total':
      return { ok: false, problem: { kind: 'readOnly' } };
    case 'field': {
      const text = raw.trim();
      const field = column.key;
      if (field === 'pricing') {
        const upper = text.toUpperCase();
        if (text === '') return { ok: true, write: { kind: 'field', patch: { pricing: 'FLAT' } } };
        if (isPricingModel(upper))
          return { ok: true, write: { kind: 'field', patch: { pricing: upper } } };
        for (const model of ['FLAT', 'CPM', 'CPC', 'CPA'] as const) {
          if (context.pricingLabel(model).toLocaleLowerCase() === text.toLocaleLowerCase()) {
            return { ok: true, write: { kind: 'field', patch: { pricing: model } } };
          }
        }
        return { ok: false, problem: { kind: 'pricing' } };
      }
      if (field === 'goal') {
        if (text === '') return { ok: true, write: { kind: 'field', patch: { goalId: '' } } };
        const goal = findGoal(context.goals, text);
        if (!goal) return { ok: false, problem: { kind: 'goal' } };
        return { ok: true, write: { kind: 'field', patch: { goalId: goal.id } } };
      }
      const max = FIELD_MAX_LENGTH[field];
      if (text.length > max) return { ok: false, problem: { kind: 'tooLong', max } };
      return { ok: true, write: { kind: 'field', patch: { [field]: text } } };
    }
    case 'period': {
      const periodKey = column.period.key;
      if (context.metric === 'note') {
        if (raw.length > NOTE_MAX_LENGTH) {
          return { ok: false, problem: { kind: 'tooLong', max: NOTE_MAX_LENGTH } };
        }
        return { ok: true, write: { kind: 'cell', periodKey, patch: { note: raw.trim() } } };
      }
      const text = raw.trim();
      if (context.metric === 'budget') {
        if (text === '')
          return { ok: true, write: { kind: 'cell', periodKey, patch: { budget: 0 } } };
        const read = context.formats.readMoney(text);
        if (!read.ok)
          return { ok: false, problem: { kind: 'number', error: read.error, of: 'money' } };
        return { ok: true, write: { kind: 'cell', periodKey, patch: { budget: read.value } } };
      }
      if (text === '')
        return { ok: true, write: { kind: 'cell', periodKey, patch: { quantity: 0 } } };
      const read = context.formats.readQuantity(text);
      if (!read.ok)
        return { ok: false, problem: { kind: 'number', error: read.error, of: 'quantity' } };
      return { ok: true, write: { kind: 'cell', periodKey, patch: { quantity: read.value } } };
    }
  }
}

/** The text of a cell to edit or copy (numbers without grouping or symbol, so they read back). */
export function cellInputText(
  row: RowView,
  column: Column,
  context: ReadContext,
  rowTotal: { budget: number; quantity: number } | undefined,
): string {
  switch (column.kind) {
    case 'actions':
      return '';
    case 'total': {
      if (!rowTotal) return '';
      return context.metric === 'quantity'
        ? context.formats.quantityText(rowTotal.quantity)
        : context.formats.moneyText(rowTotal.budget);
    }
    case 'field': {
      if (column.key === 'goal') {
        const goal = row.goalId ? context.goals?.get(row.goalId) : undefined;
        return goal ? goalLabel(goal) : row.goalId;
      }
      if (column.key === 'pricing') return row.pricing;
      return row[column.key];
    }
    case 'period': {
      const cell = row.cells[column.period.key];
      if (!cell) return '';
      if (context.metric === 'note') return cell.note;
      if (context.metric === 'quantity') {
        return cell.quantity === 0 ? '' : context.formats.quantityText(cell.quantity);
      }
      return cell.budget === 0 ? '' : context.formats.moneyText(cell.budget);
    }
  }
}

/** Writes one valid change to a row (inside the caller's transaction). */
export function applyCellWrite(doc: Y.Doc, rowId: string, write: CellWrite): PlanResult {
  return write.kind === 'field'
    ? updateRow(doc, rowId, write.patch)
    : setCell(doc, rowId, write.periodKey, write.patch);
}

/** A value refused at a place of a paste: row and column indexes of the grid. */
export interface PasteProblem {
  readonly row: number;
  readonly column: number;
  readonly problem: CellProblem;
}

/** A paste checked in full: either every value is valid, or nothing is written. */
export type PastePlan =
  | {
      readonly ok: true;
      /** Number of cells the paste fills. */
      readonly cells: number;
      /** Rows added at the end of the last block the paste reaches. */
      readonly addedRows: number;
      /** Writes everything; run it inside one transaction. */
      readonly apply: (doc: Y.Doc) => void;
    }
  | { readonly ok: false; readonly problems: readonly PasteProblem[] };

/**
 * Checks a block of pasted values placed from a cell (or repeated over a selection when a
 * single value is pasted into a range). Rows past the last row of the plan become new rows
 * of the last row's block. Every value is checked before anything is written: one bad
 * value refuses the whole paste, and every bad value is reported.
 */
export function planPaste(options: {
  readonly values: readonly (readonly string[])[];
  readonly rows: readonly RowView[];
  readonly columns: readonly Column[];
  /** Top-start cell of the target, as grid indexes. */
  readonly at: { readonly row: number; readonly column: number };
  /** The selected range, when a single value should fill it. */
  readonly range?: { readonly rows: number; readonly columns: number };
  readonly context: ReadContext;
}): PastePlan {
  const { rows, columns, at, context } = options;
  let values = options.values;
  const single = values.length === 1 && values[0]?.length === 1;
  if (single && options.range && (options.range.rows > 1 || options.range.columns > 1)) {
    const value = values[0]?.[0] ?? '';
    values = Array.from({ length: options.range.rows }, () =>
      Array.from({ length: options.range?.columns ?? 1 }, () => value),
    );
  }
  const problems: PasteProblem[] = [];
  const writes: { row: number; write: CellWrite }[] = [];
  let cells = 0;
  values.forEach((line, i) => {
    line.forEach((text, j) => {
      const rowIndex = at.row + i;
      const columnIndex = at.column + j;
      const column = columns[columnIndex];
      if (!column) {
        problems.push({ row: rowIndex, column: columnIndex, problem: { kind: 'outside' } });
        return;
      }
      const read = readCellInput(column, text, context);
      if (!read.ok) {
        problems.push({ row: rowIndex, column: columnIndex, problem: read.problem });
        return;
      }
      writes.push({ row: rowIndex, write: read.write });
      cells += 1;
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  const lastRow = at.row + values.length - 1;
  const addedRows = Math.max(0, lastRow - (rows.length - 1));
  const lastBlock: Block = rows[rows.length - 1]?.block ?? 'PAID';
  return {
    ok: true,
    cells,
    addedRows,
    apply: (doc) => {
      const ids = rows.map((row) => row.id);
      let after = rows[rows.length - 1]?.id;
      for (let n = 0; n < addedRows; n += 1) {
        after = addRow(doc, lastBlock, {}, after);
        ids.push(after);
      }
      for (const { row, write } of writes) {
        const id = ids[row];
        if (id !== undefined) applyCellWrite(doc, id, write);
      }
    },
  };
}

/** Writes for emptying a cell (Delete on a selection); null for columns that cannot be emptied. */
export function clearWrite(column: Column, metric: Metric): CellWrite | null {
  if (column.kind === 'field') {
    if (column.key === 'pricing') return null;
    if (column.key === 'goal') return { kind: 'field', patch: { goalId: '' } };
    return { kind: 'field', patch: { [column.key]: '' } };
  }
  if (column.kind === 'period') {
    const patch: CellPatch =
      metric === 'note' ? { note: '' } : metric === 'quantity' ? { quantity: 0 } : { budget: 0 };
    return { kind: 'cell', periodKey: column.period.key, patch };
  }
  return null;
}
