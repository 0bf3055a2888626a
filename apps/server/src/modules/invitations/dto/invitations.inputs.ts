import type { WorkspaceRole } from '@chorus/permissions';
import { Field, ID, InputType } from '@nestjs/graphql';
import { WorkspaceRoleEnum } from '../../access/index.js';

@InputType({ description: 'A new invitation link' })
export class CreateInvitationInput {
  @Field(() => ID, { description: 'The workspace' })
  workspaceId: string;

  @Field(() => WorkspaceRoleEnum, {
    description: 'The workspace role it grants (owners only grant owner)',
  })
  role: WorkspaceRole;

  @Field({ nullable: true, description: 'Send the link to this address when email is configured' })
  email?: string;
}
