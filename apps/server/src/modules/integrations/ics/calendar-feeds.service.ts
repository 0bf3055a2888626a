import { can } from '@chorus/permissions';
import { PLANNED_STATUSES } from '@chorus/post-model';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../platform/config/index.js';
import { AccessService, type Principal } from '../../access/index.js';
import type { BrandEntity } from '../../brands/index.js';
import { hashToken, newToken } from '../../accounts/index.js';
import { actorOf, EventLog, type EventType } from '../../events/index.js';
import { PostsRepository } from '../../posts/index.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { buildIcs } from './ics-document.js';

/** The feed covers posts from this many days back… */
export const FEED_DAYS_BEFORE = 92;
/** …to this many days ahead. */
export const FEED_DAYS_AFTER = 366;
/** Most events in one feed. */
export const FEED_MAX_POSTS = 5_000;
/** last_used_at is written at most this often. */
const TOUCH_INTERVAL_MS = 60_000;
const DAY_MS = 86_400_000;

export interface CreatedFeed {
  feed: CalendarFeedEntity;
  /** The subscription URL; it holds the secret and is answered only now. */
  url: string;
}

/**
 * Personal iCalendar feeds of a brand's calendar. Anyone signed in who may read the
 * brand's posts (`post.read`) may have one feed per brand; making a new one revokes the
 * old. The feed answers only while it is not revoked and its owner can still read the
 * posts: someone removed from the brand's teams or the workspace loses the feed too.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly posts: PostsRepository,
    private readonly events: EventLog,
  ) {}

  /** The caller's working feed of the brand, or null. */
  async mine(principal: Principal, brandId: string): Promise<CalendarFeedEntity | null> {
    const { brand, principal: user } = await this.access.authorizeBrand(
      principal,
      brandId,
      'post.read',
    );
    return this.dataSource.manager.findOneBy(CalendarFeedEntity, {
      brandId: brand.id,
      userId: user.userId,
      revokedAt: IsNull(),
    });
  }

  /** A new feed (revoking the caller's previous one of the brand); its URL is answered once. */
  async create(principal: Principal, brandId: string): Promise<CreatedFeed> {
    const { brand, principal: user } = await this.access.authorizeBrand(
      principal,
      brandId,
      'post.read',
    );
    const token = newToken();
    const feed = await this.dataSource.transaction(async (manager) => {
      await this.revokeAll(manager, brand, user.userId, principal);
      const saved = await manager.save(
        manager.create(CalendarFeedEntity, {
          brandId: brand.id,
          userId: user.userId,
          tokenHash: hashToken(token),
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.record(manager, 'calendar_feed.created', principal, saved, brand, {
        name: brand.name,
      });
      return saved;
    });
    return { feed, url: this.feedUrl(token) };
  }

  /** Revokes the caller's feed of the brand; answers whether there was one. */
  async revoke(principal: Principal, brandId: string): Promise<boolean> {
    const { brand, principal: user } = await this.access.authorizeBrand(
      principal,
      brandId,
      'post.read',
    );
    return this.dataSource.transaction((manager) =>
      this.revokeAll(manager, brand, user.userId, principal),
    );
  }

  /**
   * The iCalendar text a token opens, or null for an unknown or revoked token or an owner
   * who may no longer read the brand's posts (the caller answers all three alike: 404).
   * The token is found by its SHA-256 through a unique index: the lookup compares hashes
   * an attacker cannot steer, so timing reveals nothing about stored tokens.
   */
  async render(token: string, now = new Date()): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const feed = await this.dataSource.manager.findOneBy(CalendarFeedEntity, {
      tokenHash: hashToken(token),
      revokedAt: IsNull(),
    });
    if (!feed) return null;
    const brand = await this.dataSource.manager.findOneBy<BrandEntity>('BrandEntity', {
      id: feed.brandId,
    });
    if (!brand) return null;
    const roles = await this.access.brandRoles(feed.userId, brand);
    if (!can(roles, 'post.read')) return null;
    const rows = await this.posts.calendar({
      brandId: brand.id,
      from: new Date(now.getTime() - FEED_DAYS_BEFORE * DAY_MS),
      to: new Date(now.getTime() + FEED_DAYS_AFTER * DAY_MS),
      networks: null,
      statuses: [...PLANNED_STATUSES],
      categoryIds: null,
      goalIds: null,
      mediaPlanRowIds: null,
      assigneeIds: null,
      includeUnscheduled: false,
      limit: FEED_MAX_POSTS,
    });
    if (!feed.lastUsedAt || now.getTime() - feed.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.manager.update(
        CalendarFeedEntity,
        { id: feed.id },
        { lastUsedAt: now },
      );
    }
    return buildIcs(brand, rows, this.config.publicUrl);
  }

  private feedUrl(token: string): string {
    return new URL(`/api/calendar/${token}.ics`, this.config.publicUrl).toString();
  }

  private async revokeAll(
    manager: EntityManager,
    brand: BrandEntity,
    userId: string,
    principal: Principal,
  ): Promise<boolean> {
    const active = await manager.findBy(CalendarFeedEntity, {
      brandId: brand.id,
      userId,
      revokedAt: IsNull(),
    });
    for (const feed of active) {
      await manager.update(CalendarFeedEntity, { id: feed.id }, { revokedAt: new Date() });
      await this.record(manager, 'calendar_feed.revoked', principal, feed, brand, {
        name: brand.name,
      });
    }
    return active.length > 0;
  }

  private async record(
    manager: EntityManager,
    type: EventType,
    principal: Principal,
    feed: CalendarFeedEntity,
    brand: BrandEntity,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      actorId: actorOf(principal),
      subject: { type: 'calendar_feed', id: feed.id },
      data,
    });
  }
}
