import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { REDIS } from '../redis/index.js';
import { LOGIN_LIMITS, loginDelaySeconds, type LoginOperation } from './login-limits.js';
import { tooManyAttempts } from './too-many-attempts.js';

/** Who is trying: the account, the client's address, and the device id when it is known. */
export interface LoginAttempt {
  /** A stable key for the account (normalised email, or user id). */
  account: string;
  address: string;
  /** The id of a device cookie that signed in to this account before, else null. */
  knownDevice: string | null;
}

interface Limiters {
  failures: RateLimiterAbstract;
  delays: RateLimiterAbstract;
  account: RateLimiterAbstract;
  address: RateLimiterAbstract;
}

/**
 * Throttles password checks (see LOGIN_LIMITS). Call `check` before verifying a password,
 * then `failed` or `succeeded`. Counters live in Redis when REDIS_URL is set.
 */
@Injectable()
export class LoginThrottleService {
  private readonly limiters = new Map<LoginOperation, Limiters>();

  constructor(@Inject(REDIS) redis: Redis | null, @Inject(APP_CONFIG) config: AppConfig) {
    const make = (options: IRateLimiterOptions): RateLimiterAbstract =>
      redis
        ? new RateLimiterRedis({ ...options, storeClient: redis })
        : new RateLimiterMemory(options);
    for (const operation of ['signIn', 'changePassword', 'sharePassword'] as const) {
      const prefix = `${config.redisKeyPrefix}login:${operation}`;
      const { account, address } = LOGIN_LIMITS;
      this.limiters.set(operation, {
        failures: make({
          keyPrefix: `${prefix}:failures`,
          points: 1_000_000,
          duration: LOGIN_LIMITS.failureMemorySeconds,
        }),
        delays: make({
          keyPrefix: `${prefix}:delay`,
          points: 1,
          duration: LOGIN_LIMITS.maxDelaySeconds,
        }),
        account: make({
          keyPrefix: `${prefix}:account`,
          points: account.points,
          duration: account.durationSeconds,
          blockDuration: account.blockSeconds,
        }),
        address: make({
          keyPrefix: `${prefix}:address`,
          points: address.points,
          duration: address.durationSeconds,
          blockDuration: address.blockSeconds,
        }),
      });
    }
  }

  /**
   * Refuses with RATE_LIMITED while the attempt's pair is in its delay or, for a client
   * without the account's device cookie, while the account or address is over its limit.
   * Reserves one failure on the account and address limits (given back on success), so
   * parallel guesses cannot all slip through before their failures are counted.
   */
  async check(operation: LoginOperation, attempt: LoginAttempt): Promise<void> {
    const limiters = this.get(operation);
    const delay = await limiters.delays.get(pairKey(attempt));
    if (delay && delay.consumedPoints > 1 && delay.msBeforeNext > 0) {
      throw tooManyAttempts(delay.msBeforeNext);
    }
    if (attempt.knownDevice) return;
    let waitMs = 0;
    const reserved: RateLimiterAbstract[] = [];
    for (const [limiter, key] of [
      [limiters.account, attempt.account],
      [limiters.address, attempt.address],
    ] as const) {
      try {
        await limiter.consume(key);
        reserved.push(limiter);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        waitMs = Math.max(waitMs, error.msBeforeNext);
      }
    }
    if (waitMs > 0) {
      // Refused attempts check no password, so they are not failures: give back the rest.
      for (const limiter of reserved) {
        await limiter.reward(limiter === limiters.account ? attempt.account : attempt.address);
      }
      throw tooManyAttempts(waitMs);
    }
  }

  /** Records a wrong password: the pair's next delay doubles. */
  async failed(operation: LoginOperation, attempt: LoginAttempt): Promise<void> {
    const limiters = this.get(operation);
    const key = pairKey(attempt);
    const result = await limiters.failures.consume(key);
    const seconds = loginDelaySeconds(result.consumedPoints);
    if (seconds > 0) await limiters.delays.block(key, seconds);
  }

  /** Records a right password: nothing of this attempt counts, the pair starts afresh. */
  async succeeded(operation: LoginOperation, attempt: LoginAttempt): Promise<void> {
    const limiters = this.get(operation);
    const key = pairKey(attempt);
    await Promise.all([limiters.failures.delete(key), limiters.delays.delete(key)]);
    if (!attempt.knownDevice) {
      await limiters.account.reward(attempt.account);
      await limiters.address.reward(attempt.address);
    }
  }

  private get(operation: LoginOperation): Limiters {
    return this.limiters.get(operation)!;
  }
}

function pairKey(attempt: LoginAttempt): string {
  return attempt.knownDevice
    ? `${attempt.account}|device:${attempt.knownDevice}`
    : `${attempt.account}|address:${attempt.address}`;
}
