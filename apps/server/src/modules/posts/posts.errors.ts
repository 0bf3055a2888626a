import type { PostStatus } from '@chorus/post-model';
import { AppError, ErrorCode } from '../../platform/errors/index.js';

/** The post module's refusals (codes in the platform's error catalogue). */
export const PostErrors = {
  /** The status machine has no edge from `from` to `to` (or its precondition fails). */
  invalidTransition(
    from: PostStatus,
    to: PostStatus,
    allowed: readonly PostStatus[],
    reason?: string,
  ): AppError {
    return new AppError(
      ErrorCode.INVALID_TRANSITION,
      reason ??
        `A ${from} post cannot become ${to}; it can become ${allowed.join(' or ') || 'nothing else'}.`,
      { field: 'to', details: { from, to, allowed: [...allowed] } },
    );
  },

  /** Archived posts (by status or with their document) change only by being restored. */
  archived(): AppError {
    return new AppError(
      ErrorCode.POST_ARCHIVED,
      'The post is archived; restore it before changing it.',
    );
  },
};
