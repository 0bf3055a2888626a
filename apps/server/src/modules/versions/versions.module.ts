import { Module } from '@nestjs/common';
import { CollaborationModule } from '../../collaboration/collaboration.module.js';
import { DocumentsModule } from '../documents/index.js';
import { VersionsResolver } from './versions.resolver.js';
import { VersionsService } from './versions.service.js';

/** Version history of co-edited documents: named, automatic, restores. */
@Module({
  imports: [DocumentsModule, CollaborationModule],
  providers: [VersionsService, VersionsResolver],
  exports: [VersionsService],
})
export class VersionsModule {}
