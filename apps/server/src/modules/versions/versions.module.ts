import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CollaborationModule } from '../../collaboration/index.js';
import { DocumentsModule } from '../documents/index.js';
import { DocumentVersionEntity } from './document-version.entity.js';
import { VersionsResolver } from './versions.resolver.js';
import { VersionsService } from './versions.service.js';
import { VersionRetention } from './version-retention.js';

/** Version history of co-edited documents: named, automatic (thinned on a schedule), restores. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DocumentVersionEntity]),
    DocumentsModule,
    CollaborationModule,
  ],
  providers: [VersionsService, VersionsResolver, VersionRetention],
  exports: [VersionsService, VersionRetention],
})
export class VersionsModule {}
