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
 * the ranges each step wrote, mapped through every later step.
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
 * keeps its id; a card moved (cut and paste) keeps its id too. Changes from others are
 * left alone (their editor does the same), and a read-only editor changes nothing.
 */
export const GoalIds = Extension.create({
  name: 'goalIds',

  addProseMirrorPlugins() {
    const name = 'smartGoal';
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('goalIds'),
        appendTransaction: (transactions, _oldState, state) => {
          if (!editor.isEditable) return null;
          const ranges = insertedRanges(transactions, name);
          if (ranges.length === 0) return null;

          const counts = new Map<string, number>();
          const inserted: Array<{ pos: number; node: ProseMirrorNode }> = [];
          state.doc.descendants((node, pos) => {
            if (node.type.name !== name) return true;
            const id = String(node.attrs.goalId ?? '');
            counts.set(id, (counts.get(id) ?? 0) + 1);
            const end = pos + node.nodeSize;
            if (ranges.some((range) => range.from <= pos && end <= range.to)) {
              inserted.push({ pos, node });
            }
            return false;
          });

          const tr = state.tr;
          for (const { pos, node } of inserted) {
            const id = String(node.attrs.goalId ?? '');
            const count = counts.get(id) ?? 0;
            if (id !== '' && count <= 1) continue;
            counts.set(id, count - 1);
            tr.setNodeMarkup(pos, undefined, { ...node.attrs, goalId: newGoalId() });
          }
          // Appended in the same dispatch: Yjs stores it with the paste, one undo step for both.
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
