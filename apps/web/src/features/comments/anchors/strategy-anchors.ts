import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import {
  DELETED,
  rangeOrDeleted,
  type EncodedTextAnchor,
  type ResolvedAnchor,
} from './anchor-range';
import { decodePosition, encodePosition, isLive, type SharedType } from './position-codec';

/** ySyncPlugin's map from Yjs types to the ProseMirror nodes they are shown as. */
export type ProsemirrorMapping = Map<SharedType, PmNode | PmNode[]>;

/**
 * What anchors in a strategy need from the editor's Yjs binding: the document, the bound
 * fragment and the binding's map from Yjs types to ProseMirror nodes (ySyncPlugin's).
 */
export interface StrategyBinding {
  readonly doc: Y.Doc;
  readonly type: Y.XmlFragment;
  readonly mapping: ProsemirrorMapping;
}

interface SyncState {
  binding?: { doc?: Y.Doc; type?: Y.XmlFragment; mapping?: ProsemirrorMapping } | null;
}

/** The binding of an editor bound to Yjs (the Collaboration extension), or null. */
export function strategyBindingOf(state: EditorState): StrategyBinding | null {
  const binding = (ySyncPluginKey.getState(state) as SyncState | undefined)?.binding;
  if (!binding?.doc || !binding.type || !binding.mapping) return null;
  return { doc: binding.doc, type: binding.type, mapping: binding.mapping };
}

/** A new text anchor: the range `from`–`to` as relative positions, and the text it quotes. */
export interface NewTextAnchor {
  readonly start: string;
  readonly end: string;
  readonly quote: string;
}

/** The longest quote kept with an anchor (the server stores it; the margin shows it cut). */
export const QUOTE_MAX = 500;

/**
 * Anchors the range `from`–`to` of the editor's document (a selection) to the text it
 * holds: relative positions follow the text through everyone's edits, as the carets do.
 */
export function strategyAnchorFor(
  binding: StrategyBinding,
  doc: PmNode,
  from: number,
  to: number,
): NewTextAnchor {
  const start = absolutePositionToRelativePosition(
    from,
    binding.type,
    binding.mapping,
  ) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(
    to,
    binding.type,
    binding.mapping,
  ) as Y.RelativePosition;
  return {
    start: encodePosition(start),
    end: encodePosition(end),
    quote: doc.textBetween(from, to, '\n', ' ').slice(0, QUOTE_MAX),
  };
}

/**
 * Where every node of a document starts, found in one walk: resolving an anchor is then a
 * look-up instead of y-prosemirror's walk over all the blocks before it (1,000 threads on a
 * long strategy take a few milliseconds, not a hundred). Nodes are immutable and each Yjs
 * type is shown by its own node object, so a document's table never goes stale.
 */
const startsOf = new WeakMap<PmNode, Map<PmNode, number>>();

function nodeStarts(doc: PmNode): Map<PmNode, number> {
  let starts = startsOf.get(doc);
  if (!starts) {
    const table = new Map<PmNode, number>();
    doc.descendants((node, pos) => {
      table.set(node, pos);
    });
    starts = table;
    startsOf.set(doc, starts);
  }
  return starts;
}

/** Where the content of an element shown as one node starts, or null when it is not shown. */
function contentStart(
  binding: StrategyBinding,
  starts: Map<PmNode, number>,
  element: SharedType,
): number | null {
  const shown = binding.mapping.get(element);
  if (!shown || Array.isArray(shown)) return null;
  const at = starts.get(shown);
  return at === undefined ? null : at + 1;
}

/**
 * The position of `index` in `type` through the table: a text is found from its block (the
 * binding maps blocks, not texts) plus whatever precedes it there. Null sends the position
 * to y-prosemirror's own (slower) walk.
 */
function quickPosition(
  binding: StrategyBinding,
  starts: Map<PmNode, number>,
  type: SharedType,
  index: number,
): number | null {
  if (!(type instanceof Y.XmlText)) {
    return index === 0 ? contentStart(binding, starts, type) : null;
  }
  const parent = type._item?.parent;
  if (!(parent instanceof Y.XmlElement)) return null;
  let at = contentStart(binding, starts, parent);
  if (at === null) return null;
  for (let item = parent._start; item !== null && item !== type._item; item = item.right) {
    if (item.deleted) continue;
    const sibling = (item.content as Y.ContentType).type;
    if (sibling instanceof Y.XmlText) {
      at += sibling.length;
    } else {
      const shown = binding.mapping.get(sibling);
      if (!shown || Array.isArray(shown)) return null;
      at += shown.nodeSize;
    }
  }
  return at + index;
}

function resolvePosition(
  binding: StrategyBinding,
  starts: Map<PmNode, number>,
  encoded: string | null | undefined,
): number | null {
  const relative = decodePosition(encoded);
  if (!relative) return null;
  try {
    const absolute = Y.createAbsolutePositionFromRelativePosition(relative, binding.doc);
    // A block that was removed keeps its parent pointer; counting through it would land
    // the anchor somewhere unrelated.
    if (!absolute || !isLive(absolute.type)) return null;
    return (
      quickPosition(binding, starts, absolute.type, absolute.index) ??
      relativePositionToAbsolutePosition(binding.doc, binding.type, relative, binding.mapping)
    );
  } catch {
    // A position naming an item this replica holds in no way Yjs expects.
    return null;
  }
}

/**
 * Where a stored anchor is in the editor's current document `doc`: a live range, or deleted
 * when its text was removed (the range resolves collapsed) or cannot be found any more.
 */
export function resolveStrategyAnchor(
  binding: StrategyBinding,
  anchor: EncodedTextAnchor,
  doc: PmNode,
): ResolvedAnchor {
  const starts = nodeStarts(doc);
  const from = resolvePosition(binding, starts, anchor.start);
  const to = resolvePosition(binding, starts, anchor.end);
  if (from === null || to === null || to > doc.content.size) return DELETED;
  return rangeOrDeleted(from, to);
}

/** Resolves many anchors at once (the margin's threads), by id. */
export function resolveStrategyAnchors(
  binding: StrategyBinding,
  anchors: ReadonlyArray<EncodedTextAnchor & { readonly id: string }>,
  doc: PmNode,
): Map<string, ResolvedAnchor> {
  const resolved = new Map<string, ResolvedAnchor>();
  for (const anchor of anchors) {
    resolved.set(anchor.id, resolveStrategyAnchor(binding, anchor, doc));
  }
  return resolved;
}
