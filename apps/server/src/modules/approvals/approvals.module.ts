import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../documents/index.js';
import { NotificationKinds, NotificationsModule } from '../notifications/index.js';
import { PostsModule } from '../posts/index.js';
import { ShareLinksModule } from '../share-links/index.js';
import { VersionsModule } from '../versions/index.js';
import { ApprovalClientDecisions } from './approval-client-decisions.js';
import { ApprovalDiffService } from './approval-diff.service.js';
import { ApprovalEngine } from './approval-engine.js';
import { ApprovalFlowChoiceEntity, ApprovalFlowEntity } from './approval-flow.entity.js';
import { ApprovalFlowsService } from './approval-flows.service.js';
import { APPROVAL_NOTIFICATION_KINDS } from './approval-notifications.js';
import { ApprovalWaitingQuery } from './approval-waiting.query.js';
import { ApprovalQueriesService } from './approval-queries.service.js';
import { ApprovalReopenService } from './approval-reopen.service.js';
import { ApprovalWatchService } from './approval-watch.service.js';
import {
  ApprovalChangeMarkerEntity,
  ApprovalDecisionEntity,
  ApprovalRequestEntity,
} from './approval-request.entity.js';
import { ApprovalRequestsService } from './approval-requests.service.js';
import { ApprovalsRepository } from './approvals.repository.js';
import { ApprovalsResolver } from './approvals.resolver.js';
import { SubmissionGates } from './submission-gates.js';

/**
 * Approval flows per brand and the requests that run through them, bound to versions of
 * posts, strategies and media plans (docs/adr/0025-approval-flows.md).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ApprovalFlowEntity,
      ApprovalFlowChoiceEntity,
      ApprovalRequestEntity,
      ApprovalDecisionEntity,
      ApprovalChangeMarkerEntity,
    ]),
    DocumentsModule,
    VersionsModule,
    PostsModule,
    NotificationsModule,
    ShareLinksModule,
  ],
  providers: [
    ApprovalsRepository,
    ApprovalEngine,
    ApprovalClientDecisions,
    ApprovalFlowsService,
    ApprovalRequestsService,
    ApprovalQueriesService,
    ApprovalWaitingQuery,
    ApprovalReopenService,
    ApprovalWatchService,
    ApprovalDiffService,
    ApprovalsResolver,
    SubmissionGates,
  ],
  exports: [ApprovalRequestsService, ApprovalQueriesService, ApprovalFlowsService, SubmissionGates],
})
export class ApprovalsModule {
  constructor(notifications: NotificationKinds) {
    for (const kind of APPROVAL_NOTIFICATION_KINDS) notifications.register(kind);
  }
}
