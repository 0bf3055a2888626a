import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { newRowId } from './ids.js';
import {
  BLOCKS,
  type Block,
  type CellValues,
  isBlock,
  MEDIA_PLAN_VERSION,
  type RowFields,
  validateCell,
  validateRowFields,
  validateSettings,
} from './model.js';
import { isPeriodKey } from './periods.js';
import { type PlanResult, type SettingsInput } from './plan.js';
import { planRoot, readPeriods } from './read-plan.js';

/** Most rows one import may bring; a file with more is refused whole. */
export const MAX_IMPORT_ROWS = 5000;

const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a text can be a row id (ids this app makes, or ids a file keeps). */
export function isRowId(value: string): boolean {
  return ROW_ID.test(value);
}

/** One row of an imported plan. */
export interface ImportedRow extends RowFields {
  /**
   * The row's id from the file's Row ID column: the row keeps it, so posts linked to it
   * stay linked. Absent for a new row, which gets a fresh id.
   */
  readonly id?: string;
  readonly block: Block;
  /** Keyed by period key of the plan's granularity; may hold periods outside the flight. */
  readonly cells: Readonly<Record<string, CellValues>>;
}

/** A plan read from a file and fully validated, ready for {@link applyImport}. */
export interface ImportedPlan {
  readonly settings: SettingsInput;
  /** In file order; each block keeps the relative order of its rows. */
  readonly rows: readonly ImportedRow[];
}

/** How an import meets the existing plan. Only `replace` for now. */
export type ImportMode = 'replace';

/** Whether an imported plan is valid as a whole (the parsers only produce valid ones). */
export function isValidImportedPlan(plan: ImportedPlan): boolean {
  if (validateSettings(plan.settings).length > 0) return false;
  const list: unknown = plan.rows;
  if (!Array.isArray(list) || list.length > MAX_IMPORT_ROWS) return false;
  let total = 0;
  const ids = new Set<string>();
  for (const row of plan.rows) {
    if (!isBlock(row.block) || validateRowFields(row).length > 0) return false;
    if (row.id !== undefined) {
      if (typeof row.id !== 'string' || !isRowId(row.id) || ids.has(row.id)) return false;
      ids.add(row.id);
    }
    const fields = [row.channel, row.activity, row.objective, row.goalId, row.pricing];
    if (fields.some((value) => value === undefined)) return false;
    for (const [key, cell] of Object.entries(row.cells)) {
      if (!isPeriodKey(key, plan.settings.granularity)) return false;
      const complete = { budget: cell.budget, quantity: cell.quantity, note: cell.note };
      if (Object.values(complete).some((v) => v === undefined)) return false;
      if (validateCell(complete).length > 0) return false;
      total += cell.budget;
    }
  }
  return Number.isSafeInteger(total);
}

/**
 * Replaces the whole plan of `doc` (settings and rows) with an imported one, in one Yjs
 * transaction: peers see the old plan, then the new one, never a mix. A row with an id
 * (the file's Row ID column) keeps it — the row of that id is replaced in place, and
 * posts that name it stay linked; an id the plan does not have yet makes a new row under
 * that id (a plan restored from its own export gets its rows back); rows without one get
 * new ids. Rows of the plan the file does not name are removed.
 * Refuses (`import_invalid`) a plan that does not pass {@link isValidImportedPlan}.
 */
export function applyImport(doc: Y.Doc, plan: ImportedPlan, mode: ImportMode): PlanResult {
  if (mode !== 'replace' || !isValidImportedPlan(plan)) {
    return { ok: false, error: 'import_invalid', errors: ['import_invalid'] };
  }
  const keys = readPeriods({ ...plan.settings, version: MEDIA_PLAN_VERSION }).map((p) => p.key);
  const root = planRoot(doc);
  doc.transact(() => {
    let settings = root.get('settings');
    if (!(settings instanceof Y.Map)) {
      settings = new Y.Map<unknown>();
      root.set('settings', settings);
    }
    const settingsMap = settings as Y.Map<unknown>;
    settingsMap.set('flightStart', plan.settings.flightStart);
    settingsMap.set('flightEnd', plan.settings.flightEnd);
    settingsMap.set('granularity', plan.settings.granularity);
    settingsMap.set('currency', plan.settings.currency);
    settingsMap.set('version', MEDIA_PLAN_VERSION);

    let rows = root.get('rows');
    if (!(rows instanceof Y.Map)) {
      rows = new Y.Map<unknown>();
      root.set('rows', rows);
    }
    const rowsMap = rows as Y.Map<unknown>;
    const kept = new Set(plan.rows.flatMap((row) => (row.id ? [row.id] : [])));
    for (const id of [...rowsMap.keys()]) if (!kept.has(id)) rowsMap.delete(id);

    for (const block of BLOCKS) {
      const blockRows = plan.rows.filter((row) => row.block === block);
      const positions = generateNKeysBetween(null, null, blockRows.length);
      blockRows.forEach((row, i) => {
        rowsMap.set(row.id ?? newRowId(), buildRow(row, positions[i] as string, keys));
      });
    }
  });
  return { ok: true };
}

function buildRow(row: ImportedRow, position: string, keys: readonly string[]): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('block', row.block);
  map.set('position', position);
  map.set('channel', row.channel);
  map.set('activity', row.activity);
  map.set('objective', row.objective);
  map.set('goalId', row.goalId);
  map.set('pricing', row.pricing);
  const cells = new Y.Map<unknown>();
  const cellKeys = new Set([...keys, ...Object.keys(row.cells)]);
  for (const key of cellKeys) {
    const cell = new Y.Map<unknown>();
    const values = row.cells[key];
    if (values) {
      if (values.budget !== 0) cell.set('budget', values.budget);
      if (values.quantity !== 0) cell.set('quantity', values.quantity);
      if (values.note !== '') cell.set('note', values.note);
    }
    cells.set(key, cell);
  }
  map.set('cells', cells);
  return map;
}
