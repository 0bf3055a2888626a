import type { WorkspaceRole } from '@chorus/permissions';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { WorkspaceRoleEnum } from '../access/index.js';
import { UserModel } from '../accounts/index.js';

@ObjectType('Workspace', { description: 'An agency or team space: members, teams and brands' })
export class WorkspaceModel {
  @Field(() => ID, { description: 'The workspace id' })
  id: string;

  @Field({ description: 'The workspace name' })
  name: string;

  @Field({ description: 'When it was created' })
  createdAt: Date;

  @Field(() => WorkspaceRoleEnum, { description: "The signed-in user's role here" })
  myRole: WorkspaceRole;

  @Field(() => [String], {
    description: 'Workspace-scope actions of the permission matrix the signed-in user may perform',
  })
  myActions: string[];
}

@ObjectType('Member', { description: 'A person in a workspace' })
export class MemberModel {
  @Field(() => UserModel, { description: 'The person' })
  user: UserModel;

  @Field(() => WorkspaceRoleEnum, { description: 'Their workspace role' })
  role: WorkspaceRole;

  @Field({ description: 'When they joined' })
  joinedAt: Date;
}
