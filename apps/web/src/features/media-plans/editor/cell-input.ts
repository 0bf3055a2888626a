import { COLLAB_LIMITS } from '@chorus/collab-protocol';
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
import * as Y from 'yjs';
import type { PlanFormats } from '../plan-format';
import { isEditableColumn, type Column, type Metric } from './columns';
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

/**
 * Most rows one paste may add to the plan. Each new row of a 52-week plan is about 1.3 KB
 * of update, and a whole paste travels as one update in one collaboration frame.
 */
export const MAX_PASTE_NEW_ROWS = 200;

/**
 * Largest update a paste may make, in bytes: half the collaboration frame limit (1 MiB).
 * A larger frame makes the server close the connection for good, and the offline copy
 * would keep sending the same update again.
 */
export const MAX_PASTE_UPDATE_BYTES = COLLAB_LIMITS.maxFrameBytes / 2;

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
  | { readonly ok: false; readonly reason: 'values'; readonly problems: readonly PasteProblem[] }
  /** The paste would add `rows` rows, more than `max`; nothing was checked or written. */
  | {
      readonly ok: false;
      readonly reason: 'tooManyRows';
      readonly rows: number;
      readonly max: number;
    };

/**
 * Checks a block of pasted values placed from a cell (or repeated over a selection when a
 * single value is pasted into a range). Rows past the last row of the plan become new rows
 * of the last row's block, at most `maxNewRows` of them. Every value is checked before
 * anything is written: one bad value refuses the whole paste, and every bad value is
 * reported. Values that land on read-only columns (row actions, totals: a copied whole
 * row brings them along) are left out, unless nothing else would be written.
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
  /** Most rows the paste may add; MAX_PASTE_NEW_ROWS unless said. */
  readonly maxNewRows?: number;
}): PastePlan {
  const { rows, columns, at, context } = options;
  const maxNewRows = options.maxNewRows ?? MAX_PASTE_NEW_ROWS;
  let values = options.values;
  const single = values.length === 1 && values[0]?.length === 1;
  if (single && options.range && (options.range.rows > 1 || options.range.columns > 1)) {
    const value = values[0]?.[0] ?? '';
    values = Array.from({ length: options.range.rows }, () =>
      Array.from({ length: options.range?.columns ?? 1 }, () => value),
    );
  }
  const lastRow = at.row + values.length - 1;
  const addedRows = Math.max(0, lastRow - (rows.length - 1));
  // Refused before reading thousands of values.
  if (addedRows > maxNewRows) {
    return { ok: false, reason: 'tooManyRows', rows: addedRows, max: maxNewRows };
  }
  const problems: PasteProblem[] = [];
  const skipped: PasteProblem[] = [];
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
      if (!isEditableColumn(column)) {
        skipped.push({ row: rowIndex, column: columnIndex, problem: { kind: 'readOnly' } });
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
  // Only read-only cells: the person pasted onto a total or the actions, and learns why
  // nothing changed.
  if (writes.length === 0 && problems.length === 0) problems.push(...skipped);
  if (problems.length > 0) return { ok: false, reason: 'values', problems };
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

/**
 * Size in bytes of the update `change` would make to `doc`: what the collaboration
 * connection would send. Measured on a scratch copy, so `doc` (and its undo history,
 * observers and offline copy) sees nothing.
 */
export function updateBytes(doc: Y.Doc, change: (doc: Y.Doc) => void): number {
  const scratch = new Y.Doc({ gc: doc.gc });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    // The same client id and clocks as the real change: ids are varints, so a stranger's
    // id would make the measure drift by a byte or more per reference. Set after the copy:
    // Yjs gives a document a new id when a remote update carries its own. The copy never syncs.
    scratch.clientID = doc.clientID;
    let bytes = 0;
    scratch.on('update', (update: Uint8Array) => {
      bytes += update.byteLength;
    });
    scratch.transact(() => change(scratch));
    return bytes;
  } finally {
    scratch.destroy();
  }
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
