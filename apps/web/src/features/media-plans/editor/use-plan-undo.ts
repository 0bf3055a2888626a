import { planRoot } from '@chorus/media-plan-model';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

/** Writing to the plan as this person, undoably: their own edits only, never anyone else's. */
export interface PlanWriter {
  /** Runs `change` as one transaction marked as this editor's, and returns its result. */
  write: <T>(change: () => T) => T;
  undo: () => void;
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

/** Per-person undo and redo of the plan in `doc`, and the way to write undoably. */
export function usePlanWriter(doc: Y.Doc): PlanWriter {
  const store = useMemo(() => createUndoStore(doc), [doc]);
  const stacks = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const write = useCallback(
    <T>(change: () => T): T => {
      let result: T | undefined;
      doc.transact(() => {
        result = change();
      }, store.origin);
      return result as T;
    },
    [doc, store],
  );
  return {
    write,
    undo: store.undo,
    redo: store.redo,
    canUndo: stacks.undo > 0,
    canRedo: stacks.redo > 0,
  };
}
