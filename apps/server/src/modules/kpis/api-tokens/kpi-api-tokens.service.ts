import { can } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AppError } from '../../../platform/errors/index.js';
import { validName } from '../../../platform/validation/index.js';
import { AccessService, isUuid, type Principal, type UserPrincipal } from '../../access/index.js';
import { hashToken, newToken } from '../../accounts/index.js';
import { assertBrandActive, type BrandEntity } from '../../brands/index.js';
import { actorOf, EventLog, type EventType } from '../../events/index.js';
import { KpiApiTokenEntity } from './kpi-api-token.entity.js';

/** Every token starts so: secret scanners (and people) recognise a leaked one. */
export const KPI_TOKEN_PREFIX = 'chorus_kpi_';
/** Working tokens one person may hold on one brand. */
export const MAX_TOKENS_PER_OWNER = 10;
const TOKEN = /^chorus_kpi_[A-Za-z0-9_-]{43}$/;
/** last_used_at is written at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

export interface KpiApiTokenRow {
  id: string;
  brandId: string;
  label: string;
  lastFour: string;
  ownerId: string;
  ownerName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/**
 * Personal API tokens for posting KPI actuals from a team's own scripts. Whoever may enter
 * actuals (`metrics.edit`) makes and revokes their own; whoever manages the brand's
 * integrations (`integration.manage`) sees and revokes everyone's. A token carries its
 * owner's rights, checked again at every use: someone who loses `metrics.edit` on the brand
 * (a role change, leaving the team) loses what their tokens could do at once.
 */
@Injectable()
export class KpiApiTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: EventLog,
  ) {}

  /** The caller's working tokens of the brand, or everyone's for integration managers. */
  async list(principal: Principal, brandId: string): Promise<KpiApiTokenRow[]> {
    const {
      brand,
      principal: user,
      roles,
    } = await this.access.authorizeBrand(principal, brandId, 'metrics.edit');
    return this.rows(brand.id, { ownerId: can(roles, 'integration.manage') ? null : user.userId });
  }

  /** A new token; its secret is answered this once and never again. */
  async create(
    principal: Principal,
    brandId: string,
    label: string,
  ): Promise<{ token: string; row: KpiApiTokenRow }> {
    const { brand, principal: user } = await this.access.authorizeBrand(
      principal,
      brandId,
      'metrics.edit',
    );
    assertBrandActive(brand);
    const name = validName(label, 'label', 100);
    const token = `${KPI_TOKEN_PREFIX}${newToken()}`;
    const id = await this.dataSource.transaction(async (manager) => {
      // One owner at a time past the count (two tabs creating at once stay within the limit).
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `kpi_api_tokens:${brand.id}:${user.userId}`,
      ]);
      const held = await manager.countBy(KpiApiTokenEntity, {
        brandId: brand.id,
        userId: user.userId,
        revokedAt: IsNull(),
      });
      if (held >= MAX_TOKENS_PER_OWNER) {
        throw AppError.validation(
          'brandId',
          `You hold ${MAX_TOKENS_PER_OWNER} tokens for this brand; revoke one first.`,
        );
      }
      const saved = await manager.save(
        manager.create(KpiApiTokenEntity, {
          brandId: brand.id,
          userId: user.userId,
          label: name,
          tokenHash: hashToken(token),
          lastFour: token.slice(-4),
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.record(manager, 'kpi_api_token.created', principal, saved, brand);
      return saved.id;
    });
    const [row] = await this.rows(brand.id, { id });
    return { token, row: row! };
  }

  /** Revokes a token (its owner, or an integration manager); revoking twice is harmless. */
  async revoke(principal: Principal, id: string): Promise<boolean> {
    const user = this.access.requireUser(principal);
    const token = isUuid(id)
      ? await this.dataSource.manager.findOneBy(KpiApiTokenEntity, { id })
      : null;
    if (!token) throw AppError.notFound('The token');
    const brand = await this.dataSource.manager.findOneBy<BrandEntity>('BrandEntity', {
      id: token.brandId,
    });
    const roles = brand ? await this.access.brandRoles(user.userId, brand) : [];
    const mine = token.userId === user.userId && can(roles, 'metrics.edit');
    if (!brand || !(mine || can(roles, 'integration.manage'))) {
      if (can(roles, 'brand.read')) throw AppError.forbidden();
      throw AppError.notFound('The token');
    }
    if (token.revokedAt) return false;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(KpiApiTokenEntity, { id: token.id }, { revokedAt: new Date() });
      await this.record(manager, 'kpi_api_token.revoked', principal, token, brand);
    });
    return true;
  }

  /**
   * The owner a bearer token acts for on this brand, or null for a missing, malformed,
   * unknown or revoked token, another brand's token, or an owner who may no longer enter
   * actuals (the caller answers all alike). The token is found by its SHA-256 through a
   * unique index, so timing says nothing about stored tokens.
   */
  async authenticate(
    authorization: string | undefined,
    brandId: string,
    now = new Date(),
  ): Promise<UserPrincipal | null> {
    const secret = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!secret || !TOKEN.test(secret) || !isUuid(brandId)) return null;
    const token = await this.dataSource.manager.findOneBy(KpiApiTokenEntity, {
      tokenHash: hashToken(secret),
      revokedAt: IsNull(),
    });
    if (!token || token.brandId !== brandId) return null;
    const roles = await this.access.brandRoles(token.userId, { id: token.brandId });
    if (!can(roles, 'metrics.edit')) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.manager.update(
        KpiApiTokenEntity,
        { id: token.id },
        { lastUsedAt: now },
      );
    }
    // The token's id stands where a session id would: it is the credential in use.
    return { kind: 'user', userId: token.userId, sessionId: token.id };
  }

  /** The brand's working tokens: one person's (`ownerId`), one token (`id`), or all. */
  private async rows(
    brandId: string,
    only: { ownerId?: string | null; id?: string },
  ): Promise<KpiApiTokenRow[]> {
    return this.dataSource.query<KpiApiTokenRow[]>(
      `SELECT t.id, t.brand_id AS "brandId", t.label, t.last_four AS "lastFour",
              t.user_id AS "ownerId", u.display_name AS "ownerName",
              t.created_at AS "createdAt", t.last_used_at AS "lastUsedAt"
         FROM kpi_api_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.brand_id = $1 AND t.revoked_at IS NULL
          AND ($2::uuid IS NULL OR t.user_id = $2) AND ($3::uuid IS NULL OR t.id = $3)
        ORDER BY t.created_at DESC`,
      [brandId, only.ownerId ?? null, only.id ?? null],
    );
  }

  private async record(
    manager: EntityManager,
    type: EventType,
    principal: Principal,
    token: KpiApiTokenEntity,
    brand: BrandEntity,
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      actorId: actorOf(principal),
      subject: { type: 'kpi_api_token', id: token.id },
      data: { name: token.label },
    });
  }
}
