import { AppError, ErrorCode } from '../../platform/errors/index.js';

/** The live module's refusals (codes in the platform's error catalogue). */
export const LiveErrors = {
  /** The user already holds the most streams allowed; `extensions.limit` says how many. */
  tooManyStreams(limit: number): AppError {
    return new AppError(
      ErrorCode.RATE_LIMITED,
      `You have ${limit} live views open already; close one (another tab or device) and try again.`,
      { details: { reason: 'TOO_MANY_STREAMS', limit } },
    );
  },
};
