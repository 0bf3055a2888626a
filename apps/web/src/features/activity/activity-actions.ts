/** The actions the audit log records (the server's event types), in menu order. */
export const ACTIVITY_ACTIONS = [
  'member.joined',
  'member.role_changed',
  'member.removed',
  'invitation.created',
  'invitation.revoked',
  'team.created',
  'team.renamed',
  'team.deleted',
  'team.member_roles_changed',
  'brand.created',
  'brand.updated',
  'brand.archived',
  'brand.restored',
  'brand.teams_changed',
  'document.created',
  'document.renamed',
  'document.archived',
  'document.restored',
  'document.duplicated',
  'version.created',
  'version.restored',
  'media_plan.imported',
  'post.created',
  'post.updated',
  'post.moved',
  'post.status_changed',
  'post.imported',
  'post.media.added',
  'post.media.removed',
  'post.media.reordered',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'calendar_feed.created',
  'calendar_feed.revoked',
  'approval_flow.created',
  'approval_flow.updated',
  'approval_flow.deleted',
  'approval.submitted',
  'approval.step_approved',
  'approval.approved',
  'approval.changes_requested',
  'approval.rejected',
  'approval.skipped',
  'approval.withdrawn',
  'approval.reopened',
  'approval.reminder_due',
  'approval.decision_late',
  'approval.approver_missing',
  'tone.guideline_changed',
  'tone.check_overridden',
  'tone.finding_ignored',
  'share_link.created',
  'share_link.revoked',
  'share_link.redeemed',
  'comment.created',
  'comment.replied',
  'comment.edited',
  'comment.deleted',
  'comment.hidden',
  'comment.resolved',
  'comment.reopened',
  'comment.reacted',
  'comment.mentioned',
  'comment.escalated',
  'kpi_api_token.created',
  'kpi_api_token.revoked',
] as const;

/** Actions whose before/after values are role names. */
export const ROLE_VALUED_ACTIONS: ReadonlySet<string> = new Set([
  'member.joined',
  'member.role_changed',
  'member.removed',
  'invitation.created',
  'invitation.revoked',
  'team.member_roles_changed',
]);

/** Actions whose before/after values are post statuses (draft, ready…). */
export const STATUS_VALUED_ACTIONS: ReadonlySet<string> = new Set(['post.status_changed']);

/** Actions whose before/after values are local publish times (`2026-05-10T09:00`). */
export const TIME_VALUED_ACTIONS: ReadonlySet<string> = new Set(['post.moved']);

/** The post statuses the activity names (the server's post-status values). */
export const POST_STATUS_VALUES = [
  'draft',
  'ready',
  'in_review',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const;

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];
