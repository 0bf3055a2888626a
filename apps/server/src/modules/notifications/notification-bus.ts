import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { REDIS } from '../../platform/redis/index.js';

/**
 * What the live side hears: a notification was added (`notificationId`), or only the
 * unread count changed (marked read). Identifiers only; subscribers load the rest as the
 * recipient.
 */
export interface NotificationSignal {
  userId: string;
  notificationId?: string;
}

type Listener = (signal: NotificationSignal) => void;

/**
 * Tells open subscriptions about their user's notifications, on every instance: through
 * Redis pub/sub when REDIS_URL is set (the subscriber holds a connection of its own,
 * `duplicate()` of the shared client), in-process otherwise.
 */
@Injectable()
export class NotificationBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationBus');
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly channel: string;
  private subscriber: Redis | null = null;

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.channel = `${config.redisKeyPrefix}notifications`;
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (_channel: string, message: string) => {
      const signal = parseSignal(message);
      if (signal) this.dispatch(signal);
    });
    this.subscriber.on('error', (error: Error) => this.logger.warn(error.message));
    await this.subscriber.subscribe(this.channel);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.subscriber && this.subscriber.status !== 'end') {
      await this.subscriber.quit().catch(() => undefined);
    }
  }

  async publish(signal: NotificationSignal): Promise<void> {
    if (!this.redis) {
      this.dispatch(signal);
      return;
    }
    await this.redis.publish(this.channel, JSON.stringify(signal));
  }

  /** Listens to one user's signals; answers the function that stops listening. */
  listen(userId: string, listener: Listener): () => void {
    let set = this.listeners.get(userId);
    if (!set) this.listeners.set(userId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(userId) === set) this.listeners.delete(userId);
    };
  }

  private dispatch(signal: NotificationSignal): void {
    for (const listener of this.listeners.get(signal.userId) ?? []) listener(signal);
  }
}

function parseSignal(message: string): NotificationSignal | null {
  try {
    const value = JSON.parse(message) as Partial<NotificationSignal>;
    if (typeof value.userId !== 'string') return null;
    return {
      userId: value.userId,
      ...(typeof value.notificationId === 'string' ? { notificationId: value.notificationId } : {}),
    };
  } catch {
    return null;
  }
}
