import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { AccessEvents, type AccessChange } from '../access/index.js';
import { EVENTS_CHANNEL } from '../events/index.js';
import { ACCESS_CHANNEL, parseAccessChange, parseLiveEvent, type LiveEvent } from './live-event.js';
import { LiveRepository } from './live.repository.js';
import {
  PgliteNoticeSource,
  PgNoticeSource,
  type NoticeSource,
  type PgliteListen,
} from './notice-source.js';

type EventListener = (event: LiveEvent) => void;
type AccessListener = (change: AccessChange) => void;

/**
 * The live feed of this instance: one LISTEN connection to the database receives every
 * committed event (NOTIFY from EventLog.record) and every access change (sign-outs,
 * removals, from any instance), and hands them to in-process subscribers. See
 * docs/adr/0020-live-updates.md.
 */
@Injectable()
export class LiveFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveFeed');
  private readonly source: NoticeSource & { ready: Promise<void> };
  private readonly brandListeners = new Map<string, Set<EventListener>>();
  private readonly eventListeners = new Set<EventListener>();
  private readonly accessListeners = new Set<AccessListener>();
  private readonly resumeListeners = new Set<() => void>();
  private unsubscribeAccess: () => void = () => undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    private readonly accessEvents: AccessEvents,
    private readonly repository: LiveRepository,
  ) {
    this.source =
      config.database.kind === 'postgres'
        ? new PgNoticeSource(config.database.url)
        : new PgliteNoticeSource(dataSource.options.driver as PgliteListen);
  }

  /** Starts listening once the database is migrated and the app is wired. */
  async onApplicationBootstrap(): Promise<void> {
    this.source.start(
      [EVENTS_CHANNEL, ACCESS_CHANNEL],
      (channel, payload) => this.receive(channel, payload),
      () => {
        for (const listener of this.resumeListeners) this.safely(listener, undefined);
      },
    );
    // Access changes happen on one instance; every instance's streams must hear of them.
    this.unsubscribeAccess = this.accessEvents.subscribe((change) => {
      this.repository.notify(ACCESS_CHANNEL, JSON.stringify(change)).catch((error: unknown) => {
        this.logger.warn(`Could not announce an access change: ${String(error)}`);
      });
    });
    await this.source.ready;
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribeAccess();
    await this.source.close();
  }

  /** Whether this instance is receiving notices now (false while its connection is re-made). */
  get listening(): boolean {
    return this.source.listening;
  }

  /** Events of one brand, in commit order; answers how to stop. */
  subscribeBrand(brandId: string, listener: EventListener): () => void {
    let listeners = this.brandListeners.get(brandId);
    if (!listeners) this.brandListeners.set(brandId, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.brandListeners.get(brandId) === listeners) {
        this.brandListeners.delete(brandId);
      }
    };
  }

  /** Every event (of any brand or none); answers how to stop. */
  subscribeAll(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Access changes from every instance; answers how to stop. */
  subscribeAccess(listener: AccessListener): () => void {
    this.accessListeners.add(listener);
    return () => this.accessListeners.delete(listener);
  }

  /** Called when the feed works again after its connection was lost (events were missed). */
  subscribeResumed(listener: () => void): () => void {
    this.resumeListeners.add(listener);
    return () => this.resumeListeners.delete(listener);
  }

  private receive(channel: string, payload: string): void {
    if (channel === ACCESS_CHANNEL) {
      const change = parseAccessChange(payload);
      if (change) for (const listener of this.accessListeners) this.safely(listener, change);
      return;
    }
    const event = parseLiveEvent(payload);
    if (!event) return;
    for (const listener of this.eventListeners) this.safely(listener, event);
    if (event.brandId) {
      for (const listener of this.brandListeners.get(event.brandId) ?? []) {
        this.safely(listener, event);
      }
    }
  }

  private safely<T>(listener: (value: T) => void, value: T): void {
    try {
      listener(value);
    } catch (error) {
      this.logger.error(`A live listener failed: ${String(error)}`);
    }
  }
}
