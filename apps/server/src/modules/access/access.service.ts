import {
  can,
  PERMISSIONS,
  type Action,
  type GuestRole,
  type Role,
  type WorkspaceRole,
} from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
// Type-only: the access layer reads memberships by SQL, so no module's code is loaded here.
import type { BrandEntity } from '../brands/index.js';
import type { GuestPrincipal, Principal, UserPrincipal } from './principal.js';

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

/** A brand read by a user on it, or by the guest of a link to its KPI report. */
export interface BrandReadAccess {
  principal: UserPrincipal | GuestPrincipal;
  brand: BrandEntity;
  roles: Role[];
}

/** A principal's standing on one document: its brand, its kind and the roles held there. */
export interface DocumentAccess {
  principal: UserPrincipal | GuestPrincipal;
  documentId: string;
  brandId: string;
  kind: string;
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
    const [membership] = isUuid(workspaceId)
      ? await manager.query<Array<{ role: WorkspaceRole }>>(
          'SELECT role FROM workspace_members WHERE workspace_id = $1 AND user_id = $2',
          [workspaceId, user.userId],
        )
      : [];
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
    const brand = isUuid(brandId)
      ? await manager.findOneBy<BrandEntity>('BrandEntity', { id: brandId })
      : null;
    const roles = brand
      ? ((await this.rolesOnBrands(user.userId, [brand.id], manager)).get(brand.id) ?? [])
      : [];
    if (!brand || !(can(roles, 'brand.read') || can(roles, action))) {
      throw AppError.notFound('The brand');
    }
    if (!can(roles, action)) throw AppError.forbidden();
    return { principal: user, brand, roles };
  }

  /**
   * {@link authorizeBrand}, and for a guest: the matrix's guest role of their link
   * ({@link guestRoleOf}) on the link's own brand. Only the actions a guest role holds on a
   * brand as a whole pass (today `metrics.read`, for a report link): a document or calendar
   * guest is FORBIDDEN, any other brand is NOT_FOUND. Users take the same statements as
   * {@link authorizeBrand}; a guest takes one.
   */
  async authorizeBrandOrGuest(
    principal: Principal,
    brandId: string,
    action: Action,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BrandReadAccess> {
    if (principal.kind !== 'guest') return this.authorizeBrand(principal, brandId, action, manager);
    if (PERMISSIONS[action].scope !== 'brand') throw new Error(`${action} is not a brand action`);
    const brand =
      isUuid(brandId) && brandId === principal.brandId
        ? await manager.findOneBy<BrandEntity>('BrandEntity', { id: brandId })
        : null;
    if (!brand || brand.archivedAt) throw AppError.notFound('The brand');
    const roles: Role[] = [guestRoleOf(principal)];
    if (!can(roles, action)) throw AppError.forbidden();
    return { principal, brand, roles };
  }

  /**
   * Checks an action on one document, for a user (their roles on its brand) or a guest
   * (the guest role of their link, only when the link's resource covers this document).
   * A document the principal may not see is NOT_FOUND, whatever its id.
   */
  async authorizeDocument(
    principal: Principal,
    documentId: string,
    action: Action | ((kind: string) => Action),
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DocumentAccess> {
    // An action given as a function of the kind (e.g. the kind's read action) is known
    // once the document is: still one statement.
    const actionOf = (kind: string): Action => {
      const chosen = typeof action === 'function' ? action(kind) : action;
      if (PERMISSIONS[chosen].scope !== 'brand') throw new Error(`${chosen} is not a brand action`);
      return chosen;
    };
    if (typeof action !== 'function') actionOf('');
    if (principal.kind === 'guest') {
      const found = await this.guestDocument(principal, documentId, manager);
      if (!found) throw AppError.notFound('The document');
      const roles: Role[] = [guestRoleOf(principal)];
      if (!can(roles, actionOf(found.kind))) throw AppError.forbidden();
      return { principal, documentId, brandId: principal.brandId, kind: found.kind, roles };
    }
    const user = this.requireUser(principal);
    const found = (await this.rolesOnDocuments(user.userId, [documentId], manager)).get(documentId);
    const checked = found ? actionOf(found.kind) : null;
    if (!found || !checked || !(can(found.roles, 'brand.read') || can(found.roles, checked))) {
      throw AppError.notFound('The document');
    }
    if (!can(found.roles, checked)) throw AppError.forbidden();
    return { principal: user, documentId, ...found };
  }

  /**
   * The document's kind when a guest's link covers it: the link's own document, or a post
   * of the link's brand published inside its calendar range (and filters). Null otherwise.
   */
  async guestDocument(
    guest: GuestPrincipal,
    documentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ kind: string } | null> {
    if (!isUuid(documentId)) return null;
    const resource = guest.resource;
    if (resource.kind === 'document') {
      if (resource.documentId !== documentId) return null;
      const [row] = await manager.query<Array<{ kind: string }>>(
        `SELECT d.kind FROM documents d JOIN brands b ON b.id = d.brand_id
          WHERE d.id = $1 AND d.brand_id = $2 AND d.archived_at IS NULL AND b.archived_at IS NULL`,
        [documentId, guest.brandId],
      );
      return row ?? null;
    }
    // A report link opens no document.
    if (resource.kind !== 'calendar') return null;
    const [row] = await manager.query<Array<{ kind: string }>>(
      `SELECT d.kind FROM posts p
         JOIN documents d ON d.id = p.document_id
         JOIN brands b ON b.id = p.brand_id
        WHERE p.document_id = $1 AND p.brand_id = $2
          AND d.archived_at IS NULL AND b.archived_at IS NULL
          AND p.publish_at >= $3 AND p.publish_at < $4
          AND ($5::varchar[] IS NULL OR p.networks && $5::varchar[])
          AND ($6::uuid[] IS NULL OR p.category_id = ANY($6::uuid[]))`,
      [
        documentId,
        guest.brandId,
        resource.from,
        resource.to,
        resource.networks?.length ? resource.networks : null,
        resource.categoryIds?.length ? resource.categoryIds : null,
      ],
    );
    return row ?? null;
  }

  /** The user's roles on a brand: their workspace role plus team roles from the brand's teams. */
  async brandRoles(
    userId: string,
    brand: Pick<BrandEntity, 'id'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Role[]> {
    return (await this.rolesOnBrands(userId, [brand.id], manager)).get(brand.id) ?? [];
  }

  /**
   * The user's roles on many brands in ONE statement (lists and calendars authorize in
   * bulk, never one check per row). Brands where the user holds no role are absent.
   */
  async rolesOnBrands(
    userId: string,
    brandIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Role[]>> {
    const ids = [...new Set(brandIds)].filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await manager.query<Array<{ id: string; roles: Role[] }>>(ROLES_ON_BRANDS, [
      userId,
      ids,
    ]);
    return new Map(rows.map((row) => [row.id, row.roles]));
  }

  /**
   * Roles of many people, each on a brand, in ONE statement (open live streams re-checked
   * together). Keyed by {@link pairKey}; pairs where the person holds no role are absent.
   */
  async rolesOfPairs(
    pairs: ReadonlyArray<{ userId: string; brandId: string }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Role[]>> {
    const valid = pairs.filter((pair) => isUuid(pair.userId) && isUuid(pair.brandId));
    if (valid.length === 0) return new Map();
    const rows = await manager.query<Array<{ user_id: string; id: string; roles: Role[] }>>(
      `SELECT p.user_id, r.id, r.roles
         FROM unnest($1::uuid[], $2::uuid[]) AS p(user_id, brand_id)
         CROSS JOIN LATERAL (${ROLES_ON_BRANDS.replaceAll('$1', 'p.user_id').replace(
           '= ANY($2::uuid[])',
           '= p.brand_id',
         )}) r`,
      [valid.map((pair) => pair.userId), valid.map((pair) => pair.brandId)],
    );
    return new Map(rows.map((row) => [pairKey(row.user_id, row.id), row.roles]));
  }

  /**
   * The user's roles on the brands of many documents, in ONE statement: document id →
   * its brand and kind, and the roles there. Documents of brands the user has no role on
   * are absent.
   */
  async rolesOnDocuments(
    userId: string,
    documentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, { brandId: string; kind: string; roles: Role[] }>> {
    const ids = [...new Set(documentIds)].filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await manager.query<
      Array<{ document_id: string; id: string; kind: string; roles: Role[] }>
    >(
      `WITH docs AS (SELECT id AS document_id, brand_id, kind FROM documents WHERE id = ANY($2::uuid[]))
       SELECT docs.document_id, docs.kind, r.id, r.roles
         FROM docs JOIN (${ROLES_ON_BRANDS.replace('$2::uuid[]', 'ARRAY(SELECT brand_id FROM docs)')}) r
           ON r.id = docs.brand_id`,
      [userId, ids],
    );
    return new Map(
      rows.map((row) => [row.document_id, { brandId: row.id, kind: row.kind, roles: row.roles }]),
    );
  }
}

/**
 * Roles of user $1 on each brand of $2: the workspace role plus every team role from the
 * brand's teams. Brands outside the user's workspaces give no row.
 */
const ROLES_ON_BRANDS = `
  SELECT b.id,
         ARRAY(
           SELECT DISTINCT r FROM (
             SELECT wm.role::text AS r
             UNION ALL
             SELECT unnest(tm.roles)::text
               FROM team_members tm JOIN brand_teams bt ON bt.team_id = tm.team_id
              WHERE bt.brand_id = b.id AND tm.user_id = $1
           ) AS all_roles
         ) AS roles
    FROM brands b
    JOIN workspace_members wm ON wm.workspace_id = b.workspace_id AND wm.user_id = $1
   WHERE b.id = ANY($2::uuid[])`;

/**
 * The matrix's role of a guest: `guest_report` for a link to a brand's KPI report (view
 * only, whatever capability it names), else the link's capability (`guest_view`, …).
 */
export function guestRoleOf(guest: Pick<GuestPrincipal, 'capability' | 'resource'>): GuestRole {
  return guest.resource.kind === 'report' ? 'guest_report' : `guest_${guest.capability}`;
}

/** The key of a (person, brand) pair in {@link AccessService.rolesOfPairs}'s answer. */
export function pairKey(userId: string, brandId: string): string {
  return `${userId}:${brandId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are checked before they reach SQL (a malformed uuid is simply not found). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
