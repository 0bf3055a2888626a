import { COLLAB_LIMITS } from '@chorus/collab-protocol';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { APP_CONFIG, type AppConfig } from '../platform/config/index.js';
import { MetricsService } from '../platform/health/index.js';
import { ROOT_LOGGER } from '../platform/logging/index.js';
import type { CollabConnection } from './collab-connection.js';
import { DocumentStore, type LoadedState } from './document-store.js';
import { COLLAB_FANOUT } from './fanout.provider.js';
import type { Fanout, FanoutKind } from './fanout.js';
import { LiveDocument } from './live-document.js';
import { awarenessMessage, updateMessage } from './messages.js';

/** Origin of changes that arrived from another instance (already durable there). */
export const REMOTE = Symbol('remote');

/**
 * How long a document stays in memory after its last socket closes (a reload or a flaky
 * network comes back within it and finds it loaded); it is unloaded then, once its writes
 * are durable, and compacted in the background.
 */
export const UNLOAD_GRACE_MS = 2_000;

/**
 * The documents held in memory: loaded on the first connection (after telling the other
 * instances, so nothing is missed), dropped a grace period after the last
 * connection leaves (COLLAB_UNLOAD_GRACE_MS, default UNLOAD_GRACE_MS), and compacted then, off
 * the connect path.
 */
@Injectable()
export class LiveDocuments {
  private readonly documents = new Map<string, Promise<LiveDocument>>();
  /** The documents whose load finished, for synchronous looks (who is here now). */
  private readonly ready = new Map<string, LiveDocument>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Documents reading PostgreSQL again; true: another read was asked for meanwhile. */
  private readonly catchingUp = new Map<string, boolean>();
  graceMs: number = UNLOAD_GRACE_MS;

  constructor(
    private readonly store: DocumentStore,
    private readonly metrics: MetricsService,
    @Inject(COLLAB_FANOUT) private readonly fanout: Fanout,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.graceMs = config.collab.unloadGraceMs;
  }

  get loadedCount(): number {
    return this.documents.size;
  }

  isLoaded(documentId: string): boolean {
    return this.documents.has(documentId);
  }

  /** The document if it is in memory here and loaded; undefined otherwise. */
  peek(documentId: string): LiveDocument | undefined {
    return this.ready.get(documentId);
  }

  /** All live documents (loaded ones). */
  async all(): Promise<LiveDocument[]> {
    const settled = await Promise.allSettled([...this.documents.values()]);
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  async acquire(documentId: string, workspaceId: string): Promise<LiveDocument> {
    const timer = this.unloadTimers.get(documentId);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(documentId);
    }
    let pending = this.documents.get(documentId);
    if (!pending) {
      pending = this.load(documentId, workspaceId);
      this.documents.set(documentId, pending);
      pending.catch(() => this.documents.delete(documentId));
      this.metrics.collabDocuments.set(this.documents.size);
    }
    return pending;
  }

  /** Takes a connection off its document; unloads the document after the grace period. */
  release(connection: CollabConnection): void {
    const document = connection.document;
    if (!document.connections.delete(connection)) return;
    for (const client of connection.awarenessClients) {
      if (document.presenceOwners.get(client) === connection)
        document.presenceOwners.delete(client);
    }
    const clients = [...connection.awarenessClients].filter((client) =>
      document.awareness.states.has(client),
    );
    if (clients.length)
      awarenessProtocol.removeAwarenessStates(document.awareness, clients, connection);
    if (document.connections.size === 0) this.scheduleUnload(document);
  }

  /** Schedules the unload of a document nobody joined after all (the socket left while loading). */
  releaseIfUnused(document: LiveDocument): void {
    if (document.connections.size === 0 && !this.unloadTimers.has(document.id))
      this.scheduleUnload(document);
  }

  /** Drops a document now, closing its connections with the given code (e.g. on failure). */
  async evict(documentId: string, code: number, reason: string): Promise<void> {
    const pending = this.documents.get(documentId);
    if (!pending) return;
    const document = await pending.catch(() => null);
    if (!document) return;
    for (const connection of [...document.connections]) connection.close(code, reason);
    await this.unload(document, false);
  }

  async unloadAll(): Promise<void> {
    for (const document of await this.all()) await this.unload(document, true);
  }

