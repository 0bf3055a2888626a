import type { GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error.js';
import { ErrorCode, REQUEST_ERROR_CODES } from './error-codes.js';

/** graphql-js's token-limit message names the limit; the limits are not echoed. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens/;

export interface ErrorLogger {
  error(object: Record<string, unknown>, message: string): void;
}

/**
 * Turns any error into what a client may see: catalogued errors keep their
 * code and message; request errors from Apollo keep theirs; everything else
 * becomes "Internal server error" and is logged with its stack.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: ErrorLogger,
): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: original.extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return {
      message: TOKEN_LIMIT.test(formatted.message) ? 'The query is too long.' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  logger.error(
    {
      err:
        original instanceof Error ? { message: original.message, stack: original.stack } : original,
      path: formatted.path,
    },
    'Unhandled error in GraphQL request',
  );
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    if (current instanceof AppError) return current;
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (!next || next === current) return current;
    current = next;
  }
  return current;
}
