import {
  applyDecorators,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  UseInterceptors,
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { defer, lastValueFrom, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { REDIS } from '../redis/index.js';
import { OPERATION_LIMITS, type OperationName } from './operation-limits.js';
import { tooManyAttempts } from './too-many-attempts.js';
import { WorkQueue } from './work-queue.js';

const OPERATION = 'chorus:expensive-operation';

function operationOf(reflector: Reflector, context: ExecutionContext): OperationName | undefined {
  return reflector.get<OperationName | undefined>(OPERATION, context.getHandler());
}

/** Who is calling: the signed-in user, else the client address (GraphQL or plain HTTP). */
function callerKey(context: ExecutionContext): string {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
      : context.switchToHttp().getRequest<Request>();
  const principal = (request as { principal?: { kind: string; userId?: string } }).principal;
  return principal?.kind === 'user' && principal.userId
    ? `user:${principal.userId}`
    : `address:${request.ip ?? 'unknown'}`;
}

/** Counts each call against the operation's per-user rate; RATE_LIMITED once over it. */
@Injectable()
export class OperationRateGuard implements CanActivate {
  private readonly limiters = new Map<OperationName, RateLimiterAbstract>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(REDIS) redis: Redis | null,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    for (const [name, limit] of Object.entries(OPERATION_LIMITS) as Array<
      [OperationName, (typeof OPERATION_LIMITS)[OperationName]]
    >) {
      const options = {
        keyPrefix: `${config.redisKeyPrefix}operation:${name}`,
        points: limit.perUser,
        duration: limit.windowSeconds,
      };
      this.limiters.set(
        name,
        redis
          ? new RateLimiterRedis({ ...options, storeClient: redis })
          : new RateLimiterMemory(options),
      );
    }
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = operationOf(this.reflector, context);
    if (!name) return true;
    try {
      await this.limiters.get(name)!.consume(callerKey(context));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw tooManyAttempts(error.msBeforeNext, 'requests');
    }
    return true;
  }
}

/** Runs the operation through its per-instance WorkQueue (a few at once, a short line). */
@Injectable()
export class OperationQueueInterceptor implements NestInterceptor {
  private readonly queues = new Map<OperationName, WorkQueue>();

  constructor(private readonly reflector: Reflector) {
    for (const [name, limit] of Object.entries(OPERATION_LIMITS) as Array<
      [OperationName, (typeof OPERATION_LIMITS)[OperationName]]
    >) {
      this.queues.set(name, new WorkQueue(limit.concurrent, limit.queued));
    }
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const name = operationOf(this.reflector, context);
    if (!name) return next.handle();
    const queue = this.queues.get(name)!;
    return defer(() => queue.run(() => lastValueFrom(next.handle())));
  }
}

/**
 * Puts a costly resolver under OPERATION_LIMITS[name]: a per-user rate (Redis when
 * REDIS_URL is set) and a per-instance cap on concurrent runs. One line per resolver (or
 * plain-HTTP route).
 */
export const ExpensiveOperation = (name: OperationName) =>
  applyDecorators(
    SetMetadata(OPERATION, name),
    UseGuards(OperationRateGuard),
    UseInterceptors(OperationQueueInterceptor),
  );
