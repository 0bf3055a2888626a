// The records a reader hands over (CSV lines, XLSX rows) and the small readings of their
// cells every step of the interpretation shares.
import { SETTINGS_MARKER, TOTAL_LABEL } from '../layout.js';

/** A value read from a file: text, a number (XLSX numeric cells) or nothing. */
export type InCell = string | number | null;

/** One line (CSV) or row (XLSX) with its 1-based number in the file. */
export interface InRecord {
  readonly line: number;
  readonly cells: readonly InCell[];
}

const GUARDED = /^'+[=+\-@\t\r]/;

/** Text of a cell as written in the file. */
export function textOf(cell: InCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : cell;
}

/** A record whose cells are all empty or blank text. */
export function isBlankRecord(record: InRecord): boolean {
  return record.cells.every(
    (cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''),
  );
}

/** `Total`, `Total PAID`, …: the first cell of a totals line, which an import skips. */
export function isTotalLabel(text: string): boolean {
  const lower = text.toLowerCase();
  const total = TOTAL_LABEL.toLowerCase();
  return lower === total || lower.startsWith(`${total} `);
}

/**
 * Strips the apostrophe the CSV export puts before text starting with = + - @ (a guard
 * against formulas), when `enabled`.
 */
export function unguard(text: string, enabled: boolean): string {
  return enabled && GUARDED.test(text) ? text.slice(1) : text;
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function isSettingsMarker(record: InRecord): boolean {
  return (
    textOf(record.cells[0] ?? null)
      .trim()
      .toLowerCase() === SETTINGS_MARKER.toLowerCase()
  );
}

/** The parts of a file: its header, the plan's rows, and its settings lines. */
export interface Sections {
  /** The first non-blank record; null when the file has none. */
  readonly header: InRecord | null;
  /** The records after the header, up to the settings marker. */
  readonly data: readonly InRecord[];
  /** The records after the marker, then those of a settings sheet (its marker left out). */
  readonly settings: readonly InRecord[];
}

/** Splits the records: header, rows until the settings marker, then settings lines. */
export function splitSections(
  records: readonly InRecord[],
  settingsSheet: readonly InRecord[] | null,
): Sections {
  const headerIndex = records.findIndex((r) => !isBlankRecord(r));
  const header = records[headerIndex];
  if (!header) return { header: null, data: [], settings: [] };
  const markerAt = records.findIndex((r, i) => i > headerIndex && isSettingsMarker(r));
  return {
    header,
    data: records.slice(headerIndex + 1, markerAt < 0 ? records.length : markerAt),
    settings: [
      ...(markerAt < 0 ? [] : records.slice(markerAt + 1)),
      ...(settingsSheet ?? []).filter((r) => !isSettingsMarker(r)),
    ],
  };
}
