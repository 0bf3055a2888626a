import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabConnection } from './collab-connection.js';

/**
 * A document held in memory while someone is connected: its Y.Doc, its presence, its
 * connections, and the persists in flight (nobody is sent state that is not yet durable).
 */
export class LiveDocument {
  readonly connections = new Set<CollabConnection>();
  /** Which local connection owns each presence client id (see presence-ownership.ts). */
  readonly presenceOwners = new Map<number, CollabConnection>();
  readonly awareness: awarenessProtocol.Awareness;
  /**
   * Encoded size for the document size limit: the real size when loaded or measured, plus
   * every change since (deleted text still counts until the next measure).
   */
  size: number;
  /** Update rows in the database not yet folded into the snapshot. */
  pendingRows: number;
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    readonly id: string,
    readonly workspaceId: string,
    readonly doc: Y.Doc,
    pendingRows: number,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.size = Y.encodeStateAsUpdate(doc).byteLength;
    this.pendingRows = pendingRows;
  }

  /** Applies an update and returns the part that changed the document (null: nothing new). */
  apply(update: Uint8Array, origin: unknown): Uint8Array | null {
    let changed: Uint8Array | null = null;
    const capture = (effective: Uint8Array) => {
      changed = changed ? Y.mergeUpdates([changed, effective]) : effective;
    };
    this.doc.on('update', capture);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.doc.off('update', capture);
    }
    if (changed) this.size += (changed as Uint8Array).byteLength;
    return changed;
  }

  /** Brings `size` back to the document's real encoded size (deleted content gone). */
  measure(): number {
    this.size = Y.encodeStateAsUpdate(this.doc).byteLength;
    return this.size;
  }

  /** Remembers a persist in flight until it settles. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.inflight.add(promise);
    const forget = () => this.inflight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** Resolves once every persist started so far has settled. */
  async settled(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  broadcast(message: Uint8Array, except?: CollabConnection): number {
    let sent = 0;
    for (const connection of this.connections) {
      if (connection === except) continue;
      connection.send(message);
      sent += 1;
    }
    return sent;
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}
