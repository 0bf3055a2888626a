// Writers. Each validates first and changes nothing when it refuses; each change is one
// Yjs transaction so peers never see half of it.
import * as Y from 'yjs';
import { newRowId } from './ids.js';
import { isValidMinor, MAX_MONEY_MINOR, minorDigits } from './money.js';
import {
  type Block,
  type CellError,
  type CellValues,
  EMPTY_ROW_FIELDS,
  isBlock,
  MEDIA_PLAN_VERSION,
  type PlanSettings,
  type RowFields,
  type RowFieldsError,
  type SettingsError,
  validateCell,
  validateRowFields,
  validateSettings,
} from './model.js';
import { isPeriodKey } from './periods.js';
import { comparePositioned, type Positioned, positionForInsert } from './positions.js';
import { planRoot, readPeriods, readSettings, rowsMap, settingsMap } from './read-plan.js';

/** Why a writer refused; it then changed nothing. */
export type PlanErrorCode =
  | 'not_initialised'
  | 'currency_change_too_large'
  | 'import_invalid'
  | 'already_initialised'
  | 'row_not_found'
  | 'block_invalid'
  | 'period_invalid'
  | SettingsError
  | RowFieldsError
  | CellError;

/** The outcome of a writer: `errors` lists every problem, `error` is the first. */
export type PlanResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly error: PlanErrorCode;
      readonly errors: readonly PlanErrorCode[];
    };

/** Thrown by {@link addRow}, whose arguments come from code rather than from typing. */
export class PlanError extends Error {
  constructor(readonly code: PlanErrorCode) {
    super(`Media plan: ${code}`);
    this.name = 'PlanError';
  }
}

/** The settings a person chooses (the version is the model's). */
export type SettingsInput = Omit<PlanSettings, 'version'>;

const OK: PlanResult = { ok: true };

function refuse(errors: readonly PlanErrorCode[]): PlanResult {
  return { ok: false, error: errors[0] as PlanErrorCode, errors };
}

/**
 * Creates the plan: settings and an empty `rows` map. Run it once, where the plan is
 * created (the server, or the creating client before it shares the document): two peers
 * initialising the same document at once would each create their own `rows` map and one
 * would win. Refuses an already initialised document.
 */
export function initPlan(doc: Y.Doc, settings: SettingsInput): PlanResult {
  const errors = validateSettings(settings);
  if (errors.length > 0) return refuse(errors);
  const root = planRoot(doc);
  if (root.has('settings') || root.has('rows')) return refuse(['already_initialised']);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('flightStart', settings.flightStart);
    map.set('flightEnd', settings.flightEnd);
    map.set('granularity', settings.granularity);
    map.set('currency', settings.currency);
    map.set('version', MEDIA_PLAN_VERSION);
    root.set('settings', map);
    root.set('rows', new Y.Map<unknown>());
  });
  return OK;
}

/**
 * Changes some settings. The result must be valid as a whole (a new start after the
 * stored end is refused). When the flight or the granularity changes, cells outside the new
 * periods are kept (hidden, not totalled) and every row gets empty cells for the new
 * periods, so later edits of one cell by two people merge instead of racing to create it.
 * A new currency with another number of decimals rescales every budget so amounts keep
 * their value in major units (rounded when decimals are lost); it is refused with
 * `currency_change_too_large` when a budget would pass the cap.
 */
export function updateSettings(doc: Y.Doc, patch: Partial<SettingsInput>): PlanResult {
  const map = settingsMap(doc);
  if (!map || !rowsMap(doc)) return refuse(['not_initialised']);
  const current = readSettings(doc);
  const next: PlanSettings = {
    flightStart: patch.flightStart ?? current.flightStart,
    flightEnd: patch.flightEnd ?? current.flightEnd,
    granularity: patch.granularity ?? current.granularity,
    currency: patch.currency ?? current.currency,
    version: MEDIA_PLAN_VERSION,
  };
  const errors = validateSettings(next);
  if (errors.length > 0) return refuse(errors);
  const rows = rowsMap(doc);
  const shift = minorDigits(next.currency) - minorDigits(current.currency);
  const rescaled = shift === 0 || !rows ? [] : rescaleBudgets(rows, shift);
  if (rescaled === null) return refuse(['currency_change_too_large']);
  const periodsChanged =
    next.flightStart !== current.flightStart ||
    next.flightEnd !== current.flightEnd ||
    next.granularity !== current.granularity;
  doc.transact(() => {
    for (const key of ['flightStart', 'flightEnd', 'granularity', 'currency', 'version'] as const) {
      if (map.get(key) !== next[key]) map.set(key, next[key]);
    }
    for (const [cell, budget] of rescaled) cell.set('budget', budget);
    if (periodsChanged) {
      const keys = readPeriods(next).map((p) => p.key);
      rows?.forEach((row) => {
        if (row instanceof Y.Map) ensureCells(row as Y.Map<unknown>, keys);
      });
    }
  });
  return OK;
}

