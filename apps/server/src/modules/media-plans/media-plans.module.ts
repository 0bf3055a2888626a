import { Module } from '@nestjs/common';
import { CollaborationModule } from '../../collaboration/collaboration.module.js';
import { DocumentsModule } from '../documents/index.js';
import { MediaPlanFilesController } from './media-plan-files.controller.js';
import { MediaPlansResolver } from './media-plans.resolver.js';
import { MediaPlansService } from './media-plans.service.js';

/** Media plans read by the server: rows and totals, CSV/XLSX export and import. */
@Module({
  imports: [DocumentsModule, CollaborationModule],
  providers: [MediaPlansService, MediaPlansResolver],
  controllers: [MediaPlanFilesController],
  exports: [MediaPlansService],
})
export class MediaPlansModule {}
