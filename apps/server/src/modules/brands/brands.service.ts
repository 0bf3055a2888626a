import { allowedActions, PERMISSIONS, type Role } from '@chorus/permissions';
import { DEFAULT_PROMOTION_CAP_PERCENT, isPromotionCap } from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { validName, validText } from '../../platform/validation/index.js';
import { AccessEvents, AccessService, isUuid, type Principal } from '../access/index.js';
import { actorOf, EventLog, type EventType } from '../events/index.js';
import { TeamEntity } from '../teams/index.js';
import { validLanguages, validTimeZone, validUtm } from './brand-rules.js';
import { BrandTeamEntity } from './brand-team.entity.js';
import { BrandEntity } from './brand.entity.js';
import { seedContentCategories } from './content-categories.service.js';
import type {
  CreateBrandInput,
  SetBrandTeamsInput,
  UpdateBrandInput,
} from './dto/brands.inputs.js';

export interface BrandView {
  brand: BrandEntity;
  roles: Role[];
}

/** Brand-scope actions a set of roles allows. */
export function brandActions(roles: Role[]): string[] {
  return allowedActions(roles).filter((action) => PERMISSIONS[action].scope === 'brand');
}

const TEXT_MAX = 5000;

function validCap(percent: number): number {
  if (!isPromotionCap(percent)) {
    throw AppError.validation(
      'promotionCapPercent',
      'The promotion cap is a whole percentage from 0 to 100.',
    );
  }
  return percent;
}