  private scheduleUnload(document: LiveDocument): void {
    const timer = setTimeout(() => {
      this.unloadTimers.delete(document.id);
      if (document.connections.size === 0) void this.unload(document, true);
    }, this.graceMs);
    timer.unref();
    this.unloadTimers.set(document.id, timer);
  }

  private async unload(document: LiveDocument, compact: boolean): Promise<void> {
    if (this.documents.get(document.id) === undefined) return;
    this.documents.delete(document.id);
    this.ready.delete(document.id);
    this.metrics.collabDocuments.set(this.documents.size);
    const timer = this.unloadTimers.get(document.id);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(document.id);
    await document.settled();
    this.fanout.release(document.id);
    document.destroy();
    if (compact && document.pendingRows > 0) {
      await this.store.compact(document.id).catch((error: unknown) => {
        this.logger.warn({ err: error, documentId: document.id }, 'Compaction after unload failed');
      });
    }
  }

  private async load(documentId: string, workspaceId: string): Promise<LiveDocument> {
    // Hold first: anything another instance relays while we read is buffered, then applied;
    // what it stored before it heard of us comes from a catch-up read (ADR 0037).
    const buffered: Array<{ kind: FanoutKind; payload: Uint8Array }> = [];
    let live: LiveDocument | null = null;
    let catchUpWanted = false;
    this.fanout.hold(documentId, {
      receive: (kind, payload) => {
        if (live) this.applyRemote(live, kind, payload);
        else buffered.push({ kind, payload });
      },
      catchUp: () => {
        if (live) this.catchUp(live);
        else catchUpWanted = true;
      },
    });
    let loaded: LoadedState;
    try {
      loaded = await this.store.load(documentId);
    } catch (error) {
      this.fanout.release(documentId);
      throw error;
    }
    const document = new LiveDocument(documentId, workspaceId, loaded.doc, loaded.pendingRows);
    this.wire(document);
    for (const item of buffered) this.applyRemote(document, item.kind, item.payload);
    live = document;
    this.ready.set(documentId, document);
    if (catchUpWanted) this.catchUp(document);
    if (document.size > COLLAB_LIMITS.documentWarnBytes) {
      this.logger.warn({ documentId, bytes: document.size }, 'Large collaborative document');
    }
    return document;
  }

  /**
   * Reads the document from PostgreSQL again and applies what memory lacks (Yjs ignores
   * what it already has), relaying it to this instance's clients. One read at a time per
   * document; a request arriving during one runs another after it.
   */
  private catchUp(document: LiveDocument): void {
    if (this.catchingUp.has(document.id)) {
      this.catchingUp.set(document.id, true);
      return;
    }
    this.catchingUp.set(document.id, false);
    void (async () => {
      try {
        do {
          this.catchingUp.set(document.id, false);
          const { doc } = await this.store.load(document.id);
          try {
            if (this.ready.get(document.id) !== document) return;
            const missing = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(document.doc));
            this.applyRemote(document, 'update', missing);
          } finally {
            doc.destroy();
          }
        } while (this.catchingUp.get(document.id));
      } catch (error) {
        this.logger.warn(
          { err: error, documentId: document.id },
          'Catching up from storage failed',
        );
      } finally {
        this.catchingUp.delete(document.id);
      }
    })();
  }

  private wire(document: LiveDocument): void {
    document.awareness.on(
      'update',
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        const changed = [...added, ...updated, ...removed];
        if (changed.length === 0) return;
        const message = awarenessMessage(document.awareness, changed);
        document.broadcast(message);
        if (origin !== REMOTE) {
          this.fanout.publish(
            document.id,
            'awareness',
            awarenessProtocol.encodeAwarenessUpdate(document.awareness, changed),
          );
        }
      },
    );
  }

  private applyRemote(document: LiveDocument, kind: FanoutKind, payload: Uint8Array): void {
    try {
      if (kind === 'update') {
        const changed = document.apply(payload, REMOTE);
        if (changed) {
          const sent = document.broadcast(updateMessage(changed));
          this.metrics.collabUpdatesOut.inc(sent);
        }
      } else {
        awarenessProtocol.applyAwarenessUpdate(document.awareness, payload, REMOTE);
      }
    } catch (error) {
      this.logger.warn(
        { err: error, documentId: document.id },
        'Ignoring an unreadable message from another instance',
      );
    }
  }
}
