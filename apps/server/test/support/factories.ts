import { createHash, randomUUID } from 'node:crypto';
import type { TeamRole, WorkspaceRole } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { APP_CONFIG, type AppConfig } from '../../src/platform/config/index.js';
import {
  hashPassword,
  hashToken,
  newToken,
  normalizeEmail,
  SessionEntity,
  UserEntity,
} from '../../src/modules/accounts/index.js';
import { BrandEntity, BrandTeamEntity } from '../../src/modules/brands/index.js';
import {
  DocumentEntity,
  DocumentSnapshotEntity,
  type DocumentKind,
} from '../../src/modules/documents/index.js';
import { InvitationEntity } from '../../src/modules/invitations/index.js';
import { TeamEntity, TeamMemberEntity } from '../../src/modules/teams/index.js';
import { WorkspaceEntity, WorkspaceMemberEntity } from '../../src/modules/workspaces/index.js';
import { GraphQLClient } from './graphql.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

/**
 * Builders that write straight to the database (fast, and not subject to the sign-in
 * rate limits); the flows themselves are tested through GraphQL elsewhere.
 */
export class Factories {
  readonly db: DataSource;
  private readonly config: AppConfig;

  constructor(private readonly app: NestExpressApplication) {
    this.db = app.get(DataSource);
    this.config = app.get<AppConfig>(APP_CONFIG);
  }

  async buildUser(
    overrides: Partial<Pick<UserEntity, 'email' | 'displayName'>> = {},
  ): Promise<UserEntity> {
    cachedHash ??= hashPassword(TEST_PASSWORD);
    const email = overrides.email ?? `user-${randomUUID().slice(0, 8)}@example.test`;
    return this.db.manager.save(
      this.db.manager.create(UserEntity, {
        email,
        emailNormalized: normalizeEmail(email),
        displayName: overrides.displayName ?? email.split('@')[0]!,
        passwordHash: await cachedHash,
        passwordChangedAt: new Date(),
      }),
    );
  }