/**
 * New budgets keeping each amount in major units when the currency's number of decimals
 * changes (12.34 USD becomes 12 JPY, 12 JPY becomes 12.00 USD); null when one would pass
 * the cap. Budgets a client wrote invalid are left alone.
 */
function rescaleBudgets(rows: Y.Map<unknown>, shift: number): [Y.Map<unknown>, number][] | null {
  const factor = 10 ** Math.abs(shift);
  const changes: [Y.Map<unknown>, number][] = [];
  let tooLarge = false;
  rows.forEach((row) => {
    const cells = row instanceof Y.Map ? (row as Y.Map<unknown>).get('cells') : null;
    if (!(cells instanceof Y.Map)) return;
    (cells as Y.Map<unknown>).forEach((cell) => {
      if (!(cell instanceof Y.Map)) return;
      const map = cell as Y.Map<unknown>;
      const budget = map.get('budget');
      if (!isValidMinor(budget) || budget === 0) return;
      // Integer arithmetic rounding half up (1050 cents become 11 yen): no float error.
      const quotient = Math.floor(budget / factor);
      const next =
        shift > 0
          ? budget * factor
          : quotient + ((budget - quotient * factor) * 2 >= factor ? 1 : 0);
      if (next > MAX_MONEY_MINOR) tooLarge = true;
      else if (next !== budget) changes.push([map, next]);
    });
  });
  return tooLarge ? null : changes;
}

/**
 * Adds a row to a block and returns its id. `after` places it after that row; `null` puts
 * it first; omitted (or a row no longer in the block) puts it last. Its cells for the
 * current periods are created empty in the same transaction.
 * @throws PlanError when the plan is not initialised, the block is unknown or a field invalid.
 */
export function addRow(
  doc: Y.Doc,
  block: Block,
  fields: Partial<RowFields> = {},
  after?: string | null,
): string {
  const rows = rowsMap(doc);
  if (!rows) throw new PlanError('not_initialised');
  if (!isBlock(block)) throw new PlanError('block_invalid');
  const [fieldError] = validateRowFields(fields);
  if (fieldError) throw new PlanError(fieldError);
  const siblings = blockOrder(rows, block, null);
  let index = siblings.length;
  if (after === null) index = 0;
  else if (after !== undefined) {
    const found = siblings.findIndex((row) => row.id === after);
    if (found >= 0) index = found + 1;
  }
  const id = newRowId();
  const keys = readPeriods(readSettings(doc)).map((p) => p.key);
  doc.transact(() => {
    const { position, rekeyed } = positionForInsert(siblings, index);
    const row = new Y.Map<unknown>();
    const values = { ...EMPTY_ROW_FIELDS, ...fields };
    row.set('block', block);
    row.set('position', position);
    row.set('channel', values.channel);
    row.set('activity', values.activity);
    row.set('objective', values.objective);
    row.set('goalId', values.goalId);
    row.set('pricing', values.pricing);
    const cells = new Y.Map<unknown>();
    for (const key of keys) cells.set(key, new Y.Map<unknown>());
    row.set('cells', cells);
    rows.set(id, row);
    applyRekeys(rows, rekeyed);
  });
  return id;
}

/** Changes some describing fields of a row. */
export function updateRow(doc: Y.Doc, rowId: string, patch: Partial<RowFields>): PlanResult {
  const errors = validateRowFields(patch);
  if (errors.length > 0) return refuse(errors);
  const row = findRow(doc, rowId);
  if (!row) return refuse([rowsMap(doc) ? 'row_not_found' : 'not_initialised']);
  doc.transact(() => {
    for (const key of ['channel', 'activity', 'objective', 'goalId', 'pricing'] as const) {
      const value = patch[key];
      if (value !== undefined && row.get(key) !== value) row.set(key, value);
    }
  });
  return OK;
}

