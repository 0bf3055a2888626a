import {
  isNetworkId,
  postBody,
  postFirstComment,
  variantText,
  POST_BODY,
  POST_FIRST_COMMENT,
} from '@chorus/post-model';
import * as Y from 'yjs';
import {
  DELETED,
  rangeOrDeleted,
  type EncodedTextAnchor,
  type ResolvedAnchor,
} from './anchor-range';
import { QUOTE_MAX, type NewTextAnchor } from './strategy-anchors';
import { decodePosition, encodePosition, isLive } from './position-codec';

/**
 * The text of a post a TEXT anchor's `field` names: `body`, `firstComment` or a network's
 * own text; null when that network has no text of its own (any more).
 */
export function postFieldText(doc: Y.Doc, field: string | null | undefined): Y.Text | null {
  if (!field || field === POST_BODY) return postBody(doc);
  if (field === POST_FIRST_COMMENT) return postFirstComment(doc);
  return isNetworkId(field) ? variantText(doc, field) : null;
}

/**
 * Anchors the range `from`–`to` of one of a post's texts. The end sticks to the character
 * before it (assoc -1), so typing right after the range does not grow it.
 */
export function postAnchorFor(text: Y.Text, from: number, to: number): NewTextAnchor {
  return {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(text, from)),
    end: encodePosition(Y.createRelativePositionFromTypeIndex(text, to, -1)),
    quote: text.toJSON().slice(from, to).slice(0, QUOTE_MAX),
  };
}

function resolveOffset(
  doc: Y.Doc,
  text: Y.Text,
  encoded: string | null | undefined,
): number | null {
  const relative = decodePosition(encoded);
  if (!relative) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  if (!absolute || absolute.type !== text || !isLive(text)) return null;
  return absolute.index;
}

/** Where a stored anchor is in a post's text now (offsets into `text`), or deleted. */
export function resolvePostAnchor(
  doc: Y.Doc,
  text: Y.Text | null,
  anchor: EncodedTextAnchor,
): ResolvedAnchor {
  if (!text) return DELETED;
  return rangeOrDeleted(
    resolveOffset(doc, text, anchor.start),
    resolveOffset(doc, text, anchor.end),
  );
}
