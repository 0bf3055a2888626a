import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CollabConnection } from './collab-connection.js';
import { awarenessMessage, MessageType } from './messages.js';

/**
 * A document held in memory while someone is connected: its Y.Doc, its presence, its
 * connections, and the persists in flight (nobody is sent state that is not yet durable).
 *
 * What every joining client is sent — the state vector (sync step 1), the whole state
 * (sync step 2 to an empty client) and everyone's presence — is encoded once and kept
 * until the document or the presence changes, so a hundred clients opening a document
 * cost one encoding, not a hundred.
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
  /** A persist failed: what is in memory may be more than what is durable. */
  private failed = false;
  private destroyed = false;
  /** The whole state as one update, until the next transaction. */
  private stateCache: Uint8Array | null;
  private syncStep1Cache: Uint8Array | null = null;
  private syncStep2Cache: Uint8Array | null = null;
  private awarenessCache: Uint8Array | null = null;

  constructor(
    readonly id: string,
    readonly workspaceId: string,
    readonly doc: Y.Doc,
    pendingRows: number,
    /** The document's whole state as one update, when the loader has it at hand. */
    state?: Uint8Array,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.stateCache = state ?? Y.encodeStateAsUpdate(doc);
    this.size = this.stateCache.byteLength;
    this.pendingRows = pendingRows;
    // Every change to the Y.Doc (pending structs included) happens in a transaction.
    doc.on('afterTransaction', () => {
      this.stateCache = null;
      this.syncStep1Cache = null;
      this.syncStep2Cache = null;
    });
    this.awareness.on('update', () => (this.awarenessCache = null));
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
    this.size = this.state().byteLength;
    return this.size;
  }

  /** The whole state as one update (encoded once per change). */
  state(): Uint8Array {
    return (this.stateCache ??= Y.encodeStateAsUpdate(this.doc));
  }

  /** Sync step 1 (the server's state vector), encoded once per change. */
  syncStep1(): Uint8Array {
    if (!this.syncStep1Cache) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.sync);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.syncStep1Cache = encoding.toUint8Array(encoder);
    }
    return this.syncStep1Cache;
  }

  /**
   * Sync step 2 for a client's state vector: the cached whole state for an empty client
   * (the common case: a page opening the document), else what that client lacks.
   */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.byteLength === 1 && stateVector[0] === 0;
    if (empty && this.syncStep2Cache) return this.syncStep2Cache;
    const update = empty ? this.state() : Y.encodeStateAsUpdate(this.doc, stateVector);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, update);
    const message = encoding.toUint8Array(encoder);
    if (empty) this.syncStep2Cache = message;
    return message;
  }

  /** Everyone's presence as one message (null: nobody has any), encoded once per change. */
  presence(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return null;
    return (this.awarenessCache ??= awarenessMessage(this.awareness, clients));
  }

  /** Remembers a persist in flight until it settles. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.inflight.add(promise);
    promise.then(
      () => this.inflight.delete(promise),
      () => {
        this.failed = true;
        this.inflight.delete(promise);
      },
    );
    return promise;
  }

  /** Resolves once every persist started so far has settled. */
  async settled(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  /**
   * Runs `read` at a moment when everything in memory is durable (no persist in flight),
   * synchronously, so no edit can slip in between; null if a persist failed (memory may
   * hold more than the database) or the document was unloaded. Gives up (null) after
   * `attempts` waits under a steady stream of edits.
   */
  async whenDurable<T>(read: () => T, attempts = 50): Promise<T | null> {
    for (let i = 0; i < attempts && this.inflight.size > 0; i += 1) {
      await Promise.allSettled([...this.inflight]);
    }
    if (this.inflight.size > 0 || this.failed || this.destroyed) return null;
    return read();
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
    this.destroyed = true;
    this.stateCache = this.syncStep1Cache = this.syncStep2Cache = this.awarenessCache = null;
    this.awareness.destroy();
    this.doc.destroy();
  }
}