/** Deletes a row and its cells. */
export function removeRow(doc: Y.Doc, rowId: string): PlanResult {
  const rows = rowsMap(doc);
  if (!rows) return refuse(['not_initialised']);
  if (!rows.has(rowId)) return refuse(['row_not_found']);
  rows.delete(rowId);
  return OK;
}

/**
 * Moves a row into `block` (the same or another), just before `beforeRowId`, or last when
 * it is null or no longer in that block. Only the row's `block` and `position` change, so
 * a concurrent edit of its cells survives the move.
 */
export function moveRow(
  doc: Y.Doc,
  rowId: string,
  block: Block,
  beforeRowId: string | null,
): PlanResult {
  if (!isBlock(block)) return refuse(['block_invalid']);
  const rows = rowsMap(doc);
  if (!rows) return refuse(['not_initialised']);
  const row = findRow(doc, rowId);
  if (!row) return refuse(['row_not_found']);
  if (beforeRowId === rowId) return OK;
  const siblings = blockOrder(rows, block, rowId);
  const found = beforeRowId === null ? -1 : siblings.findIndex((r) => r.id === beforeRowId);
  const index = found >= 0 ? found : siblings.length;
  doc.transact(() => {
    const { position, rekeyed } = positionForInsert(siblings, index);
    if (row.get('block') !== block) row.set('block', block);
    row.set('position', position);
    applyRekeys(rows, rekeyed);
  });
  return OK;
}

/** A change to one cell; omitted fields keep their value. */
export type CellPatch = Partial<CellValues>;

/**
 * Changes one cell. `budget` is an integer of minor units (see parseMoney), `quantity` a
 * number with at most two decimals, both 0 or more and below their caps; `periodKey` must
 * be a key of the plan's granularity (it may lie outside the flight).
 */
export function setCell(
  doc: Y.Doc,
  rowId: string,
  periodKey: string,
  patch: CellPatch,
): PlanResult {
  const errors: PlanErrorCode[] = validateCell(patch);
  const settings = readSettings(doc);
  if (!isPeriodKey(periodKey, settings.granularity)) errors.push('period_invalid');
  if (errors.length > 0) return refuse(errors);
  const row = findRow(doc, rowId);
  if (!row) return refuse([rowsMap(doc) ? 'row_not_found' : 'not_initialised']);
  doc.transact(() => {
    let cells = row.get('cells');
    if (!(cells instanceof Y.Map)) {
      cells = new Y.Map<unknown>();
      row.set('cells', cells);
    }
    const cellMaps = cells as Y.Map<unknown>;
    let cell = cellMaps.get(periodKey);
    if (!(cell instanceof Y.Map)) {
      cell = new Y.Map<unknown>();
      cellMaps.set(periodKey, cell);
    }
    const map = cell as Y.Map<unknown>;
    for (const key of ['budget', 'quantity', 'note'] as const) {
      const value = patch[key];
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
  });
  return OK;
}

/** The Y.Map of a row, or null when the id names no valid row. */
export function findRow(doc: Y.Doc, rowId: string): Y.Map<unknown> | null {
  const row = rowsMap(doc)?.get(rowId);
  return row instanceof Y.Map ? (row as Y.Map<unknown>) : null;
}

/** Creates an empty cell map for each key a row lacks one for. */
export function ensureCells(row: Y.Map<unknown>, keys: readonly string[]): void {
  let cells = row.get('cells');
  if (!(cells instanceof Y.Map)) {
    cells = new Y.Map<unknown>();
    row.set('cells', cells);
  }
  const cellMaps = cells as Y.Map<unknown>;
  for (const key of keys) {
    if (!(cellMaps.get(key) instanceof Y.Map)) cellMaps.set(key, new Y.Map<unknown>());
  }
}

function blockOrder(rows: Y.Map<unknown>, block: Block, exclude: string | null): Positioned[] {
  const list: Positioned[] = [];
  rows.forEach((value, id) => {
    if (id === exclude || !(value instanceof Y.Map)) return;
    const row = value as Y.Map<unknown>;
    if (row.get('block') !== block) return;
    const position = row.get('position');
    list.push({ id, position: typeof position === 'string' ? position : '' });
  });
  return list.sort(comparePositioned);
}

function applyRekeys(rows: Y.Map<unknown>, rekeyed: readonly Positioned[]): void {
  for (const { id, position } of rekeyed) {
    const row = rows.get(id);
    if (row instanceof Y.Map && row.get('position') !== position) row.set('position', position);
  }
}
