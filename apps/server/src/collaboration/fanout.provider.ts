import type { Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../platform/config/index.js';
import { REDIS } from '../platform/redis/index.js';
import { LocalFanout, RedisFanout, type Fanout } from './fanout.js';

/** Injection token for the {@link Fanout}: Redis when REDIS_URL is set, else in-process. */
export const COLLAB_FANOUT = Symbol('COLLAB_FANOUT');

export const fanoutProvider: Provider = {
  provide: COLLAB_FANOUT,
  inject: [REDIS, APP_CONFIG],
  useFactory: (redis: Redis | null, config: AppConfig): Fanout =>
    redis
      ? new RedisFanout(redis, {
          prefix: config.redisKeyPrefix,
          coalesceMs: config.collab.fanoutCoalesceMs,
        })
      : new LocalFanout(),
};
