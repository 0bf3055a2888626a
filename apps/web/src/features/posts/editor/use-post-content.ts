import { readPost, type PostContent } from '@chorus/post-model';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

function createContentStore(doc: Y.Doc) {
  let current = readPost(doc);
  return {
    subscribe: (listener: () => void): (() => void) => {
      const onUpdate = () => {
        current = readPost(doc);
        listener();
      };
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    },
    getSnapshot: (): PostContent => current,
  };
}

/**
 * The post's content as plain strings, read again after every change of the Y.Doc (local
 * or from others), so counts, tags and previews follow the text as it is typed.
 */
export function usePostContent(doc: Y.Doc): PostContent {
  const store = useMemo(() => createContentStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
