import { AppError, ErrorCode } from '../errors/index.js';

/** RATE_LIMITED with the wait in words and `extensions.retryAfterSeconds`. */
export function tooManyAttempts(waitMs: number, what = 'attempts'): AppError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  const wait =
    seconds < 60
      ? `${seconds} second${seconds === 1 ? '' : 's'}`
      : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new AppError(ErrorCode.RATE_LIMITED, `Too many ${what}. Try again in ${wait}.`, {
    details: { retryAfterSeconds: seconds },
  });
}
