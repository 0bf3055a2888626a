import { TEAM_ROLES, type TeamRole } from '@chorus/permissions';

/**
 * Who may decide at a step: holders of a brand role, one named person, or the client (a
 * guest holding an approve share link to the document).
 */
export type Approver =
  { kind: 'role'; role: TeamRole } | { kind: 'user'; userId: string } | { kind: 'client' };

export const APPROVER_KINDS = ['role', 'user', 'client'] as const;
export const APPROVAL_RULES = ['any', 'all'] as const;
export type ApprovalRule = (typeof APPROVAL_RULES)[number];

/** One step of a flow as stored (in the flow, and copied into each request it starts). */
export interface FlowStep {
  name: string;
  /** any: one approval closes the step; all: every approver resolved for it must approve. */
  rule: ApprovalRule;
  approvers: Approver[];
  /** Reminder after this many minutes open; null: no due time. */
  dueMinutes: number | null;
  /** Someone holding `approval.skip` may skip it (audited). */
  skippable: boolean;
}

export const REQUEST_STATUSES = [
  'pending',
  'approved',
  'changes_requested',
  'rejected',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const DECISIONS = ['approve', 'request_changes', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];
/** What a decision row records: a person's decision, or a skip of the step. */
export type RecordedDecision = Decision | 'skip';

/** The kinds approvals know, with the matrix action that lets a person approve them. */
export const APPROVABLE_KINDS = {
  post: 'post.approve',
  strategy: 'strategy.approve',
  media_plan: 'mediaPlan.approve',
} as const;
export type ApprovableKind = keyof typeof APPROVABLE_KINDS;

export function isApprovableKind(kind: string): kind is ApprovableKind {
  return Object.hasOwn(APPROVABLE_KINDS, kind);
}

export function isTeamRoleName(value: string): value is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(value);
}

/** The roles a step names (for resolving and for the calendar's "on whom"). */
export function stepRoles(step: FlowStep): TeamRole[] {
  return step.approvers.flatMap((a) => (a.kind === 'role' ? [a.role] : []));
}

/** The people a step names. */
export function stepUserIds(step: FlowStep): string[] {
  return step.approvers.flatMap((a) => (a.kind === 'user' ? [a.userId] : []));
}

/** The key of the client's approval among a step's approvers (see {@link stepSatisfied}). */
export const CLIENT_APPROVER = 'client';

/** Whether the client (an approve share link) decides at the step. */
export function stepHasClient(step: FlowStep): boolean {
  return step.approvers.some((a) => a.kind === 'client');
}

/** The approvers a step waits on: the people resolved for it, and the client when named. */
export function stepApproverKeys(step: FlowStep, approverIds: readonly string[]): string[] {
  return stepHasClient(step) ? [...approverIds, CLIENT_APPROVER] : [...approverIds];
}

/**
 * Whether a step is closed by the approvals so far: any — one approval; all — every
 * approver resolved for it (when it opened, less those removed since) approved.
 */
export function stepSatisfied(
  rule: ApprovalRule,
  approverIds: readonly string[],
  approvedBy: ReadonlySet<string>,
): boolean {
  if (rule === 'any') return approvedBy.size > 0;
  return approverIds.length > 0 && approverIds.every((id) => approvedBy.has(id));
}
