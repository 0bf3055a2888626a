import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The approvals module's refusals (the server's error catalogue). */
export const APPROVAL_ERROR_CODES = [
  'APPROVAL_NO_FLOW',
  'APPROVAL_ALREADY_OPEN',
  'APPROVAL_CLOSED',
  'APPROVAL_STEP_NOT_OPEN',
  'APPROVAL_NOT_YOUR_STEP',
  'APPROVAL_ALREADY_DECIDED',
  'APPROVAL_VERSION_NOT_CURRENT',
  'APPROVAL_STEP_NOT_SKIPPABLE',
] as const;

export type ApprovalErrorCode = (typeof APPROVAL_ERROR_CODES)[number];

/**
 * The approval refusal a failed request carries, or null for any other problem (which the
 * app's shared problem messages describe). The shared reader knows only the platform's
 * codes, so the feature reads its own here.
 */
export function approvalErrorCode(error: unknown): ApprovalErrorCode | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return APPROVAL_ERROR_CODES.find((known) => known === code) ?? null;
}
