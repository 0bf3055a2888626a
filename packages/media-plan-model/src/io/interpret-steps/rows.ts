// Step 3: the plan's rows — each line's describing fields and its period cells, checked
// one by one, every problem collected with its line and column.
import { type ImportedRow, isRowId } from '../../import-plan.js';
import {
  type CellValues,
  FIELD_MAX_LENGTH,
  isBlock,
  isPricingModel,
  NOTE_MAX_LENGTH,
  type PricingModel,
} from '../../model.js';
import { minorDigits, QUANTITY_DECIMALS } from '../../money.js';
import { parsePeriodKey } from '../../periods.js';
import { readAmount } from './amounts.js';
import {
  type BaseField,
  columnName,
  HEADER_NAMES,
  type PeriodColumns,
  type PlanHeader,
} from './header.js';
import { type ErrorList } from './problems.js';
import {
  type InCell,
  type InRecord,
  isBlankRecord,
  isTotalLabel,
  textOf,
  unguard,
} from './records.js';

/** What reading rows needs once the header and settings are known. */
export interface RowReader {
  readonly header: PlanHeader;
  /** The period columns kept (those of the plan's granularity), in the header's order. */
  readonly periods: ReadonlyMap<string, PeriodColumns>;
  /** Period keys inside the flight (cells of others are kept but counted). */
  readonly flightKeys: ReadonlySet<string>;
  readonly currency: string;
  /** Decimals of the currency. */
  readonly digits: number;
  /** Locale of amounts written as text. */
  readonly locale: string;
  /** Strip the apostrophe the CSV export puts before text starting with = + - @. */
  readonly unguardText: boolean;
  /** Row ids read so far (a second line with the same id is an error). */
  readonly seenIds: Set<string>;
}

/** Prepares reading rows for a plan of this currency and flight. */
export function rowReader(options: {
  header: PlanHeader;
  periods: ReadonlyMap<string, PeriodColumns>;
  flight: { start: string; end: string };
  currency: string;
  locale: string;
  unguardText: boolean;
}): RowReader {
  const { flight } = options;
  const flightKeys = new Set<string>();
  for (const key of options.periods.keys()) {
    const parsed = parsePeriodKey(key);
    if (parsed && parsed.end >= flight.start && parsed.start <= flight.end) flightKeys.add(key);
  }
  return {
    header: options.header,
    periods: options.periods,
    flightKeys,
    currency: options.currency,
    digits: minorDigits(options.currency),
    locale: options.locale,
    unguardText: options.unguardText,
    seenIds: new Set<string>(),
  };
}

/** The cell of a field in a record; null when the file has no such column. */
function fieldCell(header: PlanHeader, record: InRecord, field: BaseField): InCell {
  const index = header.base.get(field);
  return index === undefined ? null : (record.cells[index] ?? null);
}

/** Whether a record is a row of the plan: not blank, not a totals line. */
export function isPlanRecord(record: InRecord, header: PlanHeader): boolean {
  if (isBlankRecord(record)) return false;
  return !isTotalLabel(textOf(fieldCell(header, record, 'block')).trim());
}

/** A row read from a record, with its filled cells' budget and those outside the flight. */
export interface ReadRow {
  readonly row: ImportedRow;
  readonly budget: number;
  readonly outside: number;
}

/**
 * Reads one row. Every problem is added to `errors` (the row is still returned, with
 * defaults where a value was refused, so the whole file is checked in one pass).
 */
