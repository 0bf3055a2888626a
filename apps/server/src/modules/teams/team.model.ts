import type { TeamRole } from '@chorus/permissions';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TeamRoleEnum } from '../access/index.js';
import { UserModel } from '../accounts/index.js';

@ObjectType('TeamMember', { description: 'A person in a team and the roles they hold there' })
export class TeamMemberModel {
  @Field(() => UserModel, { description: 'The person' })
  user: UserModel;

  @Field(() => [TeamRoleEnum], { description: 'Their roles in this team (at least one)' })
  roles: TeamRole[];
}

@ObjectType('Team', { description: "A group of people whose roles apply to the team's brands" })
export class TeamModel {
  @Field(() => ID, { description: 'The team id' })
  id: string;

  @Field(() => ID, { description: 'The workspace the team belongs to' })
  workspaceId: string;

  @Field({ description: 'The team name' })
  name: string;

  @Field({ description: 'When it was created' })
  createdAt: Date;
}
