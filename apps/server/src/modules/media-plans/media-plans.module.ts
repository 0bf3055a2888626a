import { Module } from '@nestjs/common';
import { CollaborationModule } from '../../collaboration/index.js';
import { DocumentKindRegistry, DocumentsModule } from '../documents/index.js';
import { mediaPlanKind } from './media-plan.kind.js';
import { MediaPlanFilesController } from './media-plan-files.controller.js';
import { MediaPlansResolver } from './media-plans.resolver.js';
import { MediaPlansService } from './media-plans.service.js';

/** The media-plan kind: registers it with the documents core; rows and totals, CSV/XLSX export and import. */
@Module({
  imports: [DocumentsModule, CollaborationModule],
  providers: [MediaPlansService, MediaPlansResolver],
  controllers: [MediaPlanFilesController],
  exports: [MediaPlansService],
})
export class MediaPlansModule {
  constructor(kinds: DocumentKindRegistry) {
    kinds.register(mediaPlanKind);
  }
}
