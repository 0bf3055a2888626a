// Cell parsing: a budget or quantity cell, as text (CSV, XLSX text cells) or as a number
// (XLSX numeric cells).
import {
  MAX_MONEY_MINOR,
  MAX_QUANTITY,
  type NumberTextError,
  parseMoney,
  parseQuantity,
  QUANTITY_DECIMALS,
} from '../../money.js';
import { type ImportErrorCode } from '../types.js';
import { type InCell } from './records.js';

export type AmountResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: ImportErrorCode; readonly message: string };

/**
 * Reads a budget (into minor units) or a quantity. Text goes through the same parsers as
 * typing in the grid; XLSX numbers are scaled and must not carry more decimals than allowed.
 * An empty cell is zero.
 */
export function readAmount(
  cell: InCell,
  kind: 'budget' | 'quantity',
  currency: string,
  digits: number,
  locale: string,
): AmountResult {
  if (cell === null || (typeof cell === 'string' && cell.trim() === ''))
    return { ok: true, value: 0 };
  const read =
    typeof cell === 'number'
      ? readNumber(cell, kind, digits)
      : readText(cell.trim(), kind, currency, locale);
  if (read.ok) return read;
  const { error } = read;
  const shown = typeof cell === 'number' ? String(cell) : cell.trim();
  const what = kind === 'budget' ? 'A budget' : 'A quantity';
  const messages: Record<NumberTextError, string> = {
    not_a_number: `"${shown}" is not ${kind === 'budget' ? 'an amount' : 'a number'}.`,
    negative: `${what} cannot be negative (${shown}).`,
    too_many_decimals:
      kind === 'budget'
        ? `${currency} amounts have at most ${digits} decimal(s) (${shown}).`
        : `Quantities have at most ${QUANTITY_DECIMALS} decimals (${shown}).`,
    too_large: `${what} of ${shown} is above the limit.`,
  };
  return { ok: false, code: `${kind}_${error}`, message: messages[error] };
}

/** Text through the grid's own parsers (the locale's separators, the currency's decimals). */
function readText(
  text: string,
  kind: 'budget' | 'quantity',
  currency: string,
  locale: string,
): NumberRead {
  if (kind === 'budget') {
    const parsed = parseMoney(text, currency, locale);
    return parsed.ok ? { ok: true, value: parsed.minor } : { ok: false, error: parsed.error };
  }
  const parsed = parseQuantity(text, locale);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.error };
}

type NumberRead =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: NumberTextError };

/** A spreadsheet number as minor units (budget) or a quantity with at most two decimals. */
function readNumber(cell: number, kind: 'budget' | 'quantity', digits: number): NumberRead {
  const scaled = cell * 10 ** digits;
  const rounded = Math.round(scaled);
  const max = kind === 'budget' ? MAX_MONEY_MINOR : MAX_QUANTITY * 100;
  if (!Number.isFinite(cell)) return { ok: false, error: 'not_a_number' };
  if (cell < 0) return { ok: false, error: 'negative' };
  if (rounded > max) return { ok: false, error: 'too_large' };
  // Only the noise of binary floating point is forgiven (an amount typed 1234567.89 is
  // stored as 1234567.8899999999), never a real extra decimal: a tolerance growing with
  // the amount would round 6666.6666 USD to 6666.67 without a word.
  if (Math.abs(scaled - rounded) > Math.max(1e-6, Math.abs(scaled) * 4 * Number.EPSILON)) {
    return { ok: false, error: 'too_many_decimals' };
  }
  return { ok: true, value: kind === 'budget' ? rounded : rounded / 100 };
}
