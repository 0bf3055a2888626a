// Copy, cut and paste of the grid as tab-separated text, apart from React: what a range
// copies as, what Delete empties, and whether a paste may be written at all.
import type { RowView } from '@chorus/media-plan-model';
import type * as Y from 'yjs';
import {
  clearWrite,
  MAX_PASTE_UPDATE_BYTES,
  planPaste,
  updateBytes,
  type CellWrite,
  type PasteProblem,
  type PastePlan,
  type ReadContext,
} from '../cell-input';
import type { Column, Metric } from '../columns';
import type { GridRange } from './grid-model';

/** The texts of a range, line by line (rows or columns that do not exist are left out). */
export function rangeCells(
  range: GridRange,
  rows: readonly RowView[],
  columns: readonly Column[],
  text: (row: RowView, column: Column) => string,
): string[][] {
  const lines: string[][] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    const row = rows[r];
    if (!row) continue;
    const cells: string[] = [];
    for (let c = range.start; c <= range.end; c += 1) {
      const column = columns[c];
      if (column) cells.push(text(row, column));
    }
    lines.push(cells);
  }
  return lines;
}

/** The writes that empty a range (pricing, actions and totals cannot be emptied). */
export function clearWrites(
  range: GridRange,
  rows: readonly RowView[],
  columns: readonly Column[],
  metric: Metric,
): { rowId: string; write: CellWrite }[] {
  const writes: { rowId: string; write: CellWrite }[] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    const row = rows[r];
    if (!row) continue;
    for (let c = range.start; c <= range.end; c += 1) {
      const column = columns[c];
      const write = column ? clearWrite(column, metric) : null;
      if (write) writes.push({ rowId: row.id, write });
    }
  }
  return writes;
}

/** Why a paste writes nothing. */
export type PasteRefusal =
  | { readonly kind: 'tooManyRows'; readonly rows: number; readonly max: number }
  | { readonly kind: 'values'; readonly problems: readonly PasteProblem[] }
  | { readonly kind: 'tooLarge' };

export type PasteCheck =
  | { readonly ok: true; readonly plan: Extract<PastePlan, { ok: true }> }
  | { readonly ok: false; readonly refusal: PasteRefusal };

/**
 * Checks a paste of `values` over the selected `range` before anything is written: every
 * value must be valid, and the whole paste travels as one update, so one that would not
 * fit in a collaboration frame is refused too (a single value always fits, and is not
 * measured).
 */
export function checkPaste(options: {
  doc: Y.Doc;
  values: readonly (readonly string[])[];
  rows: readonly RowView[];
  columns: readonly Column[];
  range: GridRange;
  context: ReadContext;
  maxBytes?: number;
}): PasteCheck {
  const { range } = options;
  const plan = planPaste({
    values: options.values,
    rows: options.rows,
    columns: options.columns,
    at: { row: range.top, column: range.start },
    range: { rows: range.bottom - range.top + 1, columns: range.end - range.start + 1 },
    context: options.context,
  });
  if (!plan.ok) {
    return {
      ok: false,
      refusal:
        plan.reason === 'tooManyRows'
          ? { kind: 'tooManyRows', rows: plan.rows, max: plan.max }
          : { kind: 'values', problems: plan.problems },
    };
  }
  const maxBytes = options.maxBytes ?? MAX_PASTE_UPDATE_BYTES;
  if ((plan.cells > 1 || plan.addedRows > 0) && updateBytes(options.doc, plan.apply) > maxBytes) {
    return { ok: false, refusal: { kind: 'tooLarge' } };
  }
  return { ok: true, plan };
}

/** Most refused values a paste notice names one by one; the rest are counted. */
export const NAMED_PROBLEMS = 4;

/** The refused values a notice names, and how many more it only counts. */
export function problemsToName<T>(problems: readonly T[]): { named: readonly T[]; more: number } {
  const named = problems.slice(0, NAMED_PROBLEMS);
  return { named, more: problems.length - named.length };
}
