import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { ROOT_LOGGER } from '../../platform/logging/index.js';
import { hashPassword, normalizeEmail, UserEntity } from '../accounts/index.js';
import { BrandEntity, BrandTeamEntity } from '../brands/index.js';
import { DocumentEntity, DocumentSnapshotEntity } from '../documents/index.js';
import { demoMediaPlanState, demoStrategyState } from './demo-content.js';
import { DEMO_TONE_GUIDE } from './demo-tone.js';
import { seedDemoPosts } from './demo-posts.js';
import { TeamEntity, TeamMemberEntity } from '../teams/index.js';
import { ToneGuidelineEntity } from '../tone/index.js';
import { WorkspaceEntity, WorkspaceMemberEntity } from '../workspaces/index.js';
import { DEMO_BRAND, DEMO_PASSWORD, DEMO_TEAM, DEMO_USERS, DEMO_WORKSPACE } from './demo-data.js';

/**
 * Seeds "Demo Agency" (one brand with a strategy, a media plan, a dozen posts and a tone-of-voice
 * guideline, one team, one user per role) when the database has no users yet, and prints the sign-ins at every start while the demo users exist.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const seeded = await this.seedIfEmpty();
    const owner = await this.dataSource.manager.findOneBy(UserEntity, {
      emailNormalized: normalizeEmail(DEMO_USERS[0]!.email),
    });
    if (!owner) return;
    this.logger.info(
      {
        seeded,
        password: DEMO_PASSWORD,
        users: DEMO_USERS.map((u) => ({
          email: u.email,
          role: [u.workspaceRole, ...u.teamRoles].join('+'),
        })),
      },
      `Demo workspace "${DEMO_WORKSPACE}": sign in as any of these with the password ${DEMO_PASSWORD}`,
    );
    if (this.config.isProduction) {
      this.logger.warn(
        'Demo accounts exist with a public password; set CHORUS_SEED_DEMO=false and remove them for real use',
      );
    }
  }

  /** Seeds in one transaction when no user exists; returns whether it did. */
  async seedIfEmpty(): Promise<boolean> {
    if (await this.dataSource.manager.exists(UserEntity)) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(UserEntity)) return false;
      const users = await manager.save(
        DEMO_USERS.map((u) =>
          manager.create(UserEntity, {
            email: u.email,
            emailNormalized: normalizeEmail(u.email),
            displayName: u.displayName,
            passwordHash,
            passwordChangedAt: new Date(),
          }),
        ),
      );
      const workspace = await manager.save(
        manager.create(WorkspaceEntity, { name: DEMO_WORKSPACE, createdBy: users[0]!.id }),
      );
      await manager.insert(
        WorkspaceMemberEntity,
        DEMO_USERS.map((u, i) => ({
          workspaceId: workspace.id,
          userId: users[i]!.id,
          role: u.workspaceRole,
        })),
      );
      const team = await manager.save(
        manager.create(TeamEntity, { workspaceId: workspace.id, name: DEMO_TEAM }),
      );
      await manager.insert(
        TeamMemberEntity,
        DEMO_USERS.flatMap((u, i) =>
          u.teamRoles.length ? [{ teamId: team.id, userId: users[i]!.id, roles: u.teamRoles }] : [],
        ),
      );
      const brand = await manager.save(
        manager.create(BrandEntity, { workspaceId: workspace.id, ...DEMO_BRAND }),
      );
      await manager.insert(BrandTeamEntity, { brandId: brand.id, teamId: team.id });
      const strategist = users[DEMO_USERS.findIndex((u) => u.teamRoles.includes('strategist'))]!;
      for (const [kind, title, language, state] of [
        ['strategy', '2027 SMM strategy', 'en', demoStrategyState()],
        ['media_plan', 'Q1 2027 media plan', null, demoMediaPlanState()],
      ] as const) {
        const document = await manager.save(
          manager.create(DocumentEntity, {
            brandId: brand.id,
            kind,
            title,
            language,
            createdBy: strategist.id,
            archivedAt: null,
          }),
        );
        await manager.insert(DocumentSnapshotEntity, {
          documentId: document.id,
          state: Buffer.from(state),
          lastSeq: '0',
          sizeBytes: state.byteLength,
        });
      }
      const specialist =
        users[DEMO_USERS.findIndex((u) => u.teamRoles.includes('smm_specialist'))]!;
      await seedDemoPosts(manager, brand.id, strategist.id, specialist.id);
      const expert = users[DEMO_USERS.findIndex((u) => u.teamRoles.includes('chief_expert'))]!;
      await manager.insert(ToneGuidelineEntity, {
        brandId: brand.id,
        version: 1,
        guide: DEMO_TONE_GUIDE,
        createdBy: expert.id,
      });
      return true;
    });
  }
}
