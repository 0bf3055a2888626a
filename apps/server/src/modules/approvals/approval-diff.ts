import { readPlan, type PlanView } from '@chorus/media-plan-model';
import type * as Y from 'yjs';

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Above this many token pairs the changed middle is shown as replaced whole. */
const MAX_LCS_CELLS = 4_000_000;

/** Words and the spaces between them, so a diff keeps the text's own spacing. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/**
 * A word diff of two texts: common prefix and suffix, then a longest-common-subsequence
 * over the words in between. Adjacent parts of one kind are merged.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  push('equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_LCS_CELLS) {
    push('delete', midA.join(''));
    push('insert', midB.join(''));
  } else {
    for (const part of lcsDiff(midA, midB)) push(part.op, part.text);
  }
  push('equal', a.slice(endA).join(''));
  return parts;
}

function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: LCS of a[i..] and b[j..], in one flat array.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * (m + 1) + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      parts.push({ op: 'equal', text: a[i]! });
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) {
      parts.push({ op: 'delete', text: a[i]! });
      i += 1;
    } else {
      parts.push({ op: 'insert', text: b[j]! });
      j += 1;
    }
  }
  for (; i < n; i += 1) parts.push({ op: 'delete', text: a[i]! });
  for (; j < m; j += 1) parts.push({ op: 'insert', text: b[j]! });
  return parts;
}

export interface PlanRowRef {
  rowId: string;
  block: string;
  channel: string;
  activity: string;
}

export interface PlanCellChange {
  rowId: string;
  /** A period key, or a row field (channel, activity, objective, goalId, pricing). */
  column: string;
  field: string;
  before: string;
  after: string;
}

export interface PlanAmountsChange {
  /** 'overall' or a block name. */
  scope: string;
  budgetBefore: number;
  budgetAfter: number;
  quantityBefore: number;
  quantityAfter: number;
}

export interface PlanDiff {
  rowsAdded: PlanRowRef[];
  rowsRemoved: PlanRowRef[];
  cellsChanged: PlanCellChange[];
  totals: PlanAmountsChange[];
  currency: string;
}

const ROW_FIELDS = ['channel', 'activity', 'objective', 'goalId', 'pricing', 'block'] as const;
const CELL_FIELDS = ['budget', 'quantity', 'note'] as const;

function rowsOf(plan: PlanView) {
  return new Map(Object.values(plan.blocks).flatMap((rows) => rows.map((row) => [row.id, row])));
}

/** A media plan's changes cell by cell: rows added and removed, cells old → new, totals. */
export function planDiff(beforeDoc: Y.Doc, afterDoc: Y.Doc): PlanDiff {
  const before = readPlan(beforeDoc);
  const after = readPlan(afterDoc);
  const a = rowsOf(before);
  const b = rowsOf(after);
  const ref = (row: { id: string; block: string; channel: string; activity: string }) => ({
    rowId: row.id,
    block: row.block,
    channel: row.channel,
    activity: row.activity,
  });
  const cellsChanged: PlanCellChange[] = [];
  for (const [id, row] of b) {
    const old = a.get(id);
    if (!old) continue;
    for (const field of ROW_FIELDS) {
      if (String(old[field]) !== String(row[field])) {
        cellsChanged.push({
          rowId: id,
          column: field,
          field,
          before: String(old[field]),
          after: String(row[field]),
        });
      }
    }
    const periods = new Set([...Object.keys(old.cells), ...Object.keys(row.cells)]);
    for (const period of [...periods].sort()) {
      const x = old.cells[period];
      const y = row.cells[period];
      for (const field of CELL_FIELDS) {
        const was = String(x?.[field] ?? (field === 'note' ? '' : 0));
        const now = String(y?.[field] ?? (field === 'note' ? '' : 0));
        if (was !== now)
          cellsChanged.push({ rowId: id, column: period, field, before: was, after: now });
      }
    }
  }
  const totals: PlanAmountsChange[] = [];
  const amounts = (
    scope: string,
    x: { budget: number; quantity: number } | undefined,
    y: { budget: number; quantity: number } | undefined,
  ) => {
    const change = {
      scope,
      budgetBefore: x?.budget ?? 0,
      budgetAfter: y?.budget ?? 0,
      quantityBefore: x?.quantity ?? 0,
      quantityAfter: y?.quantity ?? 0,
    };
    if (
      change.budgetBefore !== change.budgetAfter ||
      change.quantityBefore !== change.quantityAfter ||
      scope === 'overall'
    ) {
      totals.push(change);
    }
  };
  amounts('overall', before.totals.overall, after.totals.overall);
  for (const block of Object.keys(after.totals.byBlock) as Array<
    keyof typeof after.totals.byBlock
  >) {
    amounts(block, before.totals.byBlock[block], after.totals.byBlock[block]);
  }
  return {
    rowsAdded: [...b.values()].filter((row) => !a.has(row.id)).map(ref),
    rowsRemoved: [...a.values()].filter((row) => !b.has(row.id)).map(ref),
    cellsChanged,
    totals,
    currency: after.settings.currency,
  };
}
