import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** A new goal id: a random UUID (also outside secure contexts, where randomUUID is missing). */
export function newGoalId(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** True for a transaction that replays someone else's change (or the first load) from Yjs. */
export function isRemoteChange(transaction: Transaction): boolean {
  const meta = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return meta?.isChangeOrigin === true;
}

/** How many goals hold each id in `doc` ('' for goals without one). */
function countIds(doc: ProseMirrorNode, name: string): Map<string, number> {
  const counts = new Map<string, number>();
  doc.descendants((node) => {
    if (node.type.name !== name) return true;
    const id = String(node.attrs.goalId ?? '');
    counts.set(id, (counts.get(id) ?? 0) + 1);
    return false;
  });
  return counts;
}

function holdsGoal(fragment: { descendants: ProseMirrorNode['descendants'] }, name: string) {
  let found = false;
  fragment.descendants((node) => {
    if (found) return false;
    if (node.type.name === name) found = true;
    return !found;
  });
  return found;
}

/**
 * Where this editor inserted content in the final document, from local transactions only:
 * the ranges each step wrote, mapped through every later step. A field keystroke of a card
 * is such a step too (`setNodeMarkup` replaces an atom whole), so a goal in these ranges
 * is not necessarily a new one: see `GoalIds`.
 */
function insertedRanges(transactions: readonly Transaction[], name: string) {
  let ranges: Array<{ from: number; to: number }> = [];
  for (const transaction of transactions) {
    const local = transaction.docChanged && !isRemoteChange(transaction);
    for (const step of transaction.steps) {
      const map = step.getMap();
      ranges = ranges.map(({ from, to }) => ({ from: map.map(from, -1), to: map.map(to, 1) }));
      if (!local) continue;
      const slice = (step as { slice?: { content: ProseMirrorNode['content'] } }).slice;
      if (!slice || !holdsGoal(slice.content, name)) continue;
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        if (newEnd > newStart) ranges.push({ from: newStart, to: newEnd });
      });
    }
  }
  return ranges;
}

/**
 * Keeps goal ids unique, because posts, media-plan lines and KPIs link to them: a goal card
 * this editor inserts (paste, duplicate, drag in from another strategy) whose id is empty
 * or already used elsewhere in the document gets a new id. The card that was there first
 * keeps its id; a card moved (cut and paste) keeps its id too.
 *
 * Only what the transactions added counts: a goal written by a local step gets a new id
 * when its id is empty, or when the transactions raised the number of goals holding its
 * id above what it was before (at least one keeps it). Editing a field of an existing card
 * rewrites the card but adds no holder of its id, so it never changes the id — not even
 * when two cards already shared it (someone else's concurrent paste): links to it stay.
 * Changes from others are left alone (their editor does the same), and a read-only editor
 * changes nothing.
 */
export const GoalIds = Extension.create({
  name: 'goalIds',

  addProseMirrorPlugins() {
    const name = 'smartGoal';
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('goalIds'),
        appendTransaction: (transactions, oldState, state) => {
          if (!editor.isEditable) return null;
          const ranges = insertedRanges(transactions, name);
          if (ranges.length === 0) return null;

          const inserted: Array<{ pos: number; node: ProseMirrorNode }> = [];
          state.doc.descendants((node, pos) => {
            if (node.type.name !== name) return true;
            const end = pos + node.nodeSize;
            if (ranges.some((range) => range.from <= pos && end <= range.to)) {
              inserted.push({ pos, node });
            }
            return false;
          });
          if (inserted.length === 0) return null;

          const before = countIds(oldState.doc, name);
          const after = countIds(state.doc, name);
          // Per id, how many holders the transactions added beyond the one allowed: an id
          // that was not in the document before may stay on one of its new holders.
          const excess = new Map<string, number>();
          for (const [id, count] of after) {
            if (id === '') continue;
            const extra = count - Math.max(before.get(id) ?? 0, 1);
            if (extra > 0) excess.set(id, extra);
          }

          const tr = state.tr;
          for (const { pos, node } of inserted) {
            const id = String(node.attrs.goalId ?? '');
            if (id !== '') {
              const extra = excess.get(id) ?? 0;
              if (extra <= 0) continue;
              excess.set(id, extra - 1);
            }
            tr.setNodeMarkup(pos, undefined, { ...node.attrs, goalId: newGoalId() });
          }
          // Appended in the same dispatch: Yjs stores it with the paste, one undo step for both.
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
