/** Every event type the app records, `<subject>.<what happened>`. */
export const EVENT_TYPES = [
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
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'calendar_feed.created',
  'calendar_feed.revoked',
  'post.media.added',
  'post.media.removed',
  'post.media.reordered',
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
  'share_link.created',
  'share_link.revoked',
  'share_link.redeemed',
  'kpi_api_token.created',
  'kpi_api_token.revoked',
  'kpi.created',
  'kpi.updated',
  'kpi.archived',
  'kpi.restored',
  'kpi.targets_set',
  'kpi.note_added',
  'kpi.goal_removed',
  'kpi.goal_returned',
  'kpi_actuals.entered',
  'kpi_actuals.imported',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export type SubjectType =
  | 'member'
  | 'invitation'
  | 'team'
  | 'brand'
  | 'document'
  | 'version'
  | 'post'
  | 'webhook'
  | 'calendar_feed'
  | 'approval_flow'
  | 'approval_request'
  | 'tone_guideline'
  | 'comment_thread'
  | 'share_link'
  | 'kpi_api_token'
  | 'kpi'
  | 'kpi_actuals';

/** An event as a service records it. */
export interface NewEvent {
  type: EventType;
  workspaceId: string;
  actorId: string | null;
  subject: { type: SubjectType; id: string };
  brandId?: string | null;
  documentId?: string | null;
  /** Names at the time, and `before`/`after` where a value changed. */
  data?: Record<string, unknown>;
}

/** An event as a processor receives it. */
export interface RecordedEvent extends Required<Omit<NewEvent, 'data'>> {
  id: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/** The actor of an event: the signed-in user, or null (the system, a guest). */
export function actorOf(principal: { kind: string; userId?: string }): string | null {
  return principal.kind === 'user' && principal.userId ? principal.userId : null;
}
