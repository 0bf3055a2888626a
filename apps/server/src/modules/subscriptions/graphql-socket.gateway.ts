import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { formatGraphQLError } from '../../platform/errors/index.js';
import { ROOT_LOGGER } from '../../platform/logging/index.js';
import { isAllowedOrigin } from '../../platform/web/origin-policy.js';
import { AccessEvents } from '../access/index.js';
import { SessionsService } from '../accounts/index.js';
import { GuestSessionsService } from '../share-links/index.js';
import { SocketClose } from './socket-close.js';
import { checkOperation } from './socket-operations.js';
import { endsSocket, socketKey, type SocketPrincipal } from './socket-principals.js';

const PATH = '/graphql';
/** Sockets one user (or one guest session) may hold on one instance (a browser tab holds one). */
const MAX_SOCKETS_PER_USER = 20;
/** How often open sockets' sessions are checked (sign-out elsewhere closes them). */
const SESSION_RECHECK_MS = 60_000;
/**
 * How often guests' sessions are checked (a link that expired, or was revoked on another
 * instance, closes its guests' sockets within seconds, as the collaboration endpoint does).
 */
const GUEST_RECHECK_MS = 4_000;

interface Opened {
  principal: SocketPrincipal;
}

/**
 * GraphQL subscriptions over graphql-ws at /graphql, beside Apollo's HTTP handler: the
 * upgrade is accepted only from an allowed Origin (PUBLIC_URL, COLLAB_ALLOWED_ORIGINS, the
 * page this server served) and a live session cookie — a user's, or a share-link guest's —
 * and refused otherwise by closing with a 44xx code before any GraphQL message is read.
 * Resolvers see `req.principal` as over HTTP (each decides what a guest may hear). A guest's
 * socket closes (4401) when its link is revoked or its session ends. See docs/adr/0026.
 */
@Injectable()
export class GraphQLSocketGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: 64 * 1024,
    perMessageDeflate: false,
  });
  private readonly opened = new WeakMap<WebSocket, Opened>();
  private readonly perUser = new Map<string, number>();
  private unsubscribe: () => void = () => undefined;
  private readonly upgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) =>
    this.onUpgrade(request, socket, head);
  private disposer?: { dispose(): void | Promise<void> };
  private timer?: NodeJS.Timeout;
  private guestTimer?: NodeJS.Timeout;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly sessions: SessionsService,
    private readonly guests: GuestSessionsService,
    private readonly accessEvents: AccessEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // The schema Apollo serves, built by the GraphQL module (global, outside this module).
    const schema: GraphQLSchema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    this.disposer = useServer(
      {
        schema,
        context: (ctx) => ({ req: { principal: this.opened.get(ctx.extra.socket)?.principal } }),
        onSubscribe: (ctx, _id, payload) => {
          const checked = checkOperation(
            schema,
            this.config.graphql,
            payload.query,
            payload.operationName,
            Object.keys(ctx.subscriptions).length - 1,
          );
          if (!checked.ok) return checked.errors;
          return {
            schema,
            document: checked.document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue: { req: { principal: this.opened.get(ctx.extra.socket)?.principal } },
          };
        },
        onNext: (_ctx, _id, _payload, _args, result) => formatResult(result, this.logger),
      },
      this.wss,
    );
    this.server().on('upgrade', this.upgradeListener);
    this.timer = setInterval(() => void this.recheckSessions(), SESSION_RECHECK_MS);
    this.timer.unref();
    this.guestTimer = setInterval(() => void this.recheckGuests(), GUEST_RECHECK_MS);
    this.guestTimer.unref();
    this.unsubscribe = this.accessEvents.subscribe((change) => {
      for (const socket of this.wss.clients) {
        const opened = this.opened.get(socket);
        if (opened && endsSocket(change, opened.principal)) this.endSession(socket);
      }
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.server().off('upgrade', this.upgradeListener);
    clearInterval(this.timer);
    clearInterval(this.guestTimer);
    this.unsubscribe();
    for (const socket of this.wss.clients) {
      socket.close(SocketClose.RESTARTING.code, SocketClose.RESTARTING.reason);
    }
    await this.disposer?.dispose();
    this.wss.close();
  }

  /** Sockets open on this instance. */
  get openSockets(): number {
    return this.wss.clients.size;
  }

  private server(): Server {
    return this.adapterHost.httpAdapter.getHttpServer() as Server;
  }

  private onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== PATH) return;
    void this.admit(request).then((refusal) => {
      this.wss.handleUpgrade(request, socket, head, (ws) => {
        ws.on('error', () => ws.terminate());
        if (!('principal' in refusal)) {
          ws.close(refusal.code, refusal.reason);
          return;
        }
        const key = socketKey(refusal.principal);
        this.opened.set(ws, refusal);
        this.perUser.set(key, (this.perUser.get(key) ?? 0) + 1);
        ws.once('close', () => {
          const left = (this.perUser.get(key) ?? 1) - 1;
          if (left > 0) this.perUser.set(key, left);
          else this.perUser.delete(key);
        });
        this.wss.emit('connection', ws, request);
      });
    });
  }

  /** Who opens the socket, or why not (checked before the handshake completes). */
  private async admit(
    request: IncomingMessage,
  ): Promise<Opened | (typeof SocketClose)[keyof typeof SocketClose]> {
    const { origin, host } = request.headers;
    if (!isAllowedOrigin(origin, host, this.config.collab.allowedOrigins)) {
      return SocketClose.ORIGIN_NOT_ALLOWED;
    }
    const principal = await this.sessions
      .principalFromCookies(request.headers.cookie)
      .catch(() => null);
    if (principal?.kind !== 'user' && principal?.kind !== 'guest') {
      return SocketClose.UNAUTHENTICATED;
    }
    if ((this.perUser.get(socketKey(principal)) ?? 0) >= MAX_SOCKETS_PER_USER) {
      return SocketClose.TOO_MANY_SOCKETS;
    }
    return { principal };
  }

  private async recheckSessions(): Promise<void> {
    for (const socket of this.wss.clients) {
      const principal = this.opened.get(socket)?.principal;
      if (principal?.kind !== 'user') continue;
      const live = await this.sessions.isLive(principal.sessionId).catch(() => true);
      if (!live) this.endSession(socket);
    }
  }

  /** Closes the sockets of guests whose session is no longer live (one statement for all). */
  private async recheckGuests(): Promise<void> {
    const held = new Map<WebSocket, string>();
    for (const socket of this.wss.clients) {
      const principal = this.opened.get(socket)?.principal;
      if (principal?.kind === 'guest') held.set(socket, principal.guestSessionId);
    }
    if (held.size === 0) return;
    const live = await this.guests.liveSessionIds([...new Set(held.values())]).catch(() => null);
    if (!live) return;
    for (const [socket, guestSessionId] of held) {
      if (!live.has(guestSessionId)) this.endSession(socket);
    }
  }

  private endSession(socket: WebSocket): void {
    socket.close(SocketClose.SESSION_ENDED.code, SocketClose.SESSION_ENDED.reason);
  }
}

/** Subscription results carry catalogue errors as over HTTP; anything else is hidden and logged. */
function formatResult(result: ExecutionResult, logger: Logger): ExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  return {
    ...result,
    errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), error, logger)),
  } as unknown as ExecutionResult;
}
