import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { UserModel } from '../accounts/index.js';
import { toWorkspaceModel, WorkspaceModel, WorkspacesService } from '../workspaces/index.js';
import { CreateInvitationInput } from './dto/invitations.inputs.js';
import {
  CreatedInvitationModel,
  InvitationModel,
  InvitationPreviewModel,
} from './invitation.model.js';
import {
  invitationStatus,
  InvitationsService,
  type InvitationView,
} from './invitations.service.js';

function toModel({ invitation, invitedBy }: InvitationView): InvitationModel {
  return Object.assign(new InvitationModel(), {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation),
    invitedBy: invitedBy ? UserModel.from(invitedBy) : null,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  });
}

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly workspaces: WorkspacesService,
  ) {}

  @Query(() => InvitationPreviewModel, {
    description: 'What an invitation link offers (no sign-in needed)',
  })
  async invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    const preview = await this.invitations.preview(token);
    return Object.assign(new InvitationPreviewModel(), {
      workspaceName: preview.workspaceName,
      role: preview.invitation.role,
      invitedByName: preview.invitedByName,
      expiresAt: preview.invitation.expiresAt,
    });
  }

  @Mutation(() => CreatedInvitationModel, {
    description: 'Creates an invitation link, emailed when SMTP is configured (owner, admin)',
  })
  async createInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateInvitationInput,
  ): Promise<CreatedInvitationModel> {
    const created = await this.invitations.create(principal, input);
    return Object.assign(new CreatedInvitationModel(), {
      invitation: toModel(created.view),
      link: created.link,
      emailSent: created.emailSent,
    });
  }

  @Mutation(() => CreatedInvitationModel, {
    description:
      'Sends an invitation again with a new link; the old link stops working (owner, admin)',
  })
  async resendInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('invitationId', { type: () => ID }) invitationId: string,
  ): Promise<CreatedInvitationModel> {
    const resent = await this.invitations.resend(principal, invitationId);
    return Object.assign(new CreatedInvitationModel(), {
      invitation: toModel(resent.view),
      link: resent.link,
      emailSent: resent.emailSent,
    });
  }

  @Mutation(() => InvitationModel, { description: 'Revokes a pending invitation (owner, admin)' })
  async revokeInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('invitationId', { type: () => ID }) invitationId: string,
  ): Promise<InvitationModel> {
    return toModel(await this.invitations.revoke(principal, invitationId));
  }

  @Mutation(() => WorkspaceModel, {
    description: 'Accepts an invitation link as the signed-in user',
  })
  async acceptInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('token') token: string,
  ): Promise<WorkspaceModel> {
    const workspaceId = await this.invitations.accept(principal, token);
    return toWorkspaceModel(await this.workspaces.workspace(principal, workspaceId));
  }
}

/** Workspace.invitations lives here so the workspaces module does not depend on invitations. */
@Resolver(() => WorkspaceModel)
export class WorkspaceInvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @ResolveField('invitations', () => [InvitationModel], {
    description: 'Invitations of the workspace, newest first (owner, admin)',
  })
  async workspaceInvitations(
    @CurrentPrincipal() principal: Principal,
    @Parent() workspace: WorkspaceModel,
  ): Promise<InvitationModel[]> {
    return (await this.invitations.list(principal, workspace.id)).map(toModel);
  }
}
