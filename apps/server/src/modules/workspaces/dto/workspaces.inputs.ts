import type { WorkspaceRole } from '@chorus/permissions';
import { Field, ID, InputType } from '@nestjs/graphql';
import { WorkspaceRoleEnum } from '../../access/index.js';

@InputType({ description: 'A new workspace; its creator becomes its owner' })
export class CreateWorkspaceInput {
  @Field({ description: 'Name (1-100 characters)' })
  name: string;
}

@InputType({ description: 'A new name for a workspace' })
export class RenameWorkspaceInput {
  @Field(() => ID, { description: 'The workspace' })
  workspaceId: string;

  @Field({ description: 'Name (1-100 characters)' })
  name: string;
}

@InputType({ description: "A change of a member's workspace role" })
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: 'The workspace' })
  workspaceId: string;

  @Field(() => ID, { description: 'The member' })
  userId: string;

  @Field(() => WorkspaceRoleEnum, { description: 'The new role' })
  role: WorkspaceRole;
}

@InputType({ description: 'A member to remove from a workspace' })
export class RemoveMemberInput {
  @Field(() => ID, { description: 'The workspace' })
  workspaceId: string;

  @Field(() => ID, { description: 'The member' })
  userId: string;
}
