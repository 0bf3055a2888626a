import { registerEnumType } from '@nestjs/graphql';
import type { TeamRole, WorkspaceRole } from '@chorus/permissions';

/** GraphQL names (UPPER_CASE) for the matrix's workspace roles; values are the matrix's. */
export const WorkspaceRoleEnum = {
  OWNER: 'owner',
  ADMIN: 'admin',
  MEMBER: 'member',
} as const satisfies Record<string, WorkspaceRole>;

export const TeamRoleEnum = {
  LEAD: 'lead',
  STRATEGIST: 'strategist',
  SMM_SPECIALIST: 'smm_specialist',
  CHIEF_EXPERT: 'chief_expert',
  MODERATOR: 'moderator',
} as const satisfies Record<string, TeamRole>;

registerEnumType(WorkspaceRoleEnum, {
  name: 'WorkspaceRole',
  description: 'A role for the whole workspace; every member holds one',
  valuesMap: {
    OWNER: { description: "Everything, including managing owners; edits all of a brand's content" },
    ADMIN: { description: "Manages members, teams and brands; edits all of a brand's content" },
    MEMBER: { description: 'Works on the brands of their teams' },
  },
});

registerEnumType(TeamRoleEnum, {
  name: 'TeamRole',
  description: "A role in a team, applied to the team's brands; a person may hold several",
  valuesMap: {
    LEAD: {
      description: 'Edits and approves strategies, media plans and posts; designs approval flows',
    },
    STRATEGIST: { description: 'Writes the strategy and builds the media plan; writes posts' },
    SMM_SPECIALIST: { description: 'Co-edits the strategy and the media plan; writes posts' },
    CHIEF_EXPERT: {
      description:
        'Owns the tone of voice; edits strategies; approves strategies, media plans and posts',
    },
    MODERATOR: { description: 'Reads everything of the brand; watches and moderates comments' },
  },
});
