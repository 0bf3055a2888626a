import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Hands GraphQL resolver errors to Apollo untouched. Without it Nest logs every thrown
 * error — including expected ones such as a wrong password — as "ExceptionsHandler"
 * errors; `formatGraphQLError` logs the unexpected ones, once, with their stack.
 * HTTP routes keep Nest's own handling (JSON answers, no stack traces).
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    super.catch(exception, host);
    return undefined;
  }
}
