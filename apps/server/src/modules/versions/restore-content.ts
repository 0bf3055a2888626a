import { MEDIA_PLAN_ROOT } from '@chorus/media-plan-model';
import { STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import * as Y from 'yjs';
import type { DocumentKind } from '../documents/index.js';

/** The Y.Text of a post's body (the plain shared-text editor until posts get theirs). */
export const POST_BODY = 'body';

/**
 * Makes `target` hold what `source` holds, as new operations on `target` (run inside one
 * transaction): the current content is deleted and copies of the version's content are
 * inserted. Concurrent edits made to the replaced content at the same moment are lost
 * with it — that is what restoring means — but nothing in the history is rewritten.
 */
export function replaceContent(kind: DocumentKind, target: Y.Doc, source: Y.Doc): void {
  switch (kind) {
    case 'strategy': {
      const from = source.getXmlFragment(STRATEGY_FRAGMENT);
      const to = target.getXmlFragment(STRATEGY_FRAGMENT);
      to.delete(0, to.length);
      const copies = from
        .toArray()
        .filter((node) => node instanceof Y.XmlElement || node instanceof Y.XmlText)
        .map((node) => node.clone());
      to.insert(0, copies);
      return;
    }
    case 'media_plan': {
      replaceMap(target.getMap(MEDIA_PLAN_ROOT), source.getMap(MEDIA_PLAN_ROOT));
      return;
    }
    case 'post': {
      const from = source.getText(POST_BODY);
      const to = target.getText(POST_BODY);
      to.delete(0, to.length);
      to.applyDelta(from.toDelta() as Array<{ insert?: string }>);
      return;
    }
  }
}

function replaceMap(to: Y.Map<unknown>, from: Y.Map<unknown>): void {
  for (const key of [...to.keys()]) if (!from.has(key)) to.delete(key);
  for (const [key, value] of from.entries()) to.set(key, cloneValue(value));
}

function cloneValue(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}
