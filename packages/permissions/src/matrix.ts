import type { Role } from './roles.js';

/** What an action is checked against: the workspace, or one brand (and what lives in it). */
export type Scope = 'workspace' | 'brand';

export interface ActionRule {
  scope: Scope;
  description: string;
  roles: readonly Role[];
}

const OWNERS = ['owner', 'admin'] as const;
const TEAM = ['lead', 'strategist', 'smm_specialist', 'chief_expert', 'moderator'] as const;
/** Guests holding a link to a document or a calendar range (a report link is apart). */
const GUESTS = ['guest_view', 'guest_comment', 'guest_approve'] as const;
const EVERYONE_ON_BRAND = [...OWNERS, ...TEAM] as const;
/** Who writes a brand's media plans, posts and results: owners, admins and the working team. */
const CONTENT_EDITORS = [...OWNERS, 'lead', 'strategist', 'smm_specialist'] as const;
/** Who signs content off: the lead, the chief expert, and a client holding an approve link. */
const APPROVERS = ['lead', 'chief_expert', 'guest_approve'] as const;

/**
 * THE permission matrix: every action Chorus checks, who may do it, and on what.
 * Workspace roles apply to the whole workspace; team roles apply to the brands their
 * team is assigned to; guest roles apply to the one resource a share link names.
 * docs/permissions.md is generated from this object (`npx -y pnpm@10.34.9 --filter @chorus/permissions docs`).
 */
export const PERMISSIONS = {
  'workspace.read': {
    scope: 'workspace',
    description: 'See the workspace, its members, teams and the brands one works on',
    roles: ['owner', 'admin', 'member'],
  },
  'workspace.update': {
    scope: 'workspace',
    description: 'Rename the workspace',
    roles: OWNERS,
  },
  'member.manage': {
    scope: 'workspace',
    description: 'Invite people, revoke invitations, change workspace roles, remove members',
    roles: OWNERS,
  },
  'audit.read': {
    scope: 'workspace',
    description: 'Read the workspace’s activity (audit log) and export it as CSV',
    roles: OWNERS,
  },
  'member.manageOwners': {
    scope: 'workspace',
    description: 'Make a member an owner or take the owner role away',
    roles: ['owner'],
  },
  'team.manage': {
    scope: 'workspace',
    description: 'Create, rename and delete teams; add people to teams and set their roles',
    roles: OWNERS,
  },
  'brand.create': {
    scope: 'workspace',
    description: 'Create a brand',
    roles: OWNERS,
  },
  'brand.read': {
    scope: 'brand',
    description: 'Open the brand and its settings',
    roles: EVERYONE_ON_BRAND,
  },
  'brand.update': {
    scope: 'brand',
    description: "Change the brand's settings, assign teams, archive it",
    roles: OWNERS,
  },
  'strategy.read': {
    scope: 'brand',
    description: 'Read strategy documents',
    roles: [...EVERYONE_ON_BRAND, ...GUESTS],
  },
  'strategy.edit': {
    scope: 'brand',
    description: 'Create and co-edit strategy documents',
    roles: [...OWNERS, 'lead', 'strategist', 'smm_specialist', 'chief_expert'],
  },
  'strategy.approve': {
    scope: 'brand',
    description: 'Approve a strategy document',
    roles: APPROVERS,
  },
  'mediaPlan.read': {
    scope: 'brand',
    description: 'Read media plans',
    roles: [...EVERYONE_ON_BRAND, ...GUESTS],
  },
  'mediaPlan.edit': {
    scope: 'brand',
    description: 'Create and co-edit media plans',
    roles: CONTENT_EDITORS,
  },
  'mediaPlan.approve': {
    scope: 'brand',
    description: 'Approve a media plan',
    roles: APPROVERS,
  },
  'post.read': {
    scope: 'brand',
    description: 'Read posts and the content calendar',
    roles: [...EVERYONE_ON_BRAND, ...GUESTS],
  },
  'post.edit': {
    scope: 'brand',
    description:
      'Write posts and fill the content calendar: metadata, publish time, status (the chief expert edits too)',
    roles: [...CONTENT_EDITORS, 'chief_expert'],
  },
  'post.approve': {
    scope: 'brand',
    description: 'Approve a post at an approval step',
    roles: APPROVERS,
  },
  'contentCategory.manage': {
    scope: 'brand',
    description: "Add, rename, recolour and remove the brand's content categories (rubrics)",
    roles: CONTENT_EDITORS,
  },
  'approvalFlow.manage': {
    scope: 'brand',
    description:
      "Design the brand's approval flows (steps, approvers, due times) and pick each kind's default",
    roles: [...OWNERS, 'lead'],
  },
  'approval.skip': {
    scope: 'brand',
    description: 'Skip a skippable step of a pending approval (recorded in the audit trail)',
    roles: [...OWNERS, 'lead'],
  },
  'approval.monitor': {
    scope: 'brand',
    description: "See the brand's stuck approvals: which step is open, on whom, since when",
    roles: [...OWNERS, 'lead'],
  },
  'toneOfVoice.read': {
    scope: 'brand',
    description: "Read the brand's tone-of-voice guidelines",
    roles: EVERYONE_ON_BRAND,
  },
  'toneOfVoice.edit': {
    scope: 'brand',
    description: 'Edit the tone-of-voice guidelines',
    roles: [...OWNERS, 'chief_expert'],
  },
  'toneOfVoice.override': {
    scope: 'brand',
    description: 'Override a failed tone check, with a reason',
    roles: ['chief_expert'],
  },
  'comment.create': {
    scope: 'brand',
    description: 'Comment on documents, media-plan cells and posts',
    roles: [...EVERYONE_ON_BRAND, 'guest_comment', 'guest_approve'],
  },
  'comment.moderate': {
    scope: 'brand',
    description: 'Hide, resolve and reopen comments; use reply templates',
    roles: ['lead', 'chief_expert', 'moderator'],
  },
  'shareLink.manage': {
    scope: 'brand',
    description: 'Create and revoke client share links',
    roles: [...OWNERS, 'lead', 'strategist'],
  },
  'integration.manage': {
    scope: 'brand',
    description:
      "Add, change and delete the brand's outgoing webhooks, see their delivery log, redeliver",
    roles: [...OWNERS, 'lead'],
  },
  'metrics.read': {
    scope: 'brand',
    description:
      "Read the brand's KPIs, targets, actuals and the dashboard of derived measures (a report link's guest: the dashboard, per-post results and the XLSX report only)",
    roles: [...EVERYONE_ON_BRAND, 'guest_report'],
  },
  'metrics.edit': {
    scope: 'brand',
    description:
      'Create, change and archive KPIs, set their targets, enter and import actuals, write correction notes',
    roles: CONTENT_EDITORS,
  },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Whether any of the given roles may perform the action. */
export function can(roles: Iterable<Role>, action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action].roles;
  for (const role of roles) if (allowed.includes(role)) return true;
  return false;
}

/** The actions a set of roles allows, in matrix order. */
export function allowedActions(roles: Iterable<Role>): Action[] {
  const held = [...roles];
  return ACTIONS.filter((action) => can(held, action));
}
