// The media plan of Chorus: its Yjs shape, periods, money, readers, writers and totals.
// CSV and XLSX live in the separate entry '@chorus/media-plan-model/io' so that a bundle
// needing only the grid never loads exceljs.
export { newRowId } from './ids.js';
export {
  applyImport,
  type ImportedPlan,
  type ImportedRow,
  type ImportMode,
  isRowId,
  isValidImportedPlan,
  MAX_IMPORT_ROWS,
} from './import-plan.js';
export * from './model.js';
export * from './money.js';
export * from './periods.js';
export {
  addRow,
  type CellPatch,
  initPlan,
  moveRow,
  PlanError,
  type PlanErrorCode,
  type PlanResult,
  removeRow,
  setCell,
  type SettingsInput,
  updateRow,
  updateSettings,
} from './plan.js';
export { PlanReader } from './plan-reader.js';
export { comparePositioned, type Positioned } from './positions.js';
export {
  DEFAULT_CURRENCY,
  planRoot,
  type PlanView,
  readPeriods,
  readPlan,
  readSettings,
  type RowView,
} from './read-plan.js';
export { type Amounts, computeTotals, type Totals, type TotalsInput } from './totals.js';
export { defaultSettings } from './default-settings.js';
