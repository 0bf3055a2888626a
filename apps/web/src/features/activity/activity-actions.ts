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

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** The i18n key of an action's label (`activity.actions.member_role_changed`). */
export function actionKey(action: string): `activity.actions.${string}` {
  return `activity.actions.${action.replace('.', '_')}`;
}
