import type { WorkspaceRole } from '@chorus/permissions';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WorkspaceRoleEnum } from '../access/index.js';
import { UserModel } from '../accounts/index.js';

export const InvitationStatus = {
  PENDING: 'pending',
  ACCEPTED: 'accepted',
  EXPIRED: 'expired',
  REVOKED: 'revoked',
} as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands',
});

@ObjectType('Invitation', { description: 'An invitation link to a workspace' })
export class InvitationModel {
  @Field(() => ID, { description: 'The invitation id' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Who it was sent to, if sent by email' })
  email: string | null;

  @Field(() => WorkspaceRoleEnum, { description: 'The workspace role it grants' })
  role: WorkspaceRole;

  @Field(() => InvitationStatus, { description: 'Pending, accepted, expired or revoked' })
  status: InvitationStatus;

  @Field(() => UserModel, { nullable: true, description: 'Who created it' })
  invitedBy: UserModel | null;

  @Field({ description: 'When it was created' })
  createdAt: Date;

  @Field({ description: 'When the link stops working' })
  expiresAt: Date;
}

@ObjectType('CreatedInvitation', { description: 'A new invitation and its link (shown once)' })
export class CreatedInvitationModel {
  @Field(() => InvitationModel, { description: 'The invitation' })
  invitation: InvitationModel;

  @Field({ description: 'The link to share; only its hash is stored, so it is shown this once' })
  link: string;

  @Field({ description: 'Whether the link was also sent by email' })
  emailSent: boolean;
}

@ObjectType('InvitationPreview', {
  description: 'What an invitation link offers, before accepting',
})
export class InvitationPreviewModel {
  @Field({ description: 'The workspace it invites to' })
  workspaceName: string;

  @Field(() => WorkspaceRoleEnum, { description: 'The role it grants' })
  role: WorkspaceRole;

  @Field({ description: 'The name of the person who invited' })
  invitedByName: string;

  @Field({ description: 'When the link stops working' })
  expiresAt: Date;
}
