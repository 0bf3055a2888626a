import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { AppError } from '../../platform/errors/index.js';
import { MailService } from '../../platform/mail/index.js';
import { isUuid, type GuestPrincipal } from '../access/index.js';
import { hashToken } from '../accounts/index.js';
import { ShareLinkErrors } from './share-links.errors.js';
import { ShareLinksRepository } from './share-links.repository.js';

/** How long a guest session lasts at most (less when its link expires sooner). */
export const GUEST_SESSION_MS = 30 * 86_400_000;

/**
 * Guest sessions as principals: the guest cookie (HttpOnly, SameSite=Lax, Secure and
 * `__Host-` prefixed on https, like the session cookie) carries a random token whose
 * SHA-256 is stored. A session counts only while it and its link are live.
 */
@Injectable()
export class GuestSessionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: ShareLinksRepository,
    private readonly mail: MailService,
  ) {}

  /** The guest a request's cookies prove, or null. */
  async principalFromCookies(
    cookies: Record<string, string | undefined>,
  ): Promise<GuestPrincipal | null> {
    const token = cookies[this.config.session.guestCookieName];
    if (!token || token.length > 100) return null;
    return this.repository.guestByTokenHash(hashToken(token));
  }

  /** The guest of a live session by id, or null (revoked, expired, its link dead). */
  async principalById(guestSessionId: string): Promise<GuestPrincipal | null> {
    return isUuid(guestSessionId) ? this.repository.guestBySessionId(guestSessionId) : null;
  }

  /**
   * Who a guest is when deciding at a client step: the name given, the link's label, and
   * the email confirmed by its one-time code. With mail configured an unconfirmed email
   * is refused (GUEST_EMAIL_UNCONFIRMED); without mail, the name and label are what is
   * recorded.
   */
  async decisionIdentity(
    guest: GuestPrincipal,
  ): Promise<{ name: string; label: string; email: string | null }> {
    const row = await this.repository.guestSession(guest.guestSessionId);
    if (!row) throw AppError.unauthenticated('Open the share link again.');
    if (this.mail.enabled && !row.emailConfirmedAt) throw ShareLinkErrors.emailUnconfirmed();
    return {
      name: row.name,
      label: row.link.label,
      email: row.emailConfirmedAt ? row.email : null,
    };
  }

  async isLive(guestSessionId: string): Promise<boolean> {
    return (await this.principalById(guestSessionId)) !== null;
  }

  /** Which of these guest sessions are still live (one statement). */
  liveSessionIds(guestSessionIds: readonly string[]): Promise<Set<string>> {
    return this.repository.liveSessionIds(guestSessionIds.filter(isUuid));
  }

  setCookie(response: Response, token: string, expiresAt: Date): void {
    response.cookie(this.config.session.guestCookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.session.secureCookie,
      path: '/',
      expires: expiresAt,
    });
  }

  clearCookie(response: Response): void {
    response.clearCookie(this.config.session.guestCookieName, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.session.secureCookie,
      path: '/',
    });
  }
}
