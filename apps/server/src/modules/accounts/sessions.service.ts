import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { ANONYMOUS, type GuestPrincipal, type Principal } from '../access/index.js';
import { SessionEntity } from './session.entity.js';
import { hashToken, newToken } from './tokens.js';

/**
 * Resolves a request's guest cookie (share links) into its guest, or null. Registered by
 * the share-links module, which owns guest sessions (accounts does not know it).
 */
export type GuestResolver = (
  cookies: Record<string, string | undefined>,
) => Promise<GuestPrincipal | null>;

/** last_seen_at is written at most this often, so reads do not become writes. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Server-side sessions: a random token in an HttpOnly, SameSite=Lax cookie (Secure and
 * `__Host-` prefixed when PUBLIC_URL is https); the database keeps its hash, an idle
 * and an absolute expiry, and a revocation time.
 */
@Injectable()
export class SessionsService {
  private guestResolver: GuestResolver | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    userId: string,
    request: Request,
    response: Response,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionEntity> {
    const token = newToken();
    const now = new Date();
    const session = await manager.save(
      manager.create(SessionEntity, {
        tokenHash: hashToken(token),
        userId,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.session.absoluteMs),
        revokedAt: null,
        userAgent: request.get('user-agent')?.slice(0, 300) ?? null,
        ipAddress: request.ip?.slice(0, 64) ?? null,
      }),
    );
    response.cookie(this.config.session.cookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.session.secureCookie,
      path: '/',
      expires: session.expiresAt,
    });
    return session;
  }

  /** The principal a request's cookie proves, or anonymous (expired, revoked, unknown). */
  principalFromRequest(request: Pick<Request, 'headers'>): Promise<Principal> {
    return this.principalFromCookies(request.headers.cookie);
  }

  /** Lets the share-links module resolve guest cookies (see {@link GuestResolver}). */
  useGuestResolver(resolver: GuestResolver): void {
    this.guestResolver = resolver;
  }

  /**
   * The principal a Cookie header proves: a signed-in user; else, a guest of a share link
   * (only when there is no user session); else anonymous (expired, revoked, unknown).
   */
  async principalFromCookies(header: string | undefined): Promise<Principal> {
    if (!header) return ANONYMOUS;
    const cookies = parseCookies(header);
    const token = cookies[this.config.session.cookieName];
    if (token && token.length <= 100) {
      const session = await this.dataSource.manager.findOneBy(SessionEntity, {
        tokenHash: hashToken(token),
        revokedAt: IsNull(),
      });
      if (session && this.isUsable(session)) {
        await this.touch(session);
        return { kind: 'user', userId: session.userId, sessionId: session.id };
      }
    }
    return (await this.guestResolver?.(cookies)) ?? ANONYMOUS;
  }

  private isUsable(session: SessionEntity, now = new Date()): boolean {
    if (session.revokedAt) return false;
    if (session.expiresAt.getTime() <= now.getTime()) return false;
    return session.lastSeenAt.getTime() + this.config.session.idleMs > now.getTime();
  }

  async revoke(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(
      SessionEntity,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  /** Revokes every live session of the user, except `keepSessionId` when given. */
  async revokeAllForUser(
    userId: string,
    keepSessionId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) query.andWhere('id <> :keepSessionId', { keepSessionId });
    const result = await query.execute();
    return result.affected ?? 0;
  }

  clearCookie(response: Response): void {
    response.clearCookie(this.config.session.cookieName, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.session.secureCookie,
      path: '/',
    });
  }

  /** Whether a session is still live (not revoked, not expired, not idle too long). */
  async isLive(sessionId: string): Promise<boolean> {
    const session = await this.dataSource.manager.findOneBy(SessionEntity, { id: sessionId });
    return session !== null && this.isUsable(session);
  }

  private async touch(session: SessionEntity): Promise<void> {
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return;
    await this.dataSource.manager.update(
      SessionEntity,
      { id: session.id },
      { lastSeenAt: new Date(now) },
    );
  }
}
