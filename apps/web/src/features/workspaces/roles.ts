import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRole, WorkspaceRole } from '../../gql/graphql';

/** Workspace roles, most powerful first. */
export const workspaceRoles = [
  'OWNER',
  'ADMIN',
  'MEMBER',
] as const satisfies readonly WorkspaceRole[];

/** Team roles in the order a team usually lists them. */
export const teamRoles = [
  'LEAD',
  'STRATEGIST',
  'SMM_SPECIALIST',
  'CHIEF_EXPERT',
  'MODERATOR',
] as const satisfies readonly TeamRole[];

const labelKeys = {
  owner: 'roles.owner',
  admin: 'roles.admin',
  member: 'roles.member',
  lead: 'roles.lead',
  strategist: 'roles.strategist',
  smm_specialist: 'roles.smmSpecialist',
  chief_expert: 'roles.chiefExpert',
  moderator: 'roles.moderator',
} as const;

const descriptionKeys = {
  owner: 'roles.ownerDescription',
  admin: 'roles.adminDescription',
  member: 'roles.memberDescription',
  lead: 'roles.leadDescription',
  strategist: 'roles.strategistDescription',
  smm_specialist: 'roles.smmSpecialistDescription',
  chief_expert: 'roles.chiefExpertDescription',
  moderator: 'roles.moderatorDescription',
} as const;

type RoleName = keyof typeof labelKeys;

function roleName(role: string): RoleName | undefined {
  const name = role.toLowerCase();
  return name in labelKeys ? (name as RoleName) : undefined;
}

/**
 * Names roles in the reader's language. Accepts the GraphQL enums (`SMM_SPECIALIST`) and the
 * matrix names the server lists in `myRoles` (`smm_specialist`); an unknown role is shown as is.
 */
export function useRoleLabels() {
  const { t } = useTranslation();
  const label = useCallback(
    (role: string): string => {
      const name = roleName(role);
      return name ? t(labelKeys[name]) : role;
    },
    [t],
  );
  const description = useCallback(
    (role: string): string => {
      const name = roleName(role);
      return name ? t(descriptionKeys[name]) : '';
    },
    [t],
  );
  return { label, description };
}
