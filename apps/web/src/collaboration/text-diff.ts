/** One contiguous change of a text: remove `remove` characters at `index`, then insert `insert`. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The smallest single change that turns `before` into `after`, so concurrent edits by
 * others elsewhere in the text survive. `caret` (where the caret is in `after`) settles
 * ambiguous cases such as typing "a" into "aa". Never splits a surrogate pair (emoji, …).
 */
export function diffText(before: string, after: string, caret?: number): TextChange {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  if (caret !== undefined) {
    // An edit that ends at the caret cannot start after caret minus what was added.
    const grown = Math.max(0, after.length - before.length);
    start = Math.min(start, Math.max(0, caret - grown));
  }
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;

  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore -= 1;
    endAfter -= 1;
  }
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore += 1;
    endAfter += 1;
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) };
}

/** A Y.Text change as Yjs reports it (`YTextEvent.delta`). */
export type TextDelta = ReadonlyArray<{
  insert?: unknown;
  delete?: number;
  retain?: number;
}>;

/**
 * Where a position (a caret, a selection end) lands after someone else's change. Text
 * inserted exactly at the position goes after it, so a caret stays where its owner typed.
 */
export function transformPosition(position: number, delta: TextDelta): number {
  // `index` walks the text as it was; `shift` is how far the position has moved so far.
  let index = 0;
  let shift = 0;
  for (const op of delta) {
    // Nothing at or after the position moves it.
    if (index >= position) break;
    if (op.retain !== undefined) {
      index += op.retain;
    } else if (op.insert !== undefined) {
      if (index < position) shift += typeof op.insert === 'string' ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      if (index < position) shift -= Math.min(op.delete, position - index);
      index += op.delete;
    }
  }
  return position + shift;
}
