import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkspacesModule } from '../workspaces/index.js';
import { InvitationEntity } from './invitation.entity.js';
import { InvitationsResolver, WorkspaceInvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity]), WorkspacesModule],
  providers: [InvitationsService, InvitationsResolver, WorkspaceInvitationsResolver],
})
export class InvitationsModule {}
