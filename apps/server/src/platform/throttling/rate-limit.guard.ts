import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { LimitName } from './auth-limits.js';
import { RateLimitService } from './rate-limit.service.js';

const RATE_LIMIT = 'chorus:rate-limit';

/** Puts a resolver under one of the AUTH_LIMITS (use with `@UseGuards(RateLimitGuard)`). */
export const RateLimit = (name: LimitName) => SetMetadata(RATE_LIMIT, name);

/**
 * Applies the resolver's limit per client address and per account (the email in the
 * input). Guards run once per resolved field, so attempts packed into one request
 * through aliases are counted one by one.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<LimitName | undefined>(RATE_LIMIT, context.getHandler());
    if (!name) return true;
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<{ req: Request }>().req;
    const email = gql.getArgs<{ input?: { email?: unknown } }>().input?.email;
    await this.limits.consume(name, {
      address: request.ip ?? 'unknown',
      account: typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : 'unknown',
    });
    return true;
  }
}
