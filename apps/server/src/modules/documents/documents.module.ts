import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseModule } from '../../platform/database/index.js';
import { CollabTicketsService } from './collab-tickets.service.js';
import { DocumentActivity } from './document-activity.js';
import { DocumentKindRegistry } from './document-kind.registry.js';
import { DocumentSnapshotEntity } from './document-snapshot.entity.js';
import { DocumentUpdateEntity } from './document-update.entity.js';
import { DocumentEntity } from './document.entity.js';
import { DocumentsResolver } from './documents.resolver.js';
import { DocumentsService } from './documents.service.js';

/**
 * The kind-agnostic documents core: the registry kind modules plug into, access,
 * tickets for the socket, and the edit notices versions and stamps listen to.
 */
@Module({
  imports: [
    DatabaseModule,
    TypeOrmModule.forFeature([DocumentEntity, DocumentUpdateEntity, DocumentSnapshotEntity]),
  ],
  providers: [
    DocumentsService,
    DocumentsResolver,
    CollabTicketsService,
    DocumentActivity,
    DocumentKindRegistry,
  ],
  exports: [DocumentsService, CollabTicketsService, DocumentActivity, DocumentKindRegistry],
})
export class DocumentsModule {}
