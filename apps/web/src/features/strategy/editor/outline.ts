import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A section of the strategy: its heading's level, text and position in the document. */
export interface OutlineEntry {
  level: number;
  text: string;
  pos: number;
}

/** The deepest heading level the outline lists (sections and their parts). */
export const OUTLINE_DEPTH = 3;

/**
 * The strategy's sections: its top-level headings (levels 1–3) in order. Walks only the
 * document's top level, so a 1 MB strategy costs a pass over some 2,000 nodes, not their text.
 */
export function outlineOf(doc: ProseMirrorNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name !== 'heading') return;
    const level = Number(node.attrs.level);
    if (!(level >= 1 && level <= OUTLINE_DEPTH)) return;
    entries.push({ level, text: node.textContent.trim(), pos: offset });
  });
  return entries;
}

/** Whether two outlines show the same (positions included: a jump must land right). */
export function sameOutline(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (entry, i) =>
        entry.level === b[i]!.level && entry.text === b[i]!.text && entry.pos === b[i]!.pos,
    )
  );
}
