// Test factories, in one place (excluded from the build).
import * as Y from 'yjs';
import { type Block, type CellValues, type RowFields } from '../model.js';
import { addRow, initPlan, setCell, type SettingsInput } from '../plan.js';

/** Settings of the sample plan: a weekly flight across a new year, in euros. */
export const SAMPLE_SETTINGS: SettingsInput = {
  flightStart: '2026-12-30',
  flightEnd: '2027-02-10',
  granularity: 'week',
  currency: 'EUR',
};

/** A row to build: its block, fields and filled cells. */
export interface RowSpec {
  readonly block: Block;
  readonly fields?: Partial<RowFields>;
  readonly cells?: Readonly<Record<string, Partial<CellValues>>>;
}

/** The sample rows: each block, text that needs quoting, a formula-looking note, decimals. */
export const SAMPLE_ROWS: readonly RowSpec[] = [
  {
    block: 'PAID',
    fields: {
      channel: 'Instagram',
      activity: 'Targeted ads',
      objective: 'Reach, "new" parents',
      goalId: 'goal-1',
      pricing: 'CPM',
    },
    cells: {
      '2026-W53': { budget: 150_000, quantity: 250_000 },
      '2027-W01': { budget: 99, quantity: 0.5, note: 'launch; café ☕' },
      '2027-W06': { budget: 1, note: '=SUM(A1)' },
    },
  },
  {
    block: 'PAID',
    fields: {
      channel: 'TikTok',
      activity: 'Influencer placement\nwith two lines',
      pricing: 'FLAT',
    },
    cells: { '2027-W02': { budget: 500_000, quantity: 3 } },
  },
  {
    block: 'OWNED',
    fields: {
      channel: 'Newsletter',
      activity: 'Weekly digest',
      objective: 'Retention',
      pricing: 'CPC',
    },
    cells: { '2027-W03': { quantity: 12.25, note: 'owned only has quantities' } },
  },
  {
    block: 'EARNED',
    fields: { channel: 'PR', activity: '-Press release', goalId: 'goal-2', pricing: 'CPA' },
    cells: { '2027-W04': { budget: 1_234_567, quantity: 7 } },
  },
];

/** A fresh initialised document holding the given rows, and their ids in order. */
export function buildPlanDoc(
  settings: SettingsInput = SAMPLE_SETTINGS,
  rows: readonly RowSpec[] = SAMPLE_ROWS,
): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const init = initPlan(doc, settings);
  if (!init.ok) throw new Error(`buildPlanDoc: ${init.error}`);
  const ids: string[] = [];
  for (const row of rows) {
    const id = addRow(doc, row.block, row.fields ?? {});
    for (const [key, cell] of Object.entries(row.cells ?? {})) {
      const result = setCell(doc, id, key, cell);
      if (!result.ok) throw new Error(`buildPlanDoc: ${key} ${result.error}`);
    }
    ids.push(id);
  }
  return { doc, ids };
}

/** Two documents kept in sync both ways, like two browsers on one plan. */
export function connectedPeers(base: Y.Doc): { a: Y.Doc; b: Y.Doc; sync: () => void } {
  const a = new Y.Doc();
  const b = new Y.Doc();
  Y.applyUpdate(a, Y.encodeStateAsUpdate(base));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(base));
  const sync = (): void => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };
  return { a, b, sync };
}

/** A view of a plan without row ids and positions, to compare plans across documents. */
export function comparable(view: {
  settings: unknown;
  periods: unknown;
  blocks: Record<Block, readonly { id: string; position: string }[]>;
  totals: { overall: unknown; byBlock: unknown; byPeriod: unknown; byBlockPeriod: unknown };
}): unknown {
  const strip = (rows: readonly { id: string; position: string }[]): unknown[] =>
    rows.map(({ id: _id, position: _position, ...rest }) => rest);
  return {
    settings: view.settings,
    periods: view.periods,
    blocks: {
      PAID: strip(view.blocks.PAID),
      OWNED: strip(view.blocks.OWNED),
      EARNED: strip(view.blocks.EARNED),
    },
    totals: {
      overall: view.totals.overall,
      byBlock: view.totals.byBlock,
      byPeriod: view.totals.byPeriod,
      byBlockPeriod: view.totals.byBlockPeriod,
    },
  };
}
