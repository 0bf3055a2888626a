// Step 1: the header line — which column holds which field, and which hold the parts of
// which period.
import { type Granularity, parsePeriodKey } from '../../periods.js';
import { type PeriodPart } from '../layout.js';
import { type ImportWarning } from '../types.js';
import { type ErrorList, warn } from './problems.js';
import { columnLetter, type InRecord, textOf } from './records.js';

/** A describing field of a row. */
export type BaseField =
  'block' | 'channel' | 'activity' | 'objective' | 'goalId' | 'pricing' | 'rowId';

const BASE_HEADERS: Record<string, BaseField> = {
  block: 'block',
  channel: 'channel',
  network: 'channel',
  activity: 'activity',
  objective: 'objective',
  'goal id': 'goalId',
  goal: 'goalId',
  pricing: 'pricing',
  'pricing model': 'pricing',
  'row id': 'rowId',
};
const REQUIRED: readonly BaseField[] = ['block', 'channel', 'activity'];

/** The header a field is exported under (and named by in messages). */
export const HEADER_NAMES: Record<BaseField, string> = {
  block: 'Block',
  channel: 'Channel',
  activity: 'Activity',
  objective: 'Objective',
  goalId: 'Goal ID',
  pricing: 'Pricing',
  rowId: 'Row ID',
};
const PERIOD_HEADER = /^(\S+)\s+(budget|quantity|note)$/i;
const IGNORED_HEADERS = new Set(['total budget', 'total quantity', '']);

/** Indexes of the columns holding one period's parts. */
export interface PeriodColumns {
  budget?: number;
  quantity?: number;
  note?: number;
}

/** What the header says about the columns. */
export interface PlanHeader {
  /** The header's line in the file. */
  readonly line: number;
  /** The column names as written (trimmed). */
  readonly names: readonly string[];
  /** Field → column index. */
  readonly base: ReadonlyMap<BaseField, number>;
  /** Period key (`2027-W05`, `2027-05`) → its columns, in the header's order. */
  readonly periods: ReadonlyMap<string, PeriodColumns>;
  /** Period key → whether it is a week or a month. */
  readonly granularities: ReadonlyMap<string, Granularity>;
}

/**
 * Reads the header line. Duplicate columns and malformed period columns are errors; a
 * column the plan does not know is a warning. Returns null (with `header_missing`) when no
 * column is a plan's, i.e. the first line is not a media-plan header at all; a header
 * missing Block, Channel or Activity is read, with an error for each.
 */
export function readHeader(
  record: InRecord,
  errors: ErrorList,
  warnings: ImportWarning[],
): PlanHeader | null {
  const line = record.line;
  const names = record.cells.map((cell) => textOf(cell).trim());
  const base = new Map<BaseField, number>();
  const periods = new Map<string, PeriodColumns>();
  const granularities = new Map<string, Granularity>();
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const lower = name.toLowerCase().replace(/\s+/g, ' ');
    if (lower !== '' && seen.has(lower)) {
      errors.add(line, name, 'column_duplicate', `The column "${name}" appears twice.`);
      return;
    }
    seen.add(lower);
    const field = BASE_HEADERS[lower];
    if (field) {
      base.set(field, index);
      return;
    }
    if (IGNORED_HEADERS.has(lower)) return;
    const period = PERIOD_HEADER.exec(name);
    if (period) {
      const key = (period[1] as string).toUpperCase();
      const parsed = parsePeriodKey(key);
      if (!parsed) {
        errors.add(
          line,
          name,
          'column_period_invalid',
          `"${period[1] ?? ''}" is not a week (2027-W05) or a month (2027-05).`,
        );
        return;
      }
      const part = (period[2] as string).toLowerCase() as Lowercase<PeriodPart>;
      const columns = periods.get(key) ?? {};
      columns[part] = index;
      periods.set(key, columns);
      granularities.set(key, parsed.granularity);
      return;
    }
    warn(
      warnings,
      line,
      name,
      'column_ignored',
      `The column "${name}" is not part of a media plan and was ignored.`,
    );
  });
  if (base.size === 0 && periods.size === 0) {
    errors.add(
      line,
      '',
      'header_missing',
      'The first line is not a media-plan header (Block, Channel, Activity, …).',
    );
    return null;
  }
  for (const field of REQUIRED) {
    if (!base.has(field)) {
      const column = HEADER_NAMES[field];
      errors.add(line, column, 'column_missing', `The column "${column}" is missing.`);
    }
  }
  return { line, names, base, periods, granularities };
}

/** The name of a column in messages: its header, or its letter when the header is empty. */
export function columnName(header: PlanHeader, index: number | undefined): string {
  return index === undefined ? '' : header.names[index] || columnLetter(index);
}
