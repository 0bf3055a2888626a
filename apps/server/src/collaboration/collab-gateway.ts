import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  CLOSE_REASONS,
  CloseCode,
  COLLAB_LIMITS,
  COLLAB_PATH_PREFIX,
  documentIdFromPath,
  SCHEMA_PARAM,
  schemaAccepted,
} from '@chorus/collab-protocol';
import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Logger } from 'pino';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { APP_CONFIG, type AppConfig } from '../platform/config/index.js';
import { HttpDrain } from '../platform/graphql/index.js';
import { MetricsService } from '../platform/health/index.js';
import { ROOT_LOGGER } from '../platform/logging/index.js';
import { closeOffender, CollabConnection } from './collab-connection.js';
import { CollabRefusal } from './collab-refusal.js';
import { DocumentStore } from './document-store.js';
import { COLLAB_FANOUT } from './fanout.provider.js';
import type { Fanout } from './fanout.js';
import { COLLAB_HOOKS, LimitsHook, type CollabHook, type ConnectContext } from './hooks/index.js';
import { LiveDocuments } from './live-documents.js';
import { MessageDispatch } from './message-dispatch.js';
import { isAllowedOrigin } from '../platform/web/origin-policy.js';
import { RevocationPolicy } from './revocation-policy.js';
import { UserSockets } from './user-sockets.js';

/** Frames that may wait while a socket is being authenticated and its document loaded. */
const MAX_EARLY_FRAMES = 100;
const HEARTBEAT_MS = 30_000;
const SESSION_RECHECK_MS = 30_000;
/** Guest sockets end with their share link's expiry: looked at often, in one statement. */
const GUEST_RECHECK_MS = 4_000;

type LiveSocket = WebSocket & { isAlive?: boolean };

/** Refusals for breaking a frame limit: the socket is cut (closeOffender), not just closed. */
const FRAME_LIMIT_CODES: ReadonlySet<number> = new Set([
  CloseCode.MESSAGE_TOO_LARGE,
  CloseCode.RATE_LIMITED,
  CloseCode.PRESENCE_LIMIT,
]);

