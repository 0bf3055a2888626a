import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { REDIS } from '../redis/index.js';
import { tooManyAttempts } from './too-many-attempts.js';
import { AUTH_LIMITS, type Limit, type LimitName, type Tracker } from './auth-limits.js';

/**
 * Counts attempts per limit and tracker with rate-limiter-flexible: in Redis when
 * REDIS_URL is set (so limits hold across instances), otherwise in memory.
 */
@Injectable()
export class RateLimitService {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(@Inject(REDIS) redis: Redis | null, @Inject(APP_CONFIG) config: AppConfig) {
    for (const [name, trackers] of Object.entries(AUTH_LIMITS)) {
      for (const [tracker, limit] of Object.entries(trackers) as Array<[Tracker, Limit]>) {
        const options = {
          keyPrefix: `${config.redisKeyPrefix}limit:${name}:${tracker}`,
          points: limit.points,
          duration: limit.durationSeconds,
          blockDuration: limit.blockSeconds,
        };
        this.limiters.set(
          `${name}:${tracker}`,
          redis
            ? new RateLimiterRedis({ ...options, storeClient: redis })
            : new RateLimiterMemory(options),
        );
      }
    }
  }

  /** Counts one attempt against every tracker of the limit; RATE_LIMITED when any is over. */
  async consume(name: LimitName, keys: Record<Tracker, string>): Promise<void> {
    let waitMs = 0;
    for (const tracker of Object.keys(keys) as Tracker[]) {
      const limiter = this.limiters.get(`${name}:${tracker}`)!;
      try {
        await limiter.consume(keys[tracker]);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        waitMs = Math.max(waitMs, error.msBeforeNext);
      }
    }
    if (waitMs > 0) throw tooManyAttempts(waitMs);
  }

  /** Gives one attempt back to a tracker (an attempt that turned out legitimate). */
  async reward(name: LimitName, tracker: Tracker, key: string): Promise<void> {
    await this.limiters.get(`${name}:${tracker}`)!.reward(key);
  }
}
