// Readers. Any client can write anything into the Y.Doc, so every value is checked and
// coerced here: a wrong type reads as the default, a row with an unknown block is skipped,
// and nothing throws.
import * as Y from 'yjs';
import {
  isCurrencyCode,
  isValidMinor,
  isValidQuantity,
  MAX_MONEY_MINOR,
  MAX_QUANTITY,
} from './money.js';
import {
  BLOCKS,
  type Block,
  type CellValues,
  isBlock,
  isPricingModel,
  MEDIA_PLAN_ROOT,
  MEDIA_PLAN_VERSION,
  type PlanSettings,
  type PricingModel,
  type RowFields,
} from './model.js';
import {
  type FlightError,
  generatePeriods,
  isGranularity,
  isIsoDate,
  type Period,
  validateFlight,
} from './periods.js';
import { comparePositioned } from './positions.js';
import { computeTotals, type Totals } from './totals.js';

/** Currency read when the document holds none or a wrong one. */
export const DEFAULT_CURRENCY = 'USD';

/** A row as shown in the grid. */
export interface RowView extends RowFields {
  readonly id: string;
  readonly block: Block;
  /** Fractional-indexing key; rows sort by it, then by id. */
  readonly position: string;
  /**
   * Non-empty cells of the flight's periods, keyed by period key. A missing key is an empty
   * cell ({@link EMPTY_CELL}); cells outside the flight stay in the document but not here.
   */
  readonly cells: Readonly<Record<string, CellValues>>;
}

/** The whole plan as shown: settings, columns, rows per block in order, totals. */
export interface PlanView {
  /** False until {@link initPlan} (or an import) wrote settings. */
  readonly initialised: boolean;
  readonly settings: PlanSettings;
  /**
   * Problems of the stored flight. Each writer validates, but two people changing the start
   * and the end at once can merge into an invalid flight; the plan then has no periods until
   * someone fixes it.
   */
  readonly flightErrors: readonly FlightError[];
  readonly periods: readonly Period[];
  readonly blocks: Readonly<Record<Block, readonly RowView[]>>;
  readonly totals: Totals;
}

/** The root map of the plan. */
export function planRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(MEDIA_PLAN_ROOT);
}

/** The `rows` map, or null when the plan was never initialised (or a client broke it). */
export function rowsMap(doc: Y.Doc): Y.Map<unknown> | null {
  const rows = planRoot(doc).get('rows');
  return rows instanceof Y.Map ? (rows as Y.Map<unknown>) : null;
}

/** The `settings` map, or null. */
export function settingsMap(doc: Y.Doc): Y.Map<unknown> | null {
  const settings = planRoot(doc).get('settings');
  return settings instanceof Y.Map ? (settings as Y.Map<unknown>) : null;
}

/**
 * The plan's settings, each field coerced: an invalid date reads as '', an unknown
 * granularity as 'month', an unknown currency as {@link DEFAULT_CURRENCY}.
 */
export function readSettings(doc: Y.Doc): PlanSettings {
  const map = settingsMap(doc);
  const get = (key: string): unknown => map?.get(key);
  const flightStart = get('flightStart');
  const flightEnd = get('flightEnd');
  const granularity = get('granularity');
  const currency = get('currency');
  return {
    flightStart: isIsoDate(flightStart) ? flightStart : '',
    flightEnd: isIsoDate(flightEnd) ? flightEnd : '',
    granularity: isGranularity(granularity) ? granularity : 'month',
    currency: isCurrencyCode(currency) ? currency : DEFAULT_CURRENCY,
    version: MEDIA_PLAN_VERSION,
  };
}

/** The periods of the stored flight (empty when the flight is invalid). */
export function readPeriods(settings: PlanSettings): Period[] {
  return generatePeriods(settings.flightStart, settings.flightEnd, settings.granularity);
}

/** Reads the whole plan. Never throws, whatever the document holds. */
export function readPlan(doc: Y.Doc): PlanView {
  const settings = readSettings(doc);
  const periods = readPeriods(settings);
  const keys = periods.map((p) => p.key);
  const rows: RowView[] = [];
  rowsMap(doc)?.forEach((value, id) => {
    const row = readRow(id, value, keys);
    if (row) rows.push(row);
  });
  return assemblePlan(doc, settings, periods, rows);
}

/** Builds a view from rows already read; shared with the incremental reader. */
export function assemblePlan(
  doc: Y.Doc,
  settings: PlanSettings,
  periods: readonly Period[],
  rows: Iterable<RowView>,
): PlanView {
  const blocks: Record<Block, RowView[]> = { PAID: [], OWNED: [], EARNED: [] };
  for (const row of rows) blocks[row.block].push(row);
  for (const block of BLOCKS) blocks[block].sort(comparePositioned);
  return {
    initialised: settingsMap(doc) !== null,
    settings,
    flightErrors: validateFlight(settings.flightStart, settings.flightEnd),
    periods,
    blocks,
    totals: computeTotals({ periods, blocks }),
  };
}

/** Reads one row entry; null when it is not a row (wrong type, unknown block). */
export function readRow(id: string, value: unknown, periodKeys: readonly string[]): RowView | null {
  if (!(value instanceof Y.Map)) return null;
  const map = value as Y.Map<unknown>;
  const block = map.get('block');
  if (!isBlock(block)) return null;
  const pricing = map.get('pricing');
  const cellsValue = map.get('cells');
  const cells: Record<string, CellValues> = {};
  if (cellsValue instanceof Y.Map) {
    const cellMaps = cellsValue as Y.Map<unknown>;
    for (const key of periodKeys) {
      const cell = readCell(cellMaps.get(key));
      if (cell) cells[key] = cell;
    }
  }
  return {
    id,
    block,
    position: text(map.get('position')),
    channel: text(map.get('channel')),
    activity: text(map.get('activity')),
    objective: text(map.get('objective')),
    goalId: text(map.get('goalId')),
    pricing: isPricingModel(pricing) ? pricing : ('FLAT' satisfies PricingModel),
    cells,
  };
}

/** Reads one cell map; null when it is absent, not a map, or empty. */
export function readCell(value: unknown): CellValues | null {
  if (!(value instanceof Y.Map)) return null;
  const map = value as Y.Map<unknown>;
  const budget = coerceBudget(map.get('budget'));
  const quantity = coerceQuantity(map.get('quantity'));
  const note = text(map.get('note'));
  if (budget === 0 && quantity === 0 && note === '') return null;
  return { budget, quantity, note };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function coerceBudget(value: unknown): number {
  if (isValidMinor(value)) return value;
  // A fractional or out-of-range number from a careless client still shows something
  // sensible; anything else reads as zero.
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return Math.min(Math.round(value), MAX_MONEY_MINOR);
  }
  return 0;
}

function coerceQuantity(value: unknown): number {
  if (isValidQuantity(value)) return value;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return Math.min(Math.round(value * 100) / 100, MAX_QUANTITY);
  }
  return 0;
}
