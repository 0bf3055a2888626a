import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { AppError } from './app-error.js';
import { ErrorCode } from './error-codes.js';

/** The HTTP status of each catalogued error on the plain-HTTP routes (/api/*). */
const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.INVALID_CREDENTIALS]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.VALIDATION]: 422,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.LAST_OWNER]: 409,
  [ErrorCode.INVITATION_INVALID]: 410,
  [ErrorCode.INVALID_TRANSITION]: 409,
  [ErrorCode.POST_ARCHIVED]: 409,
  [ErrorCode.APPROVAL_NO_FLOW]: 409,
  [ErrorCode.APPROVAL_ALREADY_OPEN]: 409,
  [ErrorCode.APPROVAL_CLOSED]: 409,
  [ErrorCode.APPROVAL_STEP_NOT_OPEN]: 409,
  [ErrorCode.APPROVAL_NOT_YOUR_STEP]: 403,
  [ErrorCode.APPROVAL_ALREADY_DECIDED]: 409,
  [ErrorCode.APPROVAL_VERSION_NOT_CURRENT]: 409,
  [ErrorCode.APPROVAL_STEP_NOT_SKIPPABLE]: 409,
  [ErrorCode.TONE_RULE_INVALID]: 422,
  [ErrorCode.TONE_GUIDELINE_CONFLICT]: 409,
  [ErrorCode.TONE_CHECK_BLOCKED]: 409,
  [ErrorCode.TONE_OVERRIDE_REASON_REQUIRED]: 422,
  [ErrorCode.COMMENT_TOO_LONG]: 413,
  [ErrorCode.COMMENT_MENTION_REFUSED]: 422,
  [ErrorCode.COMMENT_DELETE_WINDOW_CLOSED]: 409,
  [ErrorCode.COMMENT_GONE]: 409,
  [ErrorCode.SHARE_LINK_PASSWORD_REQUIRED]: 401,
  [ErrorCode.SHARE_LINK_PASSWORD_INVALID]: 401,
  [ErrorCode.GUEST_EMAIL_CODE_INVALID]: 422,
  [ErrorCode.GUEST_EMAIL_UNCONFIRMED]: 403,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * Hands GraphQL resolver errors to Apollo untouched. Without it Nest logs every thrown
 * error — including expected ones such as a wrong password — as "ExceptionsHandler"
 * errors; `formatGraphQLError` logs the unexpected ones, once, with their stack.
 * On HTTP routes a catalogued error answers `{ error: { code, message, … } }` with its
 * status; anything else keeps Nest's own handling (JSON answers, no stack traces).
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    if (exception instanceof AppError && host.getType() === 'http') {
      const response = host.switchToHttp().getResponse<Response>();
      response
        .status(HTTP_STATUS[exception.code])
        .json({ error: { message: exception.message, ...exception.extensions } });
      return undefined;
    }
    super.catch(exception, host);
    return undefined;
  }
}
