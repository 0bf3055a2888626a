import { planRoot } from '@chorus/media-plan-model';
import { useCallback, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

/** Writing to the plan as this person, undoably: their own edits only, never anyone else's. */
export interface PlanWriter {
  /**
   * Runs `change` as one transaction marked as this editor's, and returns its result. On a
   * plan that is not editable (any more) it runs nothing and returns undefined.
   */
  write: <T>(change: () => T) => T | undefined;
  /** Undoes this person's last change; nothing on a plan that is not editable. */
  undo: () => void;
  /** Redoes it; nothing on a plan that is not editable. */
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

interface Stacks {
  readonly undo: number;
  readonly redo: number;
}

/**
 * One editor's undo history. Every write carries `origin`; the UndoManager tracks that
 * origin only, so undo reverts what this person did (a paste, a moved row) and leaves other
 * people's concurrent edits in place. The manager lives while React is subscribed.
 */
function createUndoStore(doc: Y.Doc) {
  const origin = { editor: 'media-plan' };
  const listeners = new Set<() => void>();
  let manager: Y.UndoManager | null = null;
  let stacks: Stacks = { undo: 0, redo: 0 };
  const update = () => {
    const next = { undo: manager?.undoStack.length ?? 0, redo: manager?.redoStack.length ?? 0 };
    if (next.undo === stacks.undo && next.redo === stacks.redo) return;
    stacks = next;
    for (const listener of listeners) listener();
  };
  return {
    origin,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      if (!manager) {
        manager = new Y.UndoManager(planRoot(doc), {
          trackedOrigins: new Set([origin]),
          // Each commit, paste or row action is its own step, however quickly they follow.
          captureTimeout: 0,
        });
        manager.on('stack-item-added', update);
        manager.on('stack-item-popped', update);
        manager.on('stack-cleared', update);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && manager) {
          manager.destroy();
          manager = null;
          stacks = { undo: 0, redo: 0 };
        }
      };
    },
    getSnapshot: (): Stacks => stacks,
    undo: () => {
      manager?.undo();
    },
    redo: () => {
      manager?.redo();
    },
  };
}

/**
 * Per-person undo and redo of the plan in `doc`, and the way to write undoably. While
 * `editable` is false (no EDIT capability, or it was lost) writing, undo and redo do
 * nothing, also for a handler that kept an older writer: the server would refuse the
 * update and the person's copy would drift from everyone else's.
 */
export function usePlanWriter(doc: Y.Doc, editable: boolean): PlanWriter {
  const store = useMemo(() => createUndoStore(doc), [doc]);
  const stacks = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const editableRef = useRef(editable);
  useLayoutEffect(() => {
    editableRef.current = editable;
  }, [editable]);
  const write = useCallback(
    <T>(change: () => T): T | undefined => {
      if (!editable || !editableRef.current) return undefined;
      let result: T | undefined;
      doc.transact(() => {
        result = change();
      }, store.origin);
      return result;
    },
    [doc, store, editable],
  );
  const undo = useCallback(() => {
    if (editable && editableRef.current) store.undo();
  }, [store, editable]);
  const redo = useCallback(() => {
    if (editable && editableRef.current) store.redo();
  }, [store, editable]);
  return {
    write,
    undo,
    redo,
    canUndo: editable && stacks.undo > 0,
    canRedo: editable && stacks.redo > 0,
  };
}
