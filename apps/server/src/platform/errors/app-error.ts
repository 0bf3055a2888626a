import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes.js';

/**
 * An error whose message is safe to show to the caller. Services throw these;
 * anything else reaching a client becomes "Internal server error".
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: { field?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message, {
      extensions: {
        code,
        ...(extra.field ? { field: extra.field } : {}),
        ...(extra.details ?? {}),
      },
    });
    this.name = 'AppError';
  }

  static unauthenticated(message = 'Sign in to continue.'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'You do not have permission to do this.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(what = 'The resource'): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }

  static validation(field: string, message: string): AppError {
    return new AppError(ErrorCode.VALIDATION, message, { field });
  }

  /** Something is over its size limit; `extensions.limitBytes` carries the limit. */
  static payloadTooLarge(message: string, limitBytes: number): AppError {
    return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, message, { details: { limitBytes } });
  }

  static conflict(message: string, field?: string): AppError {
    return new AppError(ErrorCode.CONFLICT, message, field ? { field } : {});
  }
}

/**
 * For `.catch()` after a check on a parent (e.g. the workspace of a team): a NOT_FOUND
 * becomes "`what` was not found", so a real id elsewhere answers exactly as an unknown
 * id does; any other error passes through.
 */
export function notFoundAs(what: string): (error: unknown) => never {
  return (error: unknown) => {
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) {
      throw AppError.notFound(what);
    }
    throw error;
  };
}
