import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { AppError, notFoundAs } from '../../platform/errors/index.js';
import { validName } from '../../platform/validation/index.js';
import { AccessEvents, AccessService, isUuid, type Principal } from '../access/index.js';
import { hashPassword, hashToken } from '../accounts/index.js';
import { assertBrandActive } from '../brands/index.js';
import { actorOf, EventLog } from '../events/index.js';
import type { CreateShareLinkInput, ShareCalendarRangeInput } from './dto/share-links.inputs.js';
import { ShareLinkErrors } from './share-links.errors.js';
import { GuestSessionEntity, ShareLinkEntity } from './share-links.entities.js';
import { ShareLinksRepository, type ShareLinkRow } from './share-links.repository.js';

const DAY_MS = 86_400_000;
const MAX_EXPIRY_DAYS = 90;
const MAX_RANGE_DAYS = 366;
const MAX_FILTER_VALUES = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A report link names no document and no range: the brand's KPI report is the whole of it. */
const REPORT_RESOURCE = {
  resourceKind: 'report' as const,
  documentId: null,
  calendarFrom: null,
  calendarTo: null,
  networks: null,
  categoryIds: null,
};

/**
 * Creating, listing and revoking share links (`shareLink.manage` on the brand). The token
 * is made here and only its SHA-256 is stored; the URL carrying it is returned once.
 */
