import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import type { ResolvedAnchor } from '../anchors/anchor-range';
import type { CommentThreadView } from '../model';
import {
  commentsKey,
  commentsPlugin,
  setActiveThread,
  setEditorAnchors,
  type EditorAnchor,
} from './comments-plugin';

/** How long the margin waits after typing before it moves its cards. */
const MARGIN_DELAY_MS = 100;

/**
 * Puts the comments plugin into a live editor for as long as the caller is mounted (the
 * editor's own code stays free of comments), hands it the text threads, keeps the focused
 * one highlighted, and reads where the anchors are once typing pauses.
 */
export function useEditorComments(
  editor: Editor,
  threads: readonly CommentThreadView[],
  active: string | null,
  handlers: { onActivate: (id: string) => void; onShortcut: () => void },
): ReadonlyMap<string, ResolvedAnchor> {
  const [resolved, setResolved] = useState<ReadonlyMap<string, ResolvedAnchor>>(new Map());
  const { onActivate, onShortcut } = handlers;

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.registerPlugin(commentsPlugin({ onActivate, onShortcut }));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const state = editor.isDestroyed ? undefined : commentsKey.getState(editor.state);
        if (state) setResolved(state.resolved);
      }, MARGIN_DELAY_MS);
    };
    editor.on('transaction', read);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', read);
      if (!editor.isDestroyed) editor.unregisterPlugin(commentsKey);
    };
  }, [editor, onActivate, onShortcut]);

  const anchors = useMemo<EditorAnchor[]>(
    () =>
      threads
        .filter((thread) => thread.anchor.kind === 'TEXT')
        .map((thread) => ({
          id: thread.id,
          start: thread.anchor.start,
          end: thread.anchor.end,
          highlighted: thread.status === 'OPEN',
        })),
    [threads],
  );
  useEffect(() => {
    if (!editor.isDestroyed) setEditorAnchors(editor.view, anchors);
  }, [editor, anchors, onActivate, onShortcut]);
  useEffect(() => {
    if (!editor.isDestroyed) setActiveThread(editor.view, active);
  }, [editor, active]);
  return resolved;
}
