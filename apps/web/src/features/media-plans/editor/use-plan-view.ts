import { PlanReader, type PlanView } from '@chorus/media-plan-model';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * Reads the plan through a PlanReader: after a change only the changed rows are read
 * again (unchanged rows keep their RowView object, so their grid rows skip rendering) and
 * the totals are summed anew. The reader lives while React is subscribed.
 */
function createPlanStore(doc: Y.Doc) {
  let reader: PlanReader | null = null;
  return {
    subscribe: (listener: () => void): (() => void) => {
      reader ??= new PlanReader(doc);
      // After the transaction: the reader's deep observer has marked what changed by then.
      doc.on('afterTransaction', listener);
      return () => {
        doc.off('afterTransaction', listener);
        reader?.destroy();
        reader = null;
      };
    },
    getSnapshot: (): PlanView => {
      reader ??= new PlanReader(doc);
      return reader.read();
    },
  };
}

/** The plan in `doc`, re-read after every change anyone makes. */
export function usePlanView(doc: Y.Doc): PlanView {
  const store = useMemo(() => createPlanStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
