import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule, SubmissionGates } from '../approvals/index.js';
import { DocumentsModule } from '../documents/index.js';
import { VersionsModule } from '../versions/index.js';
import { ToneApprovalChecks, ToneApprovalResolver } from './tone-approval.resolver.js';
import { ToneCheckers } from './tone-checkers.js';
import { ToneChecksService } from './tone-checks.service.js';
import { ToneGuidelinesService } from './tone-guidelines.service.js';
import { ToneImpactService } from './tone-impact.service.js';
import { ToneRecheckProcessor } from './tone-recheck.processor.js';
import { ToneCheckEntity, ToneGuidelineEntity, ToneIgnoreEntity } from './tone.entities.js';
import { ToneRepository } from './tone.repository.js';
import { ToneResolver } from './tone.resolver.js';

/**
 * Tone of voice on the server (docs/adr/0028-tone-of-voice-server.md): versioned guidelines per
 * brand, the approval gate (registered into approvals' submission gates), the stored checks
 * approvers read, the guideline-change report and "ignore once". The checking is
 * @chorus/tone-check's.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ToneGuidelineEntity, ToneCheckEntity, ToneIgnoreEntity]),
    DocumentsModule,
    VersionsModule,
    ApprovalsModule,
  ],
  providers: [
    ToneRepository,
    ToneCheckers,
    ToneGuidelinesService,
    ToneChecksService,
    ToneImpactService,
    ToneApprovalChecks,
    ToneRecheckProcessor,
    ToneResolver,
    ToneApprovalResolver,
  ],
  exports: [ToneGuidelinesService, ToneChecksService, ToneCheckers],
})
export class ToneModule {
  constructor(gates: SubmissionGates, checks: ToneChecksService) {
    gates.register(checks);
  }
}
