import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  CLOSE_REASONS,
  CloseCode,
  COLLAB_LIMITS,
  COLLAB_PATH_PREFIX,
  documentIdFromPath,
} from '@chorus/collab-protocol';
import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import * as decoding from 'lib0/decoding';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { AccessEvents, type AccessChange } from '../modules/access/index.js';
import { SessionsService } from '../modules/accounts/index.js';
import { MetricsService } from '../platform/health/index.js';
import { ROOT_LOGGER } from '../platform/logging/index.js';
import { CollabConnection } from './collab-connection.js';
import { CollabRefusal } from './collab-refusal.js';
import { DocumentStore } from './document-store.js';
import { COLLAB_FANOUT } from './fanout.provider.js';
import type { Fanout } from './fanout.js';
import {
  AuthorizeHook,
  COLLAB_HOOKS,
  LimitsHook,
  type CollabHook,
  type ConnectContext,
} from './hooks/index.js';
import { LiveDocuments } from './live-documents.js';
import { isV1Update } from './update-encoding.js';
import { awarenessMessage, MessageType, syncStep1, syncStep2 } from './messages.js';

/** Frames that may wait while a socket is being authenticated and its document loaded. */
const MAX_EARLY_FRAMES = 100;
const HEARTBEAT_MS = 30_000;
const SESSION_RECHECK_MS = 30_000;

/**
 * The collaboration endpoint: `/collab/<documentId>` on the server's own HTTP port,
 * speaking the plain y-websocket protocol. Every socket runs through the hook pipeline
 * (hooks/index.ts) in order; a refusal closes that one socket with a documented code.
 */