@Injectable()
export class ShareLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
    private readonly events: EventLog,
    private readonly repository: ShareLinksRepository,
  ) {}

  async create(
    principal: Principal,
    input: CreateShareLinkInput,
  ): Promise<{ link: ShareLinkRow; url: string }> {
    const { brand, principal: user } = await this.access.authorizeBrand(
      principal,
      input.brandId,
      'shareLink.manage',
    );
    assertBrandActive(brand);
    const label = validName(input.label, 'label', 200);
    const expiresAt = expiryOf(input.expiresInDays);
    const password = input.password ?? null;
    if (password !== null && (password.length < 8 || password.length > 200)) {
      throw AppError.validation('password', 'Use a password of 8 to 200 characters.');
    }
    const report = input.report === true;
    if ([Boolean(input.documentId), Boolean(input.calendar), report].filter(Boolean).length !== 1) {
      throw AppError.validation(
        'documentId',
        'Share one document, a calendar range or the KPI report.',
      );
    }
    if (report && input.capability !== 'view') throw ShareLinkErrors.reportViewOnly();
    const resource = report
      ? REPORT_RESOURCE
      : input.documentId
        ? await this.documentOf(brand.id, input.documentId)
        : await this.rangeOf(brand.id, input.calendar!);
    const token = randomBytes(32).toString('base64url');
    const passwordHash = password === null ? null : await hashPassword(password);
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ShareLinkEntity, {
          brandId: brand.id,
          ...resource,
          capability: input.capability,
          label,
          tokenHash: hashToken(token),
          passwordHash,
          expiresAt,
          createdBy: user.userId,
          revokedAt: null,
          lastOpenedAt: null,
          lastOpenedByName: null,
          openCount: 0,
        }),
      );
      await this.events.record(manager, {
        type: 'share_link.created',
        workspaceId: brand.workspaceId,
        brandId: brand.id,
        documentId: saved.documentId,
        actorId: user.userId,
        subject: { type: 'share_link', id: saved.id },
        data: {
          name: label,
          after: input.capability,
          expiresAt: expiresAt?.toISOString() ?? null,
          hasPassword: passwordHash !== null,
        },
      });
      return saved.id;
    });
    const link = (await this.repository.byId(id))!;
    return { link, url: `${this.config.publicUrl}/s/${token}` };
  }

  async list(
    principal: Principal,
    brandId: string,
    documentId: string | null,
  ): Promise<ShareLinkRow[]> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'shareLink.manage');
    if (documentId !== null && !isUuid(documentId)) return [];
    return this.repository.list(brand.id, documentId);
  }

  /**
   * Revokes a link and every guest session on it: HTTP requests fail at once, and the
   * access change (after the commit) closes its live sockets. Revoking twice is harmless.
   */
  async revoke(principal: Principal, id: string): Promise<ShareLinkRow> {
    this.access.requireUser(principal);
    const found = isUuid(id) ? await this.repository.byId(id) : null;
    if (!found) throw AppError.notFound('The link');
    const { brand } = await this.access
      .authorizeBrand(principal, found.brandId, 'shareLink.manage')
      .catch(notFoundAs('The link'));
    const revoked = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const result = await manager.update(
        ShareLinkEntity,
        { id: found.id, revokedAt: IsNull() },
        { revokedAt: now },
      );
      if (!result.affected) return false;
      await manager.update(
        GuestSessionEntity,
        { shareLinkId: found.id, revokedAt: IsNull() },
        { revokedAt: now },
      );
      await this.events.record(manager, {
        type: 'share_link.revoked',
        workspaceId: brand.workspaceId,
        brandId: brand.id,
        documentId: found.documentId,
        actorId: actorOf(principal),
        subject: { type: 'share_link', id: found.id },
        data: { name: found.label },
      });
      return true;
    });
    if (revoked) this.accessEvents.publish({ kind: 'shareLink', shareLinkId: found.id });
    return (await this.repository.byId(found.id))!;
  }

  private async documentOf(brandId: string, documentId: string) {
    const [document] = isUuid(documentId)
      ? await this.dataSource.query<Array<{ id: string }>>(
          'SELECT id FROM documents WHERE id = $1 AND brand_id = $2 AND archived_at IS NULL',
          [documentId, brandId],
        )
      : [];
    if (!document) throw AppError.notFound('The document');
    return {
      resourceKind: 'document' as const,
      documentId: document.id,
      calendarFrom: null,
      calendarTo: null,
      networks: null,
      categoryIds: null,
    };
  }

  private async rangeOf(brandId: string, range: ShareCalendarRangeInput) {
    const from = validDay(range.from, 'calendar.from');
    const to = validDay(range.to, 'calendar.to');
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
    if (days < 1 || days > MAX_RANGE_DAYS) {
      throw AppError.validation(
        'calendar.to',
        `The range must end after it starts and span at most ${MAX_RANGE_DAYS} days.`,
      );
    }
    const networks = range.networks?.length ? [...new Set(range.networks)] : null;
    const categoryIds = range.categoryIds?.length ? [...new Set(range.categoryIds)] : null;
    if (
      (networks?.length ?? 0) > MAX_FILTER_VALUES ||
      (categoryIds?.length ?? 0) > MAX_FILTER_VALUES
    ) {
      throw AppError.validation('calendar', `Use at most ${MAX_FILTER_VALUES} values per filter.`);
    }
    if (categoryIds) {
      const [row] = categoryIds.every(isUuid)
        ? await this.dataSource.query<Array<{ count: number }>>(
            'SELECT count(*)::int AS count FROM content_categories WHERE brand_id = $1 AND id = ANY($2::uuid[])',
            [brandId, categoryIds],
          )
        : [{ count: -1 }];
      if (row?.count !== categoryIds.length) {
        throw AppError.validation('calendar.categoryIds', 'Pick categories of this brand.');
      }
    }
    return {
      resourceKind: 'calendar' as const,
      documentId: null,
      calendarFrom: from,
      calendarTo: to,
      networks,
      categoryIds,
    };
  }
}

function expiryOf(days: number | null | undefined): Date | null {
  if (days === null || days === undefined) return null;
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) {
    throw AppError.validation(
      'expiresInDays',
      `Choose an expiry of 1 to ${MAX_EXPIRY_DAYS} days, or none.`,
    );
  }
  return new Date(Date.now() + days * DAY_MS);
}

function validDay(value: string, field: string): string {
  if (
    !DAY.test(value) ||
    Number.isNaN(Date.parse(value)) ||
    new Date(value).toISOString().slice(0, 10) !== value
  ) {
    throw AppError.validation(field, 'Enter a day as yyyy-mm-dd.');
  }
  return value;
}

/** A link's status now: revoked first, then expired. */
export function shareLinkStatus(
  link: Pick<ShareLinkRow, 'revokedAt' | 'expiresAt'>,
  now = Date.now(),
): 'active' | 'expired' | 'revoked' {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt && new Date(link.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}
