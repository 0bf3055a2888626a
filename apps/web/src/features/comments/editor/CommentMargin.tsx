import type { Editor } from '@tiptap/core';
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ResolvedAnchor } from '../anchors/anchor-range';
import { CommentThreadCard } from '../components/CommentThreadCard';
import type { CommentThreadView } from '../model';

const GAP = 8;

export interface CommentMarginProps {
  editor: Editor;
  threads: readonly CommentThreadView[];
  resolved: ReadonlyMap<string, ResolvedAnchor>;
  active: string | null;
  onActivate: (threadId: string | null) => void;
  /** A composer for a new thread, at the document position it will anchor to. */
  pending?: { at: number; node: ReactNode } | null;
}

interface Placed {
  key: string;
  at: number | null;
}

const PENDING = 'pending';

/** The distance of a document position below the margin's top (its side of the editor). */
function offsetOf(editor: Editor, margin: HTMLElement, at: number): number {
  try {
    const top = editor.view.coordsAtPos(Math.min(at, editor.state.doc.content.size)).top;
    return Math.max(0, top - margin.getBoundingClientRect().top);
  } catch {
    return 0;
  }
}

/**
 * Open threads beside the text they are on (the editor's inline-end side: the right in
 * English, the left in Persian and Hebrew), each as near its anchor as the cards above it
 * allow; threads on deleted text come after them. When the margin wraps under the editor
 * (a narrow window) the cards simply follow each other.
 */
export function CommentMargin({
  editor,
  threads,
  resolved,
  active,
  onActivate,
  pending = null,
}: CommentMarginProps) {
  const margin = useRef<HTMLDivElement>(null);
  const cards = useRef(new Map<string, HTMLDivElement>());
  const [tops, setTops] = useState<ReadonlyMap<string, number>>(new Map());
  const [height, setHeight] = useState(0);
  const [flow, setFlow] = useState(false);

  const open = useMemo(() => threads.filter((thread) => thread.status === 'OPEN'), [threads]);
  const pendingAt = pending?.at ?? null;
  const ordered = useMemo(() => {
    const placed: Placed[] = open.map((thread) => {
      const where = resolved.get(thread.id);
      return { key: thread.id, at: where?.state === 'live' ? where.range.from : null };
    });
    if (pendingAt !== null) placed.push({ key: PENDING, at: pendingAt });
    return placed.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity));
  }, [open, resolved, pendingAt]);
  const layoutKey = ordered.map((item) => `${item.key}@${item.at ?? '-'}`).join(',');

  useLayoutEffect(() => {
    const element = margin.current;
    // A destroyed editor has no view (TipTap throws on view.dom); its successor comes as a prop.
    if (!element || editor.isDestroyed) return;
    const editorTop = editor.view.dom.getBoundingClientRect().top;
    const wrapped = element.getBoundingClientRect().top > editorTop + 40;
    setFlow(wrapped);
    if (wrapped) return;
    const next = new Map<string, number>();
    let bottom = 0;
    for (const item of ordered) {
      const wanted = item.at === null ? bottom : offsetOf(editor, element, item.at);
      const top = Math.max(wanted, bottom);
      next.set(item.key, top);
      bottom = top + (cards.current.get(item.key)?.offsetHeight ?? 60) + GAP;
    }
    setTops((current) =>
      current.size === next.size && [...next].every(([key, top]) => current.get(key) === top)
        ? current
        : next,
    );
    setHeight(bottom);
    // Cards change height when focused or replied to: measured again then.
  }, [editor, ordered, active, threads, pending]);

  const byId = new Map(open.map((thread) => [thread.id, thread]));
  return (
    <div
      ref={margin}
      className={flow ? 'comment-margin comment-margin--flow' : 'comment-margin'}
      style={flow ? undefined : { minHeight: height }}
      data-testid="comment-margin"
      data-layout={layoutKey}
    >
      {ordered.map((item) => {
        const thread = byId.get(item.key);
        const style = flow ? undefined : { top: tops.get(item.key) ?? 0 };
        const setCard = (node: HTMLDivElement | null) => {
          if (node) cards.current.set(item.key, node);
          else cards.current.delete(item.key);
        };
        if (!thread) {
          return (
            <div key={item.key} ref={setCard} className="comment-margin__card" style={style}>
              {pending?.node}
            </div>
          );
        }
        return (
          <div key={item.key} ref={setCard} className="comment-margin__card" style={style}>
            <CommentThreadCard
              thread={thread}
              resolved={resolved.get(thread.id)}
              active={thread.id === active}
              onActivate={onActivate}
            />
          </div>
        );
      })}
    </div>
  );
}
