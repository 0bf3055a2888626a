import { SessionEntity, UserEntity } from './modules/accounts/index.js';
import {
  ApprovalChangeMarkerEntity,
  ApprovalDecisionEntity,
  ApprovalFlowChoiceEntity,
  ApprovalFlowEntity,
  ApprovalRequestEntity,
} from './modules/approvals/index.js';
import { AuditEntryEntity } from './modules/audit/index.js';
import { BrandEntity, BrandTeamEntity, ContentCategoryEntity } from './modules/brands/index.js';
import {
  CommentEditEntity,
  CommentEntity,
  CommentMentionEntity,
  CommentReactionEntity,
  CommentThreadEntity,
} from './modules/comments/index.js';
import {
  DocumentEntity,
  DocumentSnapshotEntity,
  DocumentUpdateEntity,
} from './modules/documents/index.js';
import { EventEntity } from './modules/events/index.js';
import {
  CalendarFeedEntity,
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
} from './modules/integrations/index.js';
import { InvitationEntity } from './modules/invitations/index.js';
import { NotificationEntity, NotificationPreferenceEntity } from './modules/notifications/index.js';
import { PostEntity, PostMediaEntity } from './modules/posts/index.js';
import { GuestSessionEntity, ShareLinkEntity } from './modules/share-links/index.js';
import { TeamEntity, TeamMemberEntity } from './modules/teams/index.js';
import {
  AudienceActivityEntity,
  KpiActualEntity,
  KpiApiTokenEntity,
  KpiEntity,
  KpiGoalSourceEntity,
  KpiImportMappingEntity,
  KpiNoteEntity,
  KpiPlanCellEntity,
  KpiTargetEntity,
} from './modules/kpis/index.js';
import { ToneCheckEntity, ToneGuidelineEntity, ToneIgnoreEntity } from './modules/tone/index.js';
import { DocumentVersionEntity } from './modules/versions/index.js';
import { WorkspaceEntity, WorkspaceMemberEntity } from './modules/workspaces/index.js';
import { SystemMetadataEntity } from './platform/database/index.js';

/**
 * Every TypeORM entity of the server, for the migration scripts and the tests that build
 * a data source outside the app. The app itself collects them from each module's
 * `TypeOrmModule.forFeature`; a test checks both lists agree.
 */
export const entities = [
  SystemMetadataEntity,
  UserEntity,
  SessionEntity,
  WorkspaceEntity,
  WorkspaceMemberEntity,
  TeamEntity,
  TeamMemberEntity,
  BrandEntity,
  BrandTeamEntity,
  InvitationEntity,
  DocumentEntity,
  DocumentUpdateEntity,
  DocumentSnapshotEntity,
  DocumentVersionEntity,
  EventEntity,
  AuditEntryEntity,
  ContentCategoryEntity,
  PostEntity,
  CalendarFeedEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  PostMediaEntity,
  ApprovalFlowEntity,
  ApprovalFlowChoiceEntity,
  ApprovalRequestEntity,
  ApprovalDecisionEntity,
  ApprovalChangeMarkerEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  ToneGuidelineEntity,
  ToneCheckEntity,
  ToneIgnoreEntity,
  CommentThreadEntity,
  CommentEntity,
  CommentEditEntity,
  CommentReactionEntity,
  CommentMentionEntity,
  ShareLinkEntity,
  GuestSessionEntity,
  KpiEntity,
  KpiTargetEntity,
  KpiActualEntity,
  KpiNoteEntity,
  KpiPlanCellEntity,
  KpiApiTokenEntity,
  AudienceActivityEntity,
  KpiImportMappingEntity,
  KpiGoalSourceEntity,
];
