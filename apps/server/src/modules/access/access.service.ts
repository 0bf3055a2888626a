import {
  can,
  PERMISSIONS,
  type Action,
  type Role,
  type TeamRole,
  type WorkspaceRole,
} from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { BrandEntity } from '../brands/brand.entity.js';
import { WorkspaceMemberEntity } from '../workspaces/workspace-member.entity.js';
import type { Principal, UserPrincipal } from './principal.js';

export interface WorkspaceAccess {
  principal: UserPrincipal;
  workspaceId: string;
  role: WorkspaceRole;
}

export interface BrandAccess {
  principal: UserPrincipal;
  brand: BrandEntity;
  roles: Role[];
}

/**
 * Resolves a principal's roles on a resource and checks an action against the one
 * permission matrix (@chorus/permissions). Every service method calls one of the
 * `authorize*` methods first. A caller who may not even see the resource gets
 * NOT_FOUND, so identifiers of other workspaces reveal nothing.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The signed-in user, or UNAUTHENTICATED. */
  requireUser(principal: Principal): UserPrincipal {
    if (principal.kind !== 'user') throw AppError.unauthenticated();
    return principal;
  }

  async authorizeWorkspace(
    principal: Principal,
    workspaceId: string,
    action: Action,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkspaceAccess> {
    const user = this.requireUser(principal);
    if (PERMISSIONS[action].scope !== 'workspace') {
      throw new Error(`${action} is not a workspace action`);
    }
    const membership = isUuid(workspaceId)
      ? await manager.findOneBy(WorkspaceMemberEntity, { workspaceId, userId: user.userId })
      : null;
    if (!membership) throw AppError.notFound('The workspace');
    if (!can([membership.role], action)) throw AppError.forbidden();
    return { principal: user, workspaceId, role: membership.role };
  }

  async authorizeBrand(
    principal: Principal,
    brandId: string,
    action: Action,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BrandAccess> {
    const user = this.requireUser(principal);
    if (PERMISSIONS[action].scope !== 'brand') throw new Error(`${action} is not a brand action`);
    const brand = isUuid(brandId) ? await manager.findOneBy(BrandEntity, { id: brandId }) : null;
    const roles = brand ? await this.brandRoles(user.userId, brand, manager) : [];
    if (!brand || !(can(roles, 'brand.read') || can(roles, action))) {
      throw AppError.notFound('The brand');
    }
    if (!can(roles, action)) throw AppError.forbidden();
    return { principal: user, brand, roles };
  }

  /** The user's roles on a brand: their workspace role plus team roles from the brand's teams. */
  async brandRoles(
    userId: string,
    brand: Pick<BrandEntity, 'id' | 'workspaceId'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Role[]> {
    const membership = await manager.findOneBy(WorkspaceMemberEntity, {
      workspaceId: brand.workspaceId,
      userId,
    });
    if (!membership) return [];
    const rows = await manager.query<Array<{ roles: TeamRole[] }>>(
      `SELECT tm.roles FROM team_members tm
         JOIN brand_teams bt ON bt.team_id = tm.team_id
        WHERE bt.brand_id = $1 AND tm.user_id = $2`,
      [brand.id, userId],
    );
    return [...new Set<Role>([membership.role, ...rows.flatMap((row) => row.roles)])];
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are checked before they reach SQL (a malformed uuid is simply not found). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
