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

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];
