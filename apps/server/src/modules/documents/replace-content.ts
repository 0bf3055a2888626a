import * as Y from 'yjs';

/*
 * Building blocks for a kind's `replaceContent`: each makes one shared type of `target`
 * hold what the same type of `source` holds, as new operations on `target` (run inside one
 * transaction). Concurrent edits made to the replaced content at the same moment are lost
 * with it — that is what restoring means — but nothing in the history is rewritten.
 */

export function replaceXmlFragment(target: Y.Doc, source: Y.Doc, name: string): void {
  const from = source.getXmlFragment(name);
  const to = target.getXmlFragment(name);
  to.delete(0, to.length);
  const copies = from
    .toArray()
    .filter((node) => node instanceof Y.XmlElement || node instanceof Y.XmlText)
    .map((node) => node.clone());
  to.insert(0, copies);
}

export function replaceText(target: Y.Doc, source: Y.Doc, name: string): void {
  const from = source.getText(name);
  const to = target.getText(name);
  to.delete(0, to.length);
  to.applyDelta(from.toDelta() as Array<{ insert?: string }>);
}

export function replaceMap(target: Y.Doc, source: Y.Doc, name: string): void {
  const to = target.getMap<unknown>(name);
  const from = source.getMap<unknown>(name);
  for (const key of [...to.keys()]) if (!from.has(key)) to.delete(key);
  for (const [key, value] of from.entries()) to.set(key, cloneValue(value));
}

function cloneValue(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}
