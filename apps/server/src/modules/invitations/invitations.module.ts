import { Module } from '@nestjs/common';
import { WorkspacesModule } from '../workspaces/index.js';
import { InvitationsResolver, WorkspaceInvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [WorkspacesModule],
  providers: [InvitationsService, InvitationsResolver, WorkspaceInvitationsResolver],
})
export class InvitationsModule {}