@Injectable()
export class BrandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
    private readonly events: EventLog,
  ) {}

  /** The brands of a workspace the caller may open (owners and admins see them all). */
  async list(
    principal: Principal,
    workspaceId: string,
    includeArchived: boolean,
  ): Promise<BrandView[]> {
    const { principal: user } = await this.access.authorizeWorkspace(
      principal,
      workspaceId,
      'workspace.read',
    );
    const brands = await this.dataSource.manager.find(BrandEntity, {
      where: { workspaceId, ...(includeArchived ? {} : { archivedAt: IsNull() }) },
      order: { name: 'ASC' },
    });
    // One statement for every brand's roles, not one check per row.
    const rolesByBrand = await this.access.rolesOnBrands(
      user.userId,
      brands.map((brand) => brand.id),
    );
    const views: BrandView[] = [];
    for (const brand of brands) {
      const roles = rolesByBrand.get(brand.id) ?? [];
      if (brandActions(roles).includes('brand.read')) views.push({ brand, roles });
    }
    return views;
  }

  async get(principal: Principal, brandId: string): Promise<BrandView> {
    const { brand, roles } = await this.access.authorizeBrand(principal, brandId, 'brand.read');
    return { brand, roles };
  }

  async teams(principal: Principal, brandId: string): Promise<TeamEntity[]> {
    await this.access.authorizeBrand(principal, brandId, 'brand.read');
    return this.dataSource.manager
      .createQueryBuilder(TeamEntity, 't')
      .innerJoin(BrandTeamEntity, 'bt', 'bt.team_id = t.id')
      .where('bt.brand_id = :brandId', { brandId })
      .orderBy('t.name', 'ASC')
      .getMany();
  }

  async create(principal: Principal, input: CreateBrandInput): Promise<BrandView> {
    const { principal: user } = await this.access.authorizeWorkspace(
      principal,
      input.workspaceId,
      'brand.create',
    );
    const values = {
      workspaceId: input.workspaceId,
      name: validName(input.name),
      description: validText(input.description ?? '', 'description', TEXT_MAX),
      communityConcept: validText(input.communityConcept ?? '', 'communityConcept', TEXT_MAX),
      networks: [...new Set(input.networks ?? [])],
      contentLanguages: validLanguages(input.contentLanguages ?? []),
      timeZone: validTimeZone(input.timeZone ?? 'UTC'),
      promotionCapPercent: validCap(input.promotionCapPercent ?? DEFAULT_PROMOTION_CAP_PERCENT),
      utmMedium: validUtm(input.utmMedium ?? 'social', 'utmMedium'),
      utmCampaign: validUtm(input.utmCampaign ?? '', 'utmCampaign'),
    };
    const brand = await this.dataSource.transaction(async (manager) => {
      const teamIds = await this.teamsOfWorkspace(manager, input.workspaceId, input.teamIds ?? []);
      const saved = await manager.save(manager.create(BrandEntity, values));
      await seedContentCategories(manager, saved.id);
      if (teamIds.length) {
        await manager.insert(
          BrandTeamEntity,
          teamIds.map((teamId) => ({ brandId: saved.id, teamId })),
        );
      }
      await this.record(manager, principal, saved, 'brand.created', { name: saved.name });
      return saved;
    });
    return { brand, roles: await this.access.brandRoles(user.userId, brand) };
  }

  async update(principal: Principal, input: UpdateBrandInput): Promise<BrandView> {
    const { brand, roles } = await this.access.authorizeBrand(
      principal,
      input.brandId,
      'brand.update',
    );
    const changes: Partial<BrandEntity> = {};
    if (input.name != null) changes.name = validName(input.name);
    if (input.description != null)
      changes.description = validText(input.description, 'description', TEXT_MAX);
    if (input.communityConcept != null) {
      changes.communityConcept = validText(input.communityConcept, 'communityConcept', TEXT_MAX);
    }
    if (input.networks != null) changes.networks = [...new Set(input.networks)];
    if (input.contentLanguages != null)
      changes.contentLanguages = validLanguages(input.contentLanguages);
    if (input.timeZone != null) changes.timeZone = validTimeZone(input.timeZone);
    if (input.promotionCapPercent != null) {
      changes.promotionCapPercent = validCap(input.promotionCapPercent);
    }
    if (input.utmMedium != null) changes.utmMedium = validUtm(input.utmMedium, 'utmMedium');
    if (input.utmCampaign != null) {
      changes.utmCampaign = validUtm(input.utmCampaign, 'utmCampaign');
    }
    if (Object.keys(changes).length) {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(BrandEntity, { id: brand.id }, changes);
        const renamed = changes.name !== undefined && changes.name !== brand.name;
        await this.record(manager, principal, brand, 'brand.updated', {
          name: changes.name ?? brand.name,
          fields: Object.keys(changes),
          ...(renamed ? { before: brand.name, after: changes.name } : {}),
        });
      });
    }
    return {
      brand: await this.dataSource.manager.findOneByOrFail(BrandEntity, { id: brand.id }),
      roles,
    };
  }

  async setTeams(principal: Principal, input: SetBrandTeamsInput): Promise<BrandView> {
    const { brand, principal: user } = await this.access.authorizeBrand(
      principal,
      input.brandId,
      'brand.update',
    );
    await this.dataSource.transaction(async (manager) => {
      const teamIds = await this.teamsOfWorkspace(manager, brand.workspaceId, input.teamIds);
      const before = await this.teamNames(manager, brand.id);
      await manager.delete(BrandTeamEntity, { brandId: brand.id });
      if (teamIds.length) {
        await manager.insert(
          BrandTeamEntity,
          teamIds.map((teamId) => ({ brandId: brand.id, teamId })),
        );
      }
      const after = await this.teamNames(manager, brand.id);
      await this.record(manager, principal, brand, 'brand.teams_changed', {
        name: brand.name,
        before,
        after,
      });
    });
    this.accessEvents.publish({ kind: 'workspace', workspaceId: brand.workspaceId });
    return { brand, roles: await this.access.brandRoles(user.userId, brand) };
  }

  async setArchived(principal: Principal, brandId: string, archived: boolean): Promise<BrandView> {
    const { brand, roles } = await this.access.authorizeBrand(principal, brandId, 'brand.update');
    const archivedAt = archived ? (brand.archivedAt ?? new Date()) : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(BrandEntity, { id: brand.id }, { archivedAt });
      if (Boolean(brand.archivedAt) !== archived) {
        await this.record(
          manager,
          principal,
          brand,
          archived ? 'brand.archived' : 'brand.restored',
          {
            name: brand.name,
          },
        );
      }
    });
    // Open collaboration sockets of its documents are re-checked (archived: closed with 4410).
    this.accessEvents.publish({ kind: 'workspace', workspaceId: brand.workspaceId });
    return { brand: { ...brand, archivedAt }, roles };
  }

  private async record(
    manager: EntityManager,
    principal: Principal,
    brand: Pick<BrandEntity, 'id' | 'workspaceId'>,
    type: EventType,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      actorId: actorOf(principal),
      subject: { type: 'brand', id: brand.id },
      data,
    });
  }

  private async teamNames(manager: EntityManager, brandId: string): Promise<string[]> {
    const rows = await manager.query<Array<{ name: string }>>(
      `SELECT t.name FROM teams t JOIN brand_teams bt ON bt.team_id = t.id
        WHERE bt.brand_id = $1 ORDER BY t.name`,
      [brandId],
    );
    return rows.map((row) => row.name);
  }

  /** Checks every id names a team of this workspace; another workspace's team is NOT_FOUND. */
  private async teamsOfWorkspace(
    manager: EntityManager,
    workspaceId: string,
    teamIds: string[],
  ): Promise<string[]> {
    const unique = [...new Set(teamIds)];
    if (unique.some((id) => !isUuid(id))) throw AppError.notFound('A team');
    if (unique.length === 0) return [];
    const found = await manager.countBy(TeamEntity, { id: In(unique), workspaceId });
    if (found !== unique.length) throw AppError.notFound('A team');
    return unique;
  }
}