export function readRow(record: InRecord, reader: RowReader, errors: ErrorList): ReadRow {
  const { header } = reader;
  const line = record.line;
  const get = (field: BaseField) => fieldCell(header, record, field);
  const name = (index: number | undefined) => columnName(header, index);

  const blockText = textOf(get('block')).trim();
  const block = blockText.toUpperCase();
  if (!isBlock(block)) {
    errors.add(
      line,
      name(header.base.get('block')),
      'block_unknown',
      blockText === ''
        ? 'The block is empty; use PAID, OWNED or EARNED.'
        : `"${blockText}" is not a block; use PAID, OWNED or EARNED.`,
    );
  }
  const field = (key: 'channel' | 'activity' | 'objective' | 'goalId'): string => {
    const value = unguard(textOf(get(key)), reader.unguardText);
    if (value.length > FIELD_MAX_LENGTH[key]) {
      errors.add(
        line,
        name(header.base.get(key)),
        'text_too_long',
        `${HEADER_NAMES[key]} is ${value.length} characters long; the limit is ${FIELD_MAX_LENGTH[key]}.`,
      );
    }
    return value;
  };
  const channel = field('channel');
  const activity = field('activity');
  const objective = field('objective');
  const goalId = field('goalId');
  const pricingText = textOf(get('pricing')).trim().toUpperCase();
  let pricing: PricingModel = 'FLAT';
  if (pricingText !== '') {
    if (isPricingModel(pricingText)) pricing = pricingText;
    else {
      errors.add(
        line,
        name(header.base.get('pricing')),
        'pricing_unknown',
        `"${textOf(get('pricing')).trim()}" is not a pricing model; use FLAT, CPM, CPC or CPA.`,
      );
    }
  }
  const rowIdText = textOf(get('rowId')).trim();
  let id: string | undefined;
  if (rowIdText !== '') {
    const column = name(header.base.get('rowId'));
    if (!isRowId(rowIdText)) {
      errors.add(
        line,
        column,
        'row_id_invalid',
        `"${rowIdText}" is not a row id (letters, digits, - and _, at most 64); leave it empty for a new row.`,
      );
    } else if (reader.seenIds.has(rowIdText)) {
      errors.add(
        line,
        column,
        'row_id_duplicate',
        `The row id "${rowIdText}" appears on an earlier line too; each row keeps its own id (leave it empty for a new row).`,
      );
    } else {
      reader.seenIds.add(rowIdText);
      id = rowIdText;
    }
  }
  const { cells, budget, outside } = readCells(record, reader, errors);
  return {
    row: {
      ...(id ? { id } : {}),
      block: isBlock(block) ? block : 'PAID',
      channel,
      activity,
      objective,
      goalId,
      pricing,
      cells,
    },
    budget,
    outside,
  };
}

/** The filled period cells of a record (empty ones are left out). */
export function readCells(
  record: InRecord,
  reader: RowReader,
  errors: ErrorList,
): { cells: Record<string, CellValues>; budget: number; outside: number } {
  const line = record.line;
  const name = (index: number | undefined) => columnName(reader.header, index);
  const at = (index: number | undefined): InCell =>
    index === undefined ? null : (record.cells[index] ?? null);
  const cells: Record<string, CellValues> = {};
  let budget = 0;
  let outside = 0;
  for (const [key, columns] of reader.periods) {
    const { currency, digits, locale } = reader;
    const b = readAmount(at(columns.budget), 'budget', currency, digits, locale);
    if (!b.ok) errors.add(line, name(columns.budget), b.code, b.message);
    const q = readAmount(at(columns.quantity), 'quantity', currency, QUANTITY_DECIMALS, locale);
    if (!q.ok) errors.add(line, name(columns.quantity), q.code, q.message);
    const noteCell = at(columns.note);
    const note = noteCell === null ? '' : unguard(textOf(noteCell), reader.unguardText);
    if (note.length > NOTE_MAX_LENGTH) {
      errors.add(
        line,
        name(columns.note),
        'note_too_long',
        `The note is ${note.length} characters long; the limit is ${NOTE_MAX_LENGTH}.`,
      );
    }
    const values: CellValues = {
      budget: b.ok ? b.value : 0,
      quantity: q.ok ? q.value : 0,
      note,
    };
    if (values.budget === 0 && values.quantity === 0 && note === '') continue;
    if (!reader.flightKeys.has(key)) outside += 1;
    budget += values.budget;
    cells[key] = values;
  }
  return { cells, budget, outside };
}
