// Order of rows inside a block: fractional-indexing keys compared as plain strings, ties
// (two people inserting at the same spot at once) broken by row id so every peer shows
// the same order.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** Anything ordered by a position key and an id. */
export interface Positioned {
  readonly id: string;
  readonly position: string;
}

/** Sort order of rows: position key (code-unit order), then row id. */
export function comparePositioned(a: Positioned, b: Positioned): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** The key to give a row inserted at `index` of a sorted list, and the rows re-keyed for it. */
export interface InsertPosition {
  readonly position: string;
  /** Rows whose key must change to make room (ties, or keys a client wrote broken). */
  readonly rekeyed: readonly Positioned[];
}

/**
 * Finds a key that sorts between `sorted[index - 1]` and `sorted[index]`. `sorted` is in
 * {@link comparePositioned} order and does not contain the row being placed. When both
 * neighbours share a key, the tied rows from `index` on get new keys after the inserted one;
 * when a neighbour's key is not a valid key, the whole list is re-keyed in its current order.
 */
export function positionForInsert(sorted: readonly Positioned[], index: number): InsertPosition {
  const at = Math.max(0, Math.min(index, sorted.length));
  const lower = sorted[at - 1]?.position ?? null;
  const upper = sorted[at]?.position ?? null;
  if (lower !== null && upper !== null && lower === upper && isValidKey(lower)) {
    let end = at;
    while (end < sorted.length && sorted[end]?.position === lower) end += 1;
    const bound = sorted[end]?.position ?? null;
    if (bound === null || isValidKey(bound)) {
      const keys = generateNKeysBetween(lower, bound, end - at + 1);
      const rekeyed = sorted
        .slice(at, end)
        .map((row, i) => ({ id: row.id, position: keys[i + 1] as string }));
      return { position: keys[0] as string, rekeyed };
    }
  } else if ((lower === null || isValidKey(lower)) && (upper === null || isValidKey(upper))) {
    try {
      return { position: generateKeyBetween(lower, upper), rekeyed: [] };
    } catch {
      // Out of order or exhausted keys: fall through to a full re-key.
    }
  }
  const keys = generateNKeysBetween(null, null, sorted.length + 1);
  const rekeyed = sorted.map((row, i) => ({
    id: row.id,
    position: keys[i < at ? i : i + 1] as string,
  }));
  return { position: keys[at] as string, rekeyed };
}

function isValidKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}
