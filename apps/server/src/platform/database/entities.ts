import { SessionEntity } from '../../modules/accounts/session.entity.js';
import { UserEntity } from '../../modules/accounts/user.entity.js';
import { AuditEntryEntity } from '../../modules/audit/audit-entry.entity.js';
import { BrandTeamEntity } from '../../modules/brands/brand-team.entity.js';
import { BrandEntity } from '../../modules/brands/brand.entity.js';
import { DocumentSnapshotEntity } from '../../modules/documents/document-snapshot.entity.js';
import { DocumentUpdateEntity } from '../../modules/documents/document-update.entity.js';
import { DocumentEntity } from '../../modules/documents/document.entity.js';
import { EventEntity } from '../../modules/events/event.entity.js';
import { InvitationEntity } from '../../modules/invitations/invitation.entity.js';
import { TeamMemberEntity } from '../../modules/teams/team-member.entity.js';
import { TeamEntity } from '../../modules/teams/team.entity.js';
import { DocumentVersionEntity } from '../../modules/versions/document-version.entity.js';
import { WorkspaceMemberEntity } from '../../modules/workspaces/workspace-member.entity.js';
import { WorkspaceEntity } from '../../modules/workspaces/workspace.entity.js';
import { SystemMetadataEntity } from './system-metadata.entity.js';

/**
 * Every TypeORM entity of the server. The app, the migration scripts and the
 * tests build their data source from this one list.
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
];
