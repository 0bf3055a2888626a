import { Module } from '@nestjs/common';
import { CollaborationModule } from '../../../collaboration/index.js';
import { MediaPlansModule } from '../../media-plans/index.js';
import { StrategiesModule } from '../../strategies/index.js';
import { PostExportService } from './post-export.service.js';
import { PostFilesController } from './post-files.controller.js';
import { PostImportService } from './post-import.service.js';

/** CSV and XLSX import and export of a brand's posts (REST, like media-plan files). */
@Module({
  imports: [StrategiesModule, MediaPlansModule, CollaborationModule],
  controllers: [PostFilesController],
  providers: [PostImportService, PostExportService],
  exports: [PostImportService, PostExportService],
})
export class PostFilesModule {}
