import type { ApprovalState } from '../../gql/graphql';
import type { CalendarPost } from './calendar-events';

export type { ApprovalState };

/** The approval filter's values: the states, and LATE (would go out unapproved). */
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

/** A post's approval state, from its latest request (the calendar query answers it). */
export function approvalStateOf(post: Pick<CalendarPost, 'approvalState'>): ApprovalState {
  return post.approvalState;
}

/**
 * Whether a post would go out unapproved: a flow applies, it is not approved, and it is
 * scheduled or its publish time has passed (the server decides, in the calendar's query).
 */
export function isLateForApproval(
  post: Pick<CalendarPost, 'approvalFlagged' | 'archived'>,
): boolean {
  return post.approvalFlagged && !post.archived;
}

/** Whether a post matches one value of the approval filter. */
export function matchesApproval(
  post: Pick<CalendarPost, 'approvalState' | 'approvalFlagged' | 'archived'>,
  value: ApprovalFilterValue,
): boolean {
  return value === 'LATE' ? isLateForApproval(post) : post.approvalState === value;
}

export function isApprovalFilterValue(value: string): value is ApprovalFilterValue {
  return (APPROVAL_FILTER_VALUES as readonly string[]).includes(value);
}
