import { keydownHandler } from '@tiptap/pm/keymap';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { ResolvedAnchor } from '../anchors/anchor-range';
import { resolveStrategyAnchors, strategyBindingOf } from '../anchors/strategy-anchors';

/** A thread's text anchor as the margin hands it to the editor. */
export interface EditorAnchor {
  readonly id: string;
  readonly start: string | null | undefined;
  readonly end: string | null | undefined;
  /** Resolved threads are not highlighted (the panel still lists them). */
  readonly highlighted: boolean;
}

export interface CommentsState {
  readonly anchors: readonly EditorAnchor[];
  /** Where each thread's anchor is now, by thread id. */
  readonly resolved: ReadonlyMap<string, ResolvedAnchor>;
  readonly active: string | null;
  readonly decorations: DecorationSet;
  /** Local edits mapped the ranges; the relative positions are read again shortly. */
  readonly stale: boolean;
}

export const commentsKey = new PluginKey<CommentsState>('comments');

/** The performance measure each resolution of all anchors records (browser tests read it). */
export const ANCHORS_MEASURE = 'chorus:comment-anchors';

type Meta =
  | { readonly anchors: readonly EditorAnchor[] }
  | { readonly active: string | null }
  | { readonly refresh: true };

export interface CommentsPluginOptions {
  /** A highlight was clicked: focus its thread. */
  onActivate: (threadId: string) => void;
  /** Mod-Alt-M: start a comment on the selection. */
  onShortcut: () => void;
}

/** How long after local typing the anchors are read again from their relative positions. */
const REFRESH_DELAY_MS = 120;

function resolveAll(
  state: EditorState,
  anchors: readonly EditorAnchor[],
): Map<string, ResolvedAnchor> {
  const binding = strategyBindingOf(state);
  if (!binding) return new Map();
  const started = performance.now();
  const resolved = resolveStrategyAnchors(binding, anchors, state.doc);
  try {
    performance.measure(ANCHORS_MEASURE, {
      start: started,
      end: performance.now(),
      detail: { count: anchors.length },
    });
  } catch {
    // Older engines without measure options: the figure is only missing.
  }
  return resolved;
}

function decorate(
  state: EditorState,
  anchors: readonly EditorAnchor[],
  resolved: ReadonlyMap<string, ResolvedAnchor>,
  active: string | null,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const anchor of anchors) {
    const where = resolved.get(anchor.id);
    if (!anchor.highlighted || where?.state !== 'live') continue;
    decorations.push(
      Decoration.inline(
        where.range.from,
        where.range.to,
        {
          class: anchor.id === active ? 'comment-anchor comment-anchor--active' : 'comment-anchor',
          'data-comment-thread': anchor.id,
        },
        { threadId: anchor.id },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

function fresh(
  state: EditorState,
  anchors: readonly EditorAnchor[],
  active: string | null,
): CommentsState {
  const resolved = resolveAll(state, anchors);
  return {
    anchors,
    resolved,
    active,
    decorations: decorate(state, anchors, resolved, active),
    stale: false,
  };
}

/** Moves the known ranges through a local edit until the relative positions are read again. */
function mapped(value: CommentsState, tr: Transaction): CommentsState {
  const resolved = new Map<string, ResolvedAnchor>();
  for (const [id, where] of value.resolved) {
    if (where.state !== 'live') {
      resolved.set(id, where);
      continue;
    }
    const from = tr.mapping.map(where.range.from, 1);
    const to = tr.mapping.map(where.range.to, -1);
    resolved.set(id, to > from ? { state: 'live', range: { from, to } } : { state: 'deleted' });
  }
  return {
    ...value,
    resolved,
    decorations: value.decorations.map(tr.mapping, tr.doc),
    stale: true,
  };
}

/**
 * Comment anchors in the strategy editor: highlights their text (decorations, nothing in the
 * document), keeps every thread's range as people edit, focuses a thread when its highlight
 * is clicked, and starts a comment on Mod-Alt-M. Remote edits arrive with the binding already
 * updated, so anchors are read again at once; local ones are mapped, then read shortly after.
 */
export function commentsPlugin(options: CommentsPluginOptions): Plugin<CommentsState> {
  const keys = keydownHandler({
    'Mod-Alt-m': () => {
      options.onShortcut();
      return true;
    },
  });
  return new Plugin<CommentsState>({
    key: commentsKey,
    state: {
      init: () => ({
        anchors: [],
        resolved: new Map(),
        active: null,
        decorations: DecorationSet.empty,
        stale: false,
      }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(commentsKey) as Meta | undefined;
        if (meta && 'anchors' in meta) return fresh(state, meta.anchors, value.active);
        if (meta && 'refresh' in meta) return fresh(state, value.anchors, value.active);
        if (meta && 'active' in meta) {
          return {
            ...value,
            active: meta.active,
            decorations: decorate(state, value.anchors, value.resolved, meta.active),
          };
        }
        if (!tr.docChanged || value.anchors.length === 0) return value;
        const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)
          ?.isChangeOrigin;
        return remote ? fresh(state, value.anchors, value.active) : mapped(value, tr);
      },
    },
    props: {
      decorations: (state) => commentsKey.getState(state)?.decorations,
      handleKeyDown: (view, event) => keys(view, event),
      handleClick: (_view, _pos, event) => {
        const target =
          event.target instanceof Element ? event.target.closest('[data-comment-thread]') : null;
        const id = target?.getAttribute('data-comment-thread');
        if (!id) return false;
        options.onActivate(id);
        return false;
      },
    },
    view: () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      return {
        update(view: EditorView) {
          if (!commentsKey.getState(view.state)?.stale) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (!view.isDestroyed)
              view.dispatch(view.state.tr.setMeta(commentsKey, { refresh: true }));
          }, REFRESH_DELAY_MS);
        },
        destroy() {
          clearTimeout(timer);
        },
      };
    },
  });
}

/** Hands the editor the threads to anchor (the list changed). */
export function setEditorAnchors(view: EditorView, anchors: readonly EditorAnchor[]): void {
  view.dispatch(view.state.tr.setMeta(commentsKey, { anchors }));
}

/** Marks one thread's highlight as the focused one (or none). */
export function setActiveThread(view: EditorView, active: string | null): void {
  view.dispatch(view.state.tr.setMeta(commentsKey, { active }));
}