/**
 * The collaboration endpoint: `/collab/<documentId>` on the server's own HTTP port,
 * speaking the plain y-websocket protocol. This file owns the sockets' lifecycle —
 * upgrade (origin), connect hooks (hooks/index.ts, in order), the per-user cap, joining,
 * leaving, heartbeats and shutdown. What a frame does is message-dispatch.ts; who loses
 * access is revocation-policy.ts. A refusal closes that one socket with a documented code.
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
  /** Open sockets per user on this instance (COLLAB_MAX_SOCKETS_PER_USER). */
  readonly userSockets: UserSockets;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(COLLAB_HOOKS) private readonly hooks: CollabHook[],
    private readonly documents: LiveDocuments,
    private readonly store: DocumentStore,
    readonly limits: LimitsHook,
    private readonly dispatch: MessageDispatch,
    private readonly revocation: RevocationPolicy,
    private readonly metrics: MetricsService,
    @Inject(COLLAB_FANOUT) private readonly fanout: Fanout,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    drain: HttpDrain,
  ) {
    this.userSockets = new UserSockets(config.collab.maxSocketsPerUser);
    // Apollo's HTTP drain (run before the hooks below) ends every socket without a request in
    // flight, upgraded ones too: say 1012 first, or clients see 1006 and cannot tell a restart.
    drain.register(() => {
      this.goingAway();
      return Promise.resolve();
    });
  }

  /** Stops taking sockets and closes every open one with 1012 (reconnect: another instance). */
  private goingAway(): void {
    this.stopping = true;
    for (const ws of this.wss.clients) {
      if (ws.readyState === ws.OPEN) {
        ws.close(CloseCode.SERVICE_RESTART, CLOSE_REASONS[CloseCode.SERVICE_RESTART]);
      }
    }
  }

  /** Sockets open at the protocol level, counting those still closing (until destroyed). */
  get openSockets(): number {
    return this.wss.clients.size;
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    server.on('upgrade', this.upgradeListener);
    this.revocation.start((connection, code) => this.closeWith(connection, code));
    this.timers = [
      setInterval(() => this.heartbeat(), HEARTBEAT_MS),
      setInterval(() => void this.revocation.recheckSessions(), SESSION_RECHECK_MS),
      setInterval(() => void this.revocation.recheckGuests(), GUEST_RECHECK_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.goingAway();
    const server = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    server.off('upgrade', this.upgradeListener);
    for (const timer of this.timers) clearInterval(timer);
    this.revocation.stop();
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
      // A page of another site: refused before anything is read (the stock client stops on 4403).
      const { origin, host } = request.headers;
      if (!isAllowedOrigin(origin, host, this.config.collab.allowedOrigins)) {
        this.refuse(ws, new CollabRefusal(CloseCode.FORBIDDEN, 'origin not allowed'));
        return;
      }
      const documentId = documentIdFromPath(url.pathname);
      if (!documentId) {
        this.refuse(ws, new CollabRefusal(CloseCode.NOT_FOUND));
        return;
      }
      // An editor built for an older content schema would drop what newer ones wrote.
      if (!schemaAccepted(url.searchParams.get(SCHEMA_PARAM))) {
        this.refuse(ws, new CollabRefusal(CloseCode.RELOAD_REQUIRED));
        return;
      }
      void this.accept(ws, { request, url, documentId });
    });
  }

  private async accept(ws: WebSocket, context: ConnectContext): Promise<void> {
    // Every frame is screened as it arrives (size, rate, presence bytes), from the first
    // one: an offender is cut before it is authenticated, queued or parsed.
    const budget = this.limits.newBudget();
    let offended = false;
    const screen = (data: RawData): Uint8Array | null => {
      const frame = toBytes(data);
      try {
        this.limits.screenFrame(budget, frame);
        return frame;
      } catch (error) {
        offended = true;
        this.cut(ws, error);
        return null;
      }
    };
    // Frames that arrive before the socket is ready wait here, unread (size-capped by ws).
    const early: Array<{ frame: Uint8Array; isBinary: boolean }> = [];
    let overflow = false;
    const buffer = (data: RawData, isBinary: boolean) => {
      if (offended) return;
      const frame = screen(data);
      if (!frame) return;
      if (early.length >= MAX_EARLY_FRAMES) overflow = true;
      else early.push({ frame, isBinary });
    };
    ws.on('message', buffer);
    let closedEarly = false;
    ws.once('close', () => (closedEarly = true));
    try {
      for (const hook of this.hooks) await hook.onConnect?.(context);
    } catch (error) {
      if (!offended) this.refuse(ws, error);
      return;
    }
    const document = context.document!;
    const user = context.user!;
    ws.off('message', buffer);
    if (closedEarly || offended) {
      this.documents.releaseIfUnused(document);
      return;
    }
    if (!this.userSockets.admit(user.userId)) {
      this.refuse(ws, new CollabRefusal(CloseCode.TOO_MANY_CONNECTIONS));
      this.documents.releaseIfUnused(document);
      return;
    }
    const connection = new CollabConnection(
      ws,
      document,
      user,
      context.capability!,
      context.workspaceId!,
      budget,
    );
    document.connections.add(connection);
    for (const hook of this.hooks) hook.onJoin?.(connection);
    (ws as LiveSocket).isAlive = true;
    ws.on('pong', () => ((ws as LiveSocket).isAlive = true));
    ws.on('message', (data, isBinary) => {
      // Frames ws had already read when the socket was refused are dropped unread.
      if (connection.refused) return;
      const frame = toBytes(data);
      try {
        this.limits.screenFrame(budget, frame);
      } catch (error) {
        this.drop(connection, error);
        return;
      }
      this.enqueue(connection, frame, isBinary);
    });
    ws.on('close', () => this.leave(connection));
    ws.on('error', () => this.leave(connection));
    connection.send(document.syncStep1());
    const presence = document.presence();
    if (presence) connection.send(presence);
    if (overflow) {
      this.drop(connection, new CollabRefusal(CloseCode.RATE_LIMITED));
      return;
    }
    for (const { frame, isBinary } of early) this.enqueue(connection, frame, isBinary);
  }

  private enqueue(connection: CollabConnection, frame: Uint8Array, isBinary: boolean): void {
    connection.queue = connection.queue.then(async () => {
      // Frames a client sent before it went away are still applied; after a refusal, none.
      if (connection.refused) return;
      try {
        await this.dispatch.dispatch(connection, frame, isBinary);
      } catch (error) {
        this.drop(connection, error);
      }
    });
  }

  /** Cuts a socket that broke a frame limit before it joined (see closeOffender). */
  private cut(ws: WebSocket, error: unknown): void {
    const refusal = error instanceof CollabRefusal ? error : new CollabRefusal(CloseCode.FORBIDDEN);
    this.metrics.collabRejectedFrames.inc({ reason: String(refusal.code) });
    closeOffender(ws, refusal.code, refusal.reason);
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
    if (FRAME_LIMIT_CODES.has(refusal.code)) connection.cut(refusal.code, refusal.reason);
    else connection.close(refusal.code, refusal.reason);
    this.leave(connection);
  }

  private closeWith(connection: CollabConnection, code: CloseCode): void {
    connection.close(code, CLOSE_REASONS[code]);
    this.leave(connection);
  }

  private leave(connection: CollabConnection): void {
    if (connection.left) return;
    connection.left = true;
    connection.closed = true;
    this.userSockets.release(connection.user.userId);
    // Let frames already received finish before the connection stops holding the document.
    void connection.queue.then(() => {
      for (const hook of this.hooks) hook.onLeave?.(connection);
      this.documents.release(connection);
    });
  }

  private heartbeat(): void {
    for (const ws of this.wss.clients) {
      const socket = ws as LiveSocket;
      if (socket.isAlive === false) {
        socket.terminate();
        continue;
      }
      socket.isAlive = false;
      socket.ping();
    }
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