  /** A client carrying a fresh session cookie for the user. */
  async signedIn(user: UserEntity): Promise<GraphQLClient> {
    const token = newToken();
    await this.db.manager.insert(SessionEntity, {
      tokenHash: hashToken(token),
      userId: user.id,
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + this.config.session.absoluteMs),
      revokedAt: null,
      userAgent: 'factory',
      ipAddress: null,
    });
    return new GraphQLClient(this.app, `${this.config.session.cookieName}=${token}`);
  }

  anonymous(): GraphQLClient {
    return new GraphQLClient(this.app);
  }

  async buildWorkspace(owner: UserEntity, name = 'Test Agency'): Promise<WorkspaceEntity> {
    const workspace = await this.db.manager.save(
      this.db.manager.create(WorkspaceEntity, { name, createdBy: owner.id }),
    );
    await this.addMember(workspace, owner, 'owner');
    return workspace;
  }

  async addMember(
    workspace: WorkspaceEntity,
    user: UserEntity,
    role: WorkspaceRole,
  ): Promise<void> {
    await this.db.manager.insert(WorkspaceMemberEntity, {
      workspaceId: workspace.id,
      userId: user.id,
      role,
    });
  }

  async buildTeam(
    workspace: WorkspaceEntity,
    name = `Team ${randomUUID().slice(0, 6)}`,
  ): Promise<TeamEntity> {
    return this.db.manager.save(
      this.db.manager.create(TeamEntity, { workspaceId: workspace.id, name }),
    );
  }

  async setTeamRoles(team: TeamEntity, user: UserEntity, roles: TeamRole[]): Promise<void> {
    await this.db.manager.insert(TeamMemberEntity, { teamId: team.id, userId: user.id, roles });
  }

  async buildBrand(
    workspace: WorkspaceEntity,
    teams: TeamEntity[] = [],
    name = 'Brand',
  ): Promise<BrandEntity> {
    const brand = await this.db.manager.save(
      this.db.manager.create(BrandEntity, { workspaceId: workspace.id, name, timeZone: 'UTC' }),
    );
    for (const team of teams)
      await this.db.manager.insert(BrandTeamEntity, { brandId: brand.id, teamId: team.id });
    return brand;
  }

  /** A document of `kind` on the brand whose stored state is `state` (a Yjs update). */
  async buildDocumentWithState(
    brand: BrandEntity,
    kind: DocumentKind,
    title: string,
    state: Uint8Array,
  ): Promise<DocumentEntity> {
    const document = await this.db.manager.save(
      this.db.manager.create(DocumentEntity, {
        brandId: brand.id,
        kind,
        title,
        language: 'en',
        archivedAt: null,
      }),
    );
    await this.db.manager.insert(DocumentSnapshotEntity, {
      documentId: document.id,
      state: Buffer.from(state),
      lastSeq: '0',
      sizeBytes: state.byteLength,
    });
    return document;
  }

  async buildInvitation(
    workspace: WorkspaceEntity,
    invitedBy: UserEntity,
    overrides: Partial<InvitationEntity> = {},
  ): Promise<{ invitation: InvitationEntity; token: string }> {
    const token = newToken();
    const invitation = await this.db.manager.save(
      this.db.manager.create(InvitationEntity, {
        workspaceId: workspace.id,
        tokenHash: hashToken(token),
        email: null,
        role: 'member',
        invitedBy: invitedBy.id,
        expiresAt: new Date(Date.now() + 3_600_000),
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
        ...overrides,
      }),
    );
    return { invitation, token };
  }

  /**
   * A fingerprint of every application table, to prove a refused request changed nothing.
   * Document content is fingerprinted by what it holds (each document's Yjs state vector and
   * delete set), not by its rows: the compactor folds update rows into snapshots whenever it
   * runs, which changes the rows and never the content.
   */
  async snapshot(): Promise<string> {
    const tables = [
      'users',
      'workspaces',
      'workspace_members',
      'teams',
      'team_members',
      'brands',
      'brand_teams',
      'invitations',
      'documents',
      'document_versions',
      'posts',
      'events',
      'approval_flows',
      'approval_flow_choices',
      'approval_requests',
      'approval_decisions',
      'approval_change_markers',
      'tone_guidelines',
      'tone_checks',
      'tone_ignores',
      'comment_threads',
      'comments',
      'comment_edits',
      'comment_reactions',
      'comment_mentions',
    ];
    const parts: string[] = [];
    for (const table of tables) {
      const [row] = await this.db.query<Array<{ digest: string | null }>>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
      );
      parts.push(`${table}:${row?.digest ?? 'empty'}`);
    }
    parts.push(`document content:${await this.contentDigest()}`);
    return parts.join('\n');
  }

  /**
   * The fingerprint once it holds still (two readings 200 ms apart agree; up to 30 s): the
   * stamps an allowed edit leaves behind (a document's last edit) land after its answer.
   */
  async settledSnapshot(): Promise<string> {
    let last = await this.snapshot();
    for (let tries = 0; tries < 150; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const next = await this.snapshot();
      if (next === last) return next;
      last = next;
    }
    return last;
  }

  private async contentDigest(): Promise<string> {
    const rows = await this.db.query<Array<{ document_id: string; bytes: Buffer }>>(
      `SELECT document_id, state AS bytes, 0 AS seq FROM document_snapshots
       UNION ALL SELECT document_id, "update" AS bytes, seq FROM document_updates
       ORDER BY document_id, seq`,
    );
    const hash = createHash('md5');
    const byDocument = new Map<string, Buffer[]>();
    for (const row of rows) {
      const list = byDocument.get(row.document_id) ?? [];
      list.push(row.bytes);
      byDocument.set(row.document_id, list);
    }
    for (const [id, updates] of byDocument) {
      const doc = new Y.Doc();
      for (const update of updates) Y.applyUpdate(doc, update);
      hash.update(id).update(Y.encodeSnapshot(Y.snapshot(doc)));
      doc.destroy();
    }
    return byDocument.size === 0 ? 'empty' : hash.digest('hex');
  }
}
