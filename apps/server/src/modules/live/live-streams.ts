import { can } from '@chorus/permissions';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { HttpDrain } from '../../platform/graphql/index.js';
import { AccessService, pairKey, type AccessChange, type UserPrincipal } from '../access/index.js';
import { LIVE_LIMITS } from './live.constants.js';
import { LiveErrors } from './live.errors.js';
import { LiveRepository } from './live.repository.js';
import { ACCESS_EVENT_TYPES, type LiveEvent } from './live-event.js';
import { LiveFeed } from './live-feed.js';
import type { SseStream } from './sse-stream.js';

/** An open stream: who holds it, on which brand. */
export interface OpenStream {
  user: UserPrincipal;
  brandId: string;
  workspaceId: string;
  sse: SseStream;
}

/**
 * The open live streams of this instance and the rule that keeps them authorised:
 * before each event is sent to a brand's streams, their sessions and roles are checked
 * in bulk (a removed or signed-out user receives nothing more); access changes from any
 * instance close the concerned streams at once; the heartbeat re-checks all of them
 * (sessions also end by expiry, which nothing announces).
 */
@Injectable()
export class LiveStreams implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveStreams');
  private readonly streams = new Set<OpenStream>();
  /** Deliveries per brand run one after another, so events keep their commit order. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Events of a brand waiting for the next delivery: a burst shares one access check. */
  private readonly pending = new Map<string, LiveEvent[]>();
  private heartbeat: NodeJS.Timeout | null = null;
  private stopFeed: () => void = () => undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feed: LiveFeed,
    private readonly access: AccessService,
    private readonly repository: LiveRepository,
    private readonly drain: HttpDrain,
  ) {}

  onApplicationBootstrap(): void {
    // Told before the HTTP drain ends the connections (and again, for any left, on destroy).
    this.drain.register(() => this.closeAll());
    const stopAccess = this.feed.subscribeAccess((change) => this.onAccessChange(change));
    const stopEvents = this.feed.subscribeAll((event) => {
      if (ACCESS_EVENT_TYPES.has(event.type)) {
        this.enqueue(`workspace:${event.workspaceId}`, async () => {
          await this.recheck(this.inWorkspace(event.workspaceId));
        });
      }
      if (event.brandId && this.onBrand(event.brandId).length > 0)
        this.deliver(event.brandId, event);
    });
    // Events committed while the feed was down are lost: clients refetch on `resync`.
    const stopResumed = this.feed.subscribeResumed(() => {
      for (const stream of this.streams) stream.sse.resync();
    });
    this.stopFeed = () => {
      stopAccess();
      stopEvents();
      stopResumed();
    };
    this.heartbeat = setInterval(() => this.beat(), LIVE_LIMITS.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Ends every stream (their clients reconnect to another instance) and stops listening. */
  async onModuleDestroy(): Promise<void> {
    this.stopFeed();
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.closeAll();
  }

  /** Ends every stream with SERVER_SHUTDOWN (clients reconnect elsewhere), once flushed. */
  private async closeAll(): Promise<void> {
    await Promise.all([...this.streams].map((stream) => this.close(stream, 'SERVER_SHUTDOWN')));
  }

  /** The user's open streams on this instance. */
  countFor(userId: string): number {
    let count = 0;
    for (const stream of this.streams) if (stream.user.userId === userId) count += 1;
    return count;
  }

  /** Refuses when the user already holds the most streams allowed. */
  assertRoom(userId: string): void {
    if (this.countFor(userId) >= LIVE_LIMITS.streamsPerUser) {
      throw LiveErrors.tooManyStreams(LIVE_LIMITS.streamsPerUser);
    }
  }

  /** Adds an authorised stream; it receives its brand's events until it closes. */
  add(stream: OpenStream): void {
    this.streams.add(stream);
    stream.sse.onClose(() => this.streams.delete(stream));
  }

  private close(stream: OpenStream, reason: Parameters<SseStream['end']>[0]): Promise<void> {
    this.streams.delete(stream);
    return stream.sse.end(reason);
  }

  private enqueue(key: string, work: () => Promise<void>): void {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous
      .then(work)
      .catch((error: unknown) => this.logger.error(`Live delivery failed: ${String(error)}`))
      .finally(() => {
        if (this.queues.get(key) === next) this.queues.delete(key);
      });
    this.queues.set(key, next);
  }

  /**
   * Sends an event to the brand's streams that may still read the brand. Events arriving
   * while a delivery for the brand is queued join it, so a burst costs one access check.
   */
  private deliver(brandId: string, event: LiveEvent): void {
    const waiting = this.pending.get(brandId);
    if (waiting) {
      waiting.push(event);
      return;
    }
    this.pending.set(brandId, [event]);
    this.enqueue(`brand:${brandId}`, async () => {
      const events = this.pending.get(brandId) ?? [];
      this.pending.delete(brandId);
      for (const stream of await this.recheck(this.onBrand(brandId))) {
        for (const each of events) stream.sse.send(each);
      }
    });
  }

  /** Closes the streams that lost their session or the brand; answers those that remain. */
  private async recheck(streams: OpenStream[]): Promise<OpenStream[]> {
    const open = streams.filter((stream) => !stream.sse.closed);
    if (open.length === 0) return [];
    const sessions = await this.repository.liveSessions(
      open.map((stream) => stream.user.sessionId),
      this.config.session.idleMs,
    );
    const roles = await this.access.rolesOfPairs(
      open.map((stream) => ({ userId: stream.user.userId, brandId: stream.brandId })),
    );
    const kept: OpenStream[] = [];
    for (const stream of open) {
      const allowed =
        sessions.has(stream.user.sessionId) &&
        can(roles.get(pairKey(stream.user.userId, stream.brandId)) ?? [], 'brand.read');
      if (allowed) kept.push(stream);
      else void this.close(stream, 'ACCESS_REVOKED');
    }
    return kept;
  }

  private onAccessChange(change: AccessChange): void {
    switch (change.kind) {
      case 'session':
        for (const stream of [...this.streams]) {
          if (stream.user.sessionId === change.sessionId) void this.close(stream, 'ACCESS_REVOKED');
        }
        return;
      case 'user':
        for (const stream of [...this.streams]) {
          if (
            stream.user.userId === change.userId &&
            stream.user.sessionId !== change.exceptSessionId
          ) {
            void this.close(stream, 'ACCESS_REVOKED');
          }
        }
        return;
      case 'workspace':
        this.enqueue(`workspace:${change.workspaceId}`, async () => {
          await this.recheck(this.inWorkspace(change.workspaceId));
        });
        return;
      case 'document':
      case 'shareLink':
      case 'guestSessions':
        // Live streams are for signed-in people; guests hold none.
        return;
    }
  }

  private onBrand(brandId: string): OpenStream[] {
    return [...this.streams].filter((stream) => stream.brandId === brandId);
  }

  private inWorkspace(workspaceId: string): OpenStream[] {
    return [...this.streams].filter((stream) => stream.workspaceId === workspaceId);
  }

  private beat(): void {
    for (const stream of this.streams) stream.sse.heartbeat();
    this.enqueue('heartbeat', async () => {
      await this.recheck([...this.streams]);
    });
  }
}
