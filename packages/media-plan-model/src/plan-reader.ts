import * as Y from 'yjs';
import { type Period } from './periods.js';
import {
  assemblePlan,
  planRoot,
  type PlanView,
  readPlan,
  readRow,
  rowsMap,
  type RowView,
} from './read-plan.js';
import { type PlanSettings } from './model.js';

/**
 * Reads a plan again after each change, re-reading only the rows that changed: unchanged
 * rows keep the same RowView object, so a grid can skip re-rendering them. Settings changes
 * (and anything a client writes at the root) re-read everything. Call `destroy()` when done.
 */
export class PlanReader {
  private readonly root: Y.Map<unknown>;
  private readonly rows = new Map<string, RowView>();
  private readonly dirty = new Set<string>();
  private settings: PlanSettings | null = null;
  private periods: readonly Period[] = [];
  private keys: string[] = [];
  private view: PlanView | null = null;
  private stale = true;

  private readonly onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    this.view = null;
    if (this.stale) return;
    for (const event of events) {
      const path = event.path;
      if (path.length === 0 || path[0] !== 'rows') {
        this.stale = true;
        return;
      }
      if (path.length > 1) this.dirty.add(String(path[1]));
      else if (event instanceof Y.YMapEvent)
        for (const key of event.keysChanged as Set<string>) this.dirty.add(key);
      else this.stale = true;
    }
  };

  constructor(private readonly doc: Y.Doc) {
    this.root = planRoot(doc);
    this.root.observeDeep(this.onChange);
  }

  /** The current plan; the same object as last time when nothing changed. */
  read(): PlanView {
    if (this.view && !this.stale && this.dirty.size === 0) return this.view;
    if (this.stale || !this.settings) {
      const view = readPlan(this.doc);
      this.settings = view.settings;
      this.periods = view.periods;
      this.keys = view.periods.map((p) => p.key);
      this.rows.clear();
      for (const block of Object.values(view.blocks)) {
        for (const row of block) this.rows.set(row.id, row);
      }
      this.stale = false;
      this.dirty.clear();
      this.view = view;
      return view;
    }
    const rows = rowsMap(this.doc);
    for (const id of this.dirty) {
      const row = readRow(id, rows?.get(id), this.keys);
      if (row) this.rows.set(id, row);
      else this.rows.delete(id);
    }
    this.dirty.clear();
    this.view = assemblePlan(this.doc, this.settings, this.periods, this.rows.values());
    return this.view;
  }

  /** Stops observing the document. */
  destroy(): void {
    this.root.unobserveDeep(this.onChange);
  }
}
