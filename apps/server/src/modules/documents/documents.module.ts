import { Module } from '@nestjs/common';
import { DatabaseModule } from '../../platform/database/index.js';
import { CollabTicketsService } from './collab-tickets.service.js';
import { DocumentActivity } from './document-activity.js';
import { DocumentsResolver } from './documents.resolver.js';
import { DocumentsService } from './documents.service.js';

@Module({
  imports: [DatabaseModule],
  providers: [DocumentsService, DocumentsResolver, CollabTicketsService, DocumentActivity],
  exports: [DocumentsService, CollabTicketsService, DocumentActivity],
})
export class DocumentsModule {}
