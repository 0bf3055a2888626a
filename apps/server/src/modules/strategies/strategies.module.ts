import { Module } from '@nestjs/common';
import { CollaborationModule } from '../../collaboration/index.js';
import { DocumentKindRegistry, DocumentsModule } from '../documents/index.js';
import { StrategiesResolver } from './strategies.resolver.js';
import { StrategiesService } from './strategies.service.js';
import { strategyKind } from './strategy.kind.js';

/** The strategy kind: registers it with the documents core; SMART goals, Markdown and print exports. */
@Module({
  imports: [DocumentsModule, CollaborationModule],
  providers: [StrategiesService, StrategiesResolver],
  exports: [StrategiesService],
})
export class StrategiesModule {
  constructor(kinds: DocumentKindRegistry) {
    kinds.register(strategyKind);
  }
}
