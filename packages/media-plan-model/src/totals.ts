import { BLOCKS, type Block, type CellValues } from './model.js';
import { type Period } from './periods.js';

/** A budget (integer minor units) and a quantity summed together. */
export interface Amounts {
  readonly budget: number;
  readonly quantity: number;
}

/** Every total of a plan, over the periods of the flight only. */
export interface Totals {
  readonly overall: Amounts;
  readonly byBlock: Readonly<Record<Block, Amounts>>;
  /** Keyed by period key. */
  readonly byPeriod: Readonly<Record<string, Amounts>>;
  /** Block, then period key. */
  readonly byBlockPeriod: Readonly<Record<Block, Readonly<Record<string, Amounts>>>>;
  /** Keyed by row id: the row across the whole flight. */
  readonly byRow: Readonly<Record<string, Amounts>>;
  /**
   * True when a sum went past Number.MAX_SAFE_INTEGER (only possible in a document written
   * outside the validating writers): the figures are then approximate and must not be
   * trusted.
   */
  readonly overflow: boolean;
}

/** What {@link computeTotals} needs of a plan: its periods and its rows per block. */
export interface TotalsInput {
  readonly periods: readonly Period[];
  readonly blocks: Readonly<
    Record<
      Block,
      readonly { readonly id: string; readonly cells: Readonly<Record<string, CellValues>> }[]
    >
  >;
}

/**
 * Sums budgets and quantities per block, per period, per block × period, per row and
 * overall in one pass. Budgets stay integers; quantities are summed as integer hundredths
 * so 0.1 + 0.2 is 0.3. Cells outside `periods` are not counted.
 */
export function computeTotals(plan: TotalsInput): Totals {
  const periods = plan.periods;
  const count = periods.length;
  const keys = periods.map((p) => p.key);
  // Block-major accumulators, one slot per block × period; budgets are integers below
  // 2^53 so a double adds them exactly.
  const budgets = new Float64Array(BLOCKS.length * count);
  const hundredths = new Float64Array(BLOCKS.length * count);
  const byRow: Record<string, Amounts> = {};
  for (let b = 0; b < BLOCKS.length; b += 1) {
    const rows = plan.blocks[BLOCKS[b] as Block];
    const base = b * count;
    for (const row of rows) {
      const cells = row.cells;
      let rowBudget = 0;
      let rowHundredths = 0;
      for (let i = 0; i < count; i += 1) {
        const cell = cells[keys[i] as string];
        if (cell === undefined) continue;
        const q = Math.round(cell.quantity * 100);
        budgets[base + i] = (budgets[base + i] as number) + cell.budget;
        hundredths[base + i] = (hundredths[base + i] as number) + q;
        rowBudget += cell.budget;
        rowHundredths += q;
      }
      byRow[row.id] = { budget: rowBudget, quantity: rowHundredths / 100 };
    }
  }

  const byPeriod: Record<string, Amounts> = {};
  const byBlockPeriod = {} as Record<Block, Record<string, Amounts>>;
  const byBlock = {} as Record<Block, Amounts>;
  const periodBudget = new Float64Array(count);
  const periodHundredths = new Float64Array(count);
  let totalBudget = 0;
  let totalHundredths = 0;
  for (let b = 0; b < BLOCKS.length; b += 1) {
    const block = BLOCKS[b] as Block;
    const perPeriod: Record<string, Amounts> = {};
    let blockBudget = 0;
    let blockHundredths = 0;
    for (let i = 0; i < count; i += 1) {
      const budget = budgets[b * count + i] as number;
      const q = hundredths[b * count + i] as number;
      perPeriod[keys[i] as string] = { budget, quantity: q / 100 };
      periodBudget[i] = (periodBudget[i] as number) + budget;
      periodHundredths[i] = (periodHundredths[i] as number) + q;
      blockBudget += budget;
      blockHundredths += q;
    }
    byBlockPeriod[block] = perPeriod;
    byBlock[block] = { budget: blockBudget, quantity: blockHundredths / 100 };
    totalBudget += blockBudget;
    totalHundredths += blockHundredths;
  }
  for (let i = 0; i < count; i += 1) {
    byPeriod[keys[i] as string] = {
      budget: periodBudget[i] as number,
      quantity: (periodHundredths[i] as number) / 100,
    };
  }
  return {
    overall: { budget: totalBudget, quantity: totalHundredths / 100 },
    byBlock,
    byPeriod,
    byBlockPeriod,
    byRow,
    overflow: !Number.isSafeInteger(totalBudget) || !Number.isSafeInteger(totalHundredths),
  };
}
