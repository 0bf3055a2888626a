import * as Y from 'yjs';

/*
 * Comment anchors into co-edited text (docs/adr/0031). A range is kept as two Yjs relative
 * positions — they name the characters, not their offsets, so the range follows concurrent
 * edits on every client — encoded with `Y.encodeRelativePosition` and carried as base64. The
 * start sticks to the first quoted character and the end to the last, so text typed just
 * outside the range stays outside it. Works for a post's Y.Text and for a strategy's
 * paragraph (a Y.XmlText inside the document's XmlFragment; the editor maps ProseMirror
 * positions with y-prosemirror's own helpers).
 */

/** What a thread keeps of a range: both ends and the quoted text. */
export interface EncodedTextAnchor {
  start: string;
  end: string;
  quote: string;
}

/** A range found again in the current document. */
export interface ResolvedTextAnchor {
  /** The text type it lies in (a Y.Text or Y.XmlText). */
  type: Y.AbstractType<unknown>;
  /** UTF-16 offsets into that text; `from === to` once the range was deleted. */
  from: number;
  to: number;
  /** The text between them now. */
  text: string;
  /** True when the quoted range was deleted: the client shows "on deleted text". */
  collapsed: boolean;
}

type TextLike = Y.Text | Y.XmlText;

/** The range [from, to) of a text as an anchor (offsets in UTF-16 units). */
export function encodeTextAnchor(type: TextLike, from: number, to: number): EncodedTextAnchor {
  if (!(from >= 0 && to > from && to <= type.length)) {
    throw new RangeError(`A comment range is a non-empty part of the text (${from}–${to}).`);
  }
  const start = Y.createRelativePositionFromTypeIndex(type as never, from, 0);
  const end = Y.createRelativePositionFromTypeIndex(type as never, to - 1, 0);
  return {
    start: toBase64(Y.encodeRelativePosition(start)),
    end: toBase64(Y.encodeRelativePosition(end)),
    quote: plainText(type as never).slice(from, to),
  };
}

/**
 * Where an anchor's range is now, in `doc`: null when a position cannot be read or names a
 * type this document does not hold (yet). Both ends in different texts (a paragraph split)
 * resolve to the start's text up to its end.
 */
export function resolveTextAnchor(
  doc: Y.Doc,
  start: string,
  end: string,
): ResolvedTextAnchor | null {
  const from = absolute(doc, start);
  const last = absolute(doc, end);
  if (!from || !last) return null;
  // Compared before `asText`, which may replace a root's placeholder type with its Y.Text.
  const sameType = last.type === from.type;
  const type = asText(doc, from.type);
  const text = plainText(type);
  // The end names the last quoted character: the range runs to just after it, while it lives.
  const endAlive = sameType && endCharacterAlive(doc, end);
  const to = sameType ? (endAlive ? last.index + 1 : last.index) : text.length;
  const collapsed = to <= from.index;
  return {
    type,
    from: from.index,
    to: collapsed ? from.index : to,
    text: collapsed ? '' : text.slice(from.index, to),
    collapsed,
  };
}

/**
 * A root text the document has not been asked for yet is held as a plain AbstractType until
 * someone calls `getText`; asking makes it the Y.Text it is.
 */
function asText(doc: Y.Doc, type: Y.AbstractType<unknown>): Y.AbstractType<unknown> {
  const text = type as Partial<Pick<Y.Text, 'toDelta'>>;
  if (typeof text.toDelta === 'function' || type._item !== null) return type;
  return doc.getText(Y.findRootTypeKey(type as never)) as unknown as Y.AbstractType<unknown>;
}

function absolute(
  doc: Y.Doc,
  base64: string,
): { type: Y.AbstractType<unknown>; index: number } | null {
  try {
    const position = Y.decodeRelativePosition(fromBase64(base64));
    const found = Y.createAbsolutePositionFromRelativePosition(position, doc);
    return found ? { type: found.type as Y.AbstractType<unknown>, index: found.index } : null;
  } catch {
    return null;
  }
}

/** Whether the character an end position names still exists (not deleted). */
function endCharacterAlive(doc: Y.Doc, base64: string): boolean {
  const position = Y.decodeRelativePosition(fromBase64(base64));
  if (!position.item) return false;
  try {
    // Deleted items may have been collected (a GC struct): `deleted` is true for those too.
    return !Y.getItem(doc.store, position.item).deleted;
  } catch {
    return false;
  }
}

/**
 * A text's characters, embeds as U+FFFC (they take one position each). Duck-typed: the
 * document may come from another copy of Yjs than this package's (a bundler's, a test's).
 */
function plainText(type: Y.AbstractType<unknown>): string {
  const text = type as Partial<Pick<Y.Text, 'toDelta'>>;
  if (typeof text.toDelta !== 'function') return '';
  return (text.toDelta() as Array<{ insert?: unknown }>)
    .map((op) => (typeof op.insert === 'string' ? op.insert : '\ufffc'))
    .join('');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
