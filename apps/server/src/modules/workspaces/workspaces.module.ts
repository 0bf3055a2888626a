import { Module } from '@nestjs/common';
import { WorkspacesResolver } from './workspaces.resolver.js';
import { WorkspacesService } from './workspaces.service.js';

@Module({ providers: [WorkspacesService, WorkspacesResolver], exports: [WorkspacesService] })
export class WorkspacesModule {}
