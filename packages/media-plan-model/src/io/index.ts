// CSV and XLSX import and export of media plans. A separate entry point
// ('@chorus/media-plan-model/io') because it loads exceljs.
export {
  applyImport,
  type ImportedPlan,
  type ImportedRow,
  type ImportMode,
  MAX_IMPORT_ROWS,
} from '../import-plan.js';
export { exportCsv, parseCsv } from './csv.js';
export {
  buildExportLayout,
  type ExportLayout,
  type OutCell,
  type OutLine,
  BASE_COLUMNS,
  PERIOD_PARTS,
  ROW_ID_COLUMN,
  type PeriodPart,
  periodColumn,
  SETTING_LABELS,
  SETTINGS_MARKER,
  TOTAL_BUDGET_COLUMN,
  TOTAL_LABEL,
  TOTAL_QUANTITY_COLUMN,
} from './layout.js';
export * from './types.js';
export {
  exportXlsx,
  MAX_XLSX_ROW_ELEMENTS,
  parseXlsx,
  PLAN_SHEET,
  SETTINGS_SHEET,
} from './xlsx.js';
export {
  readCsvTable,
  readXlsxTable,
  type TableLimits,
  type TableRead,
  type TableRefusal,
  unguardCell,
  writeTableCsv,
  writeTableXlsx,
} from './table.js';
export { type InCell, type InRecord } from './interpret.js';
export { type ReportCell, type ReportSheet, sheetNameOf, writeReportXlsx } from './report-xlsx.js';