@Injectable()
export class CollabGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly wss = new WebSocketServer({
    noServer: true,
    // Frames above twice the limit are cut off by the protocol layer (close 1009) before
    // they are buffered; between the two the limits hook closes with 4413.
    maxPayload: COLLAB_LIMITS.maxFrameBytes * 2,
    perMessageDeflate: false,
  });
  private readonly upgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) =>
    this.onUpgrade(request, socket, head);
  private timers: NodeJS.Timeout[] = [];
  private stopping = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(COLLAB_HOOKS) private readonly hooks: CollabHook[],
    private readonly documents: LiveDocuments,
    private readonly store: DocumentStore,
    private readonly authorize: AuthorizeHook,
    readonly limits: LimitsHook,
    private readonly accessEvents: AccessEvents,
    private readonly sessions: SessionsService,
    private readonly metrics: MetricsService,
    @Inject(COLLAB_FANOUT) private readonly fanout: Fanout,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    server.on('upgrade', this.upgradeListener);
    this.accessEvents.subscribe((change) => {
      this.fanout.publishAccess(change);
      void this.onAccessChange(change);
    });
    this.fanout.onAccess((change) => void this.onAccessChange(change));
    this.timers = [
      setInterval(() => this.heartbeat(), HEARTBEAT_MS),
      setInterval(() => void this.recheckSessions(), SESSION_RECHECK_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    const server = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    server.off('upgrade', this.upgradeListener);
    for (const timer of this.timers) clearInterval(timer);
    for (const document of await this.documents.all()) {
      for (const connection of [...document.connections]) {
        connection.close(CloseCode.SERVICE_RESTART, CLOSE_REASONS[CloseCode.SERVICE_RESTART]);
      }
    }
    await this.store.committer.drain();
    await this.documents.unloadAll();
    await this.fanout.close();
    this.wss.close();
  }

  private onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(COLLAB_PATH_PREFIX)) return;
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      // Protocol-level failures (e.g. a frame over maxPayload) close the socket with 1009.
      ws.on('error', () => ws.terminate());
      if (this.stopping) {
        ws.close(CloseCode.SERVICE_RESTART, CLOSE_REASONS[CloseCode.SERVICE_RESTART]);
        return;
      }
      const documentId = documentIdFromPath(url.pathname);
      if (!documentId) {
        this.refuse(ws, new CollabRefusal(CloseCode.NOT_FOUND));
        return;
      }
      void this.accept(ws, { request, url, documentId });
    });
  }

  private async accept(ws: WebSocket, context: ConnectContext): Promise<void> {
    // Frames that arrive before the socket is ready wait here, unread (size-capped by ws).
    const early: RawData[] = [];
    let overflow = false;
    const buffer = (data: RawData) => {
      if (early.length >= MAX_EARLY_FRAMES) overflow = true;
      else early.push(data);
    };
    ws.on('message', buffer);
    let closedEarly = false;
    ws.once('close', () => (closedEarly = true));
    try {
      for (const hook of this.hooks) await hook.onConnect?.(context);
    } catch (error) {
      this.refuse(ws, error);
      return;
    }
    const document = context.document!;
    ws.off('message', buffer);
    if (closedEarly) {
      this.documents.releaseIfUnused(document);
      return;
    }
    const connection = new CollabConnection(
      ws,
      document,
      context.user!,
      context.capability!,
      context.workspaceId!,
      this.limits.limits.messageBurst,
    );
    document.connections.add(connection);
    for (const hook of this.hooks) hook.onJoin?.(connection);
    (ws as WebSocket & { isAlive?: boolean }).isAlive = true;
    ws.on('pong', () => ((ws as WebSocket & { isAlive?: boolean }).isAlive = true));
    ws.on('message', (data, isBinary) => this.enqueue(connection, data, isBinary));
    ws.on('close', () => this.leave(connection));
    ws.on('error', () => this.leave(connection));
    connection.send(syncStep1(document.doc));
    const states = [...document.awareness.getStates().keys()];
    if (states.length > 0) connection.send(awarenessMessage(document.awareness, states));
    if (overflow) {
      this.drop(connection, new CollabRefusal(CloseCode.RATE_LIMITED));
      return;
    }
    for (const data of early) this.enqueue(connection, data, true);
  }

  private enqueue(connection: CollabConnection, data: RawData, isBinary: boolean): void {
    const frame = toBytes(data);
    connection.queue = connection.queue.then(async () => {
      // Frames a client sent before it went away are still applied; after a refusal, none.
      if (connection.refused) return;
      try {
        for (const hook of this.hooks) hook.onFrame?.(connection, frame);
        if (!isBinary) throw new CollabRefusal(CloseCode.MALFORMED_MESSAGE);
        await this.handle(connection, frame);
      } catch (error) {
        this.drop(connection, error);
      }
    });
  }

  private async handle(connection: CollabConnection, frame: Uint8Array): Promise<void> {
    const document = connection.document;
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const kind = decoding.readVarUint(decoder);
        if (kind === syncProtocol.messageYjsSyncStep1) {
          const stateVector = decoding.readVarUint8Array(decoder);
          await document.settled();
          connection.send(syncStep2(document.doc, stateVector));
        } else if (
          kind === syncProtocol.messageYjsSyncStep2 ||
          kind === syncProtocol.messageYjsUpdate
        ) {
          await this.acceptUpdate(connection, decoding.readVarUint8Array(decoder));
        } else {
          throw new CollabRefusal(CloseCode.MALFORMED_MESSAGE);
        }
        return;
      }
      case MessageType.awareness: {
        let update: Uint8Array | null = decoding.readVarUint8Array(decoder);
        for (const hook of this.hooks) {
          if (update && hook.onAwareness) update = hook.onAwareness(connection, update);
        }
        if (update) awarenessProtocol.applyAwarenessUpdate(document.awareness, update, connection);
        return;
      }
      case MessageType.queryAwareness: {
        const states = [...document.awareness.getStates().keys()];
        connection.send(awarenessMessage(document.awareness, states));
        return;
      }
      case MessageType.auth:
        return;
      default:
        throw new CollabRefusal(CloseCode.MALFORMED_MESSAGE);
    }
  }

  private async acceptUpdate(connection: CollabConnection, update: Uint8Array): Promise<void> {
    for (const hook of this.hooks) {
      if (hook.beforeApply && !hook.beforeApply(connection, update)) {
        this.metrics.collabRejectedFrames.inc({ reason: 'read_only' });
        return;
      }
    }
    if (!isV1Update(update)) throw new CollabRefusal(CloseCode.UNSUPPORTED_ENCODING);
    let change: Uint8Array | null;
    try {
      change = connection.document.apply(update, connection);
    } catch {
      throw new CollabRefusal(CloseCode.UNSUPPORTED_ENCODING);
    }
    if (!change) return;
    try {
      for (const hook of this.hooks) await hook.afterApply?.(connection, change);
    } catch (error) {
      // The change is in memory but not durable: drop the document so every client
      // reloads from the database and resends what it has.
      this.logger.error(
        { err: error, documentId: connection.document.id },
        'Persisting an update failed',
      );
      await this.documents.evict(
        connection.document.id,
        CloseCode.SERVICE_RESTART,
        'storage failure',
      );
    }
  }

  private refuse(ws: WebSocket, error: unknown): void {
    const refusal = error instanceof CollabRefusal ? error : new CollabRefusal(CloseCode.FORBIDDEN);
    if (!(error instanceof CollabRefusal)) {
      this.logger.error({ err: error }, 'Collaboration connect failed');
    }
    this.metrics.collabRejectedFrames.inc({ reason: `connect_${refusal.code}` });
    ws.close(refusal.code, refusal.reason);
  }

  private drop(connection: CollabConnection, error: unknown): void {
    const refusal =
      error instanceof CollabRefusal ? error : new CollabRefusal(CloseCode.MALFORMED_MESSAGE);
    this.metrics.collabRejectedFrames.inc({ reason: String(refusal.code) });
    connection.close(refusal.code, refusal.reason);
    this.leave(connection);
  }

  private leave(connection: CollabConnection): void {
    if (connection.left) return;
    connection.left = true;
    connection.closed = true;
    // Let frames already received finish before the connection stops holding the document.
    void connection.queue.then(() => {
      for (const hook of this.hooks) hook.onLeave?.(connection);
      this.documents.release(connection);
    });
  }

  /** Re-checks the connections an access change may concern; closes those that lost access. */
  private async onAccessChange(change: AccessChange): Promise<void> {
    for (const document of await this.documents.all()) {
      for (const connection of [...document.connections]) {
        if (!concerns(change, connection)) continue;
        if (change.kind === 'session' || change.kind === 'user') {
          this.closeRevoked(connection, CloseCode.ACCESS_REVOKED);
          continue;
        }
        try {
          const access = await this.authorize.check(connection.user, document.id);
          if (access.capability !== connection.capability) {
            // The client must learn its new capability (an editor may now only comment):
            // close with a code that makes it reconnect and be authorised afresh.
            this.closeRevoked(connection, CloseCode.CAPABILITY_CHANGED);
          }
        } catch (error) {
          const code =
            error instanceof CollabRefusal && error.code === CloseCode.DOCUMENT_ARCHIVED
              ? CloseCode.DOCUMENT_ARCHIVED
              : CloseCode.ACCESS_REVOKED;
          this.closeRevoked(connection, code);
        }
      }
    }
  }

  private closeRevoked(connection: CollabConnection, code: CloseCode): void {
    connection.close(code, CLOSE_REASONS[code]);
    this.leave(connection);
  }

  /** Sessions also end by expiry, which no event announces: look every 30 s. */
  private async recheckSessions(): Promise<void> {
    const connections = (await this.documents.all()).flatMap((d) => [...d.connections]);
    const sessionIds = [...new Set(connections.map((c) => c.user.sessionId))];
    for (const sessionId of sessionIds) {
      if (await this.sessions.isLive(sessionId).catch(() => true)) continue;
      for (const connection of connections) {
        if (connection.user.sessionId === sessionId)
          this.closeRevoked(connection, CloseCode.ACCESS_REVOKED);
      }
    }
  }

  private heartbeat(): void {
    for (const ws of this.wss.clients) {
      const socket = ws as WebSocket & { isAlive?: boolean };
      if (socket.isAlive === false) {
        socket.terminate();
        continue;
      }
      socket.isAlive = false;
      socket.ping();
    }
  }
}

function concerns(change: AccessChange, connection: CollabConnection): boolean {
  switch (change.kind) {
    case 'workspace':
      return connection.workspaceId === change.workspaceId;
    case 'user':
      return (
        connection.user.userId === change.userId &&
        connection.user.sessionId !== change.exceptSessionId
      );
    case 'session':
      return connection.user.sessionId === change.sessionId;
    case 'document':
      return connection.document.id === change.documentId;
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
