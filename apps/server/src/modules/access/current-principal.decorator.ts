import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { ANONYMOUS, type Principal } from './principal.js';

/** The request's principal, set by the session middleware (anonymous when none). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const request = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
    return request.principal ?? ANONYMOUS;
  },
);
