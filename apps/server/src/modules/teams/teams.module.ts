import { Module } from '@nestjs/common';
import { TeamsResolver, WorkspaceTeamsResolver } from './teams.resolver.js';
import { TeamsService } from './teams.service.js';

@Module({
  providers: [TeamsService, TeamsResolver, WorkspaceTeamsResolver],
  exports: [TeamsService],
})
export class TeamsModule {}
