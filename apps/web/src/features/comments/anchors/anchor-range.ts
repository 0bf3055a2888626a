/** Where an anchored range is now: ProseMirror positions, or text offsets for a post's text. */
export interface AnchorRange {
  readonly from: number;
  readonly to: number;
}

/**
 * What resolving an anchor found: its range, or `deleted` when the text it was on is gone
 * (the range collapsed, or the block holding it was removed): the thread then shows as
 * "on deleted text" with the quote the server kept.
 */
export type ResolvedAnchor =
  { readonly state: 'live'; readonly range: AnchorRange } | { readonly state: 'deleted' };

export const DELETED: ResolvedAnchor = { state: 'deleted' };

/** A live range, or deleted when it is empty or reversed. */
export function rangeOrDeleted(from: number | null, to: number | null): ResolvedAnchor {
  if (from === null || to === null || to <= from) return DELETED;
  return { state: 'live', range: { from, to } };
}

/** A text anchor as stored: two encoded relative positions. */
export interface EncodedTextAnchor {
  readonly start: string | null | undefined;
  readonly end: string | null | undefined;
}
