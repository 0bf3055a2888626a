/** The problems and notes the import reports, by code, that have a translated sentence. */
export const IMPORT_CODES = [
  'file_too_large',
  'file_empty',
  'file_unreadable',
  'csv_malformed',
  'header_missing',
  'column_missing',
  'column_duplicate',
  'column_period_invalid',
  'too_many_rows',
  'block_unknown',
  'pricing_unknown',
  'text_too_long',
  'budget_not_a_number',
  'budget_negative',
  'budget_too_many_decimals',
  'budget_too_large',
  'quantity_not_a_number',
  'quantity_negative',
  'quantity_too_many_decimals',
  'quantity_too_large',
  'note_too_long',
  'settings_missing',
  'setting_invalid',
  'currency_missing',
  'flight_invalid',
  'total_too_large',
  'plan_too_large',
  'decoded_as_windows_1252',
  'decoded_as_utf16',
  'column_ignored',
  'setting_ignored',
  'settings_inferred',
  'cells_outside_flight',
  'row_id_invalid',
  'row_id_duplicate',
] as const;

export type ImportCode = (typeof IMPORT_CODES)[number];

export function isImportCode(code: string): code is ImportCode {
  return (IMPORT_CODES as readonly string[]).includes(code);
}
