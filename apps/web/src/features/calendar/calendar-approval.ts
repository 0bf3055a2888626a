import type { CalendarPost } from './calendar-events';

/**
 * Where a post's approval stands on the calendar. NONE: no request (no flow, or not
 * submitted); the others follow the post's current approval request.
 */
export type ApprovalState = 'NONE' | 'PENDING' | 'CHANGES_REQUESTED' | 'REJECTED' | 'APPROVED';

/** The approval filter's values: the states, and LATE (not approved by its publish time). */
export type ApprovalFilterValue = ApprovalState | 'LATE';

export const APPROVAL_FILTER_VALUES: readonly ApprovalFilterValue[] = [
  'NONE',
  'PENDING',
  'CHANGES_REQUESTED',
  'REJECTED',
  'APPROVED',
  'LATE',
];

/** The marker drawn on an event per state (NONE draws none). */
export const APPROVAL_MARKS: Readonly<Record<ApprovalState, string>> = {
  NONE: '',
  PENDING: '⏳',
  CHANGES_REQUESTED: '✎',
  REJECTED: '✕',
  APPROVED: '✓',
};

/**
 * A post's approval state. The calendar query carries the post's status: IN_REVIEW while a
 * request is open, APPROVED after its last approval (the server's approvals alone set them).
 */
export function approvalStateOf(post: Pick<CalendarPost, 'status'>): ApprovalState {
  switch (post.status) {
    case 'IN_REVIEW':
      return 'PENDING';
    case 'APPROVED':
      return 'APPROVED';
    case 'DRAFT':
    case 'READY':
    case 'SCHEDULED':
    case 'PUBLISHED':
    case 'ARCHIVED':
      return 'NONE';
  }
}

/**
 * Whether a post is on the calendar but not approved by its time: it is under review (or
 * sent back) and its publish time has come.
 */
export function isLateForApproval(
  post: Pick<CalendarPost, 'status' | 'publishAt' | 'archived'>,
  now: number,
): boolean {
  if (post.archived) return false;
  const state = approvalStateOf(post);
  if (state === 'NONE' || state === 'APPROVED') return false;
  const at = typeof post.publishAt === 'string' ? Date.parse(post.publishAt) : Number.NaN;
  return !Number.isNaN(at) && at <= now;
}

/** Whether a post matches one value of the approval filter. */
export function matchesApproval(
  post: Pick<CalendarPost, 'status' | 'publishAt' | 'archived'>,
  value: ApprovalFilterValue,
  now: number,
): boolean {
  return value === 'LATE' ? isLateForApproval(post, now) : approvalStateOf(post) === value;
}

export function isApprovalFilterValue(value: string): value is ApprovalFilterValue {
  return (APPROVAL_FILTER_VALUES as readonly string[]).includes(value);
}
