import { countCharacters, readPost, type PostContent } from '@chorus/post-model';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
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

/**
 * Counts characters once per distinct text of the current content: the networks that use
 * the base share one count (a long text takes milliseconds to segment).
 */
export function useCharacterCounter(content: PostContent): (text: string) => number {
  const counts = useMemo(() => {
    const texts = new Set([content.body, ...Object.values(content.variants)]);
    return new Map([...texts].map((text) => [text, countCharacters(text)]));
  }, [content]);
  return useCallback((text: string) => counts.get(text) ?? countCharacters(text), [counts]);
}
