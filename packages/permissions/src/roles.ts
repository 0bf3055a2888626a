/** Roles a user holds in a workspace. Every member holds exactly one. */
export const WORKSPACE_ROLES = ['owner', 'admin', 'member'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** Roles a user holds in a team, any number at once; they apply to the team's brands. */
export const TEAM_ROLES = [
  'lead',
  'strategist',
  'smm_specialist',
  'chief_expert',
  'moderator',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** What a share link lets a guest (a client without an account) do with one resource. */
export const GUEST_CAPABILITIES = ['view', 'comment', 'approve'] as const;
export type GuestCapability = (typeof GUEST_CAPABILITIES)[number];
/**
 * A guest's role: the capability of a link to a document or a calendar range, or
 * `guest_report` for a link to a brand's KPI report (view only, whatever else it says).
 */
export type GuestRole = `guest_${GuestCapability}` | 'guest_report';

/** Every role the matrix knows, in the order docs/permissions.md lists them. */
export const ROLES = [
  ...WORKSPACE_ROLES,
  ...TEAM_ROLES,
  ...GUEST_CAPABILITIES.map((c): GuestRole => `guest_${c}`),
  'guest_report',
] as const;
export type Role = WorkspaceRole | TeamRole | GuestRole;

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
  lead: 'Lead',
  strategist: 'Strategist',
  smm_specialist: 'SMM specialist',
  chief_expert: 'Chief expert',
  moderator: 'Moderator',
  guest_view: 'Guest (view link)',
  guest_comment: 'Guest (comment link)',
  guest_approve: 'Guest (approve link)',
  guest_report: 'Guest (report link)',
};

export function isTeamRole(value: string): value is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(value);
}

export function isWorkspaceRole(value: string): value is WorkspaceRole {
  return (WORKSPACE_ROLES as readonly string[]).includes(value);
}
