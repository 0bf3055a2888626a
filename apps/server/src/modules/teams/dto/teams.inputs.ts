import type { TeamRole } from '@chorus/permissions';
import { Field, ID, InputType } from '@nestjs/graphql';
import { TeamRoleEnum } from '../../access/index.js';

@InputType({ description: 'A new team' })
export class CreateTeamInput {
  @Field(() => ID, { description: 'The workspace' })
  workspaceId: string;

  @Field({ description: 'Name (1-100 characters, unique in the workspace)' })
  name: string;
}

@InputType({ description: 'A new name for a team' })
export class RenameTeamInput {
  @Field(() => ID, { description: 'The team' })
  teamId: string;

  @Field({ description: 'Name (1-100 characters, unique in the workspace)' })
  name: string;
}

@InputType({ description: "A person's roles in a team; an empty list takes them out of the team" })
export class SetTeamMemberRolesInput {
  @Field(() => ID, { description: 'The team' })
  teamId: string;

  @Field(() => ID, { description: 'A member of the same workspace' })
  userId: string;

  @Field(() => [TeamRoleEnum], { description: 'The roles they hold in this team' })
  roles: TeamRole[];
}
