import { Module } from '@nestjs/common';
import { CollaborationModule } from '../../collaboration/collaboration.module.js';
import { DocumentsModule } from '../documents/index.js';
import { StrategiesResolver } from './strategies.resolver.js';
import { StrategiesService } from './strategies.service.js';

/** Reading strategy documents: SMART goals, Markdown and print exports. */
@Module({
  imports: [DocumentsModule, CollaborationModule],
  providers: [StrategiesService, StrategiesResolver],
  exports: [StrategiesService],
})
export class StrategiesModule {}
