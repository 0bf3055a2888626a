import { AppError, ErrorCode } from '../../platform/errors/index.js';

/** The share-links module's refusals (codes in the platform's error catalogue). */
export const ShareLinkErrors = {
  /** Unknown, revoked, expired, or its resource archived: one answer for all. */
  deadLink(): AppError {
    return AppError.notFound('The link');
  },
  /** A report link reads the results and nothing more: no comments, no approvals. */
  reportViewOnly(): AppError {
    return AppError.validation(
      'capability',
      'A link to the KPI report only lets the client view it: choose VIEW.',
    );
  },
  passwordRequired(): AppError {
    return new AppError(
      ErrorCode.SHARE_LINK_PASSWORD_REQUIRED,
      'This link is protected: enter its password.',
      { field: 'password' },
    );
  },
  passwordInvalid(): AppError {
    return new AppError(ErrorCode.SHARE_LINK_PASSWORD_INVALID, 'The password is not right.', {
      field: 'password',
    });
  },
  codeInvalid(reason: 'wrong' | 'expired' | 'too_many_attempts'): AppError {
    const messages = {
      wrong: 'The code is not right.',
      expired: 'The code has expired: open the link again to get a new one.',
      too_many_attempts: 'Too many wrong codes: open the link again to get a new one.',
    } as const;
    return new AppError(ErrorCode.GUEST_EMAIL_CODE_INVALID, messages[reason], {
      field: 'code',
      details: { reason },
    });
  },
  emailUnconfirmed(): AppError {
    return new AppError(
      ErrorCode.GUEST_EMAIL_UNCONFIRMED,
      'Confirm your email with the code we sent before deciding.',
    );
  },
};
