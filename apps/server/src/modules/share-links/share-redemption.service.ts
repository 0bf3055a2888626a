import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { MailService } from '../../platform/mail/index.js';
import { LoginThrottleService, RateLimitService } from '../../platform/throttling/index.js';
import { validName } from '../../platform/validation/index.js';
import { AccessEvents, type GuestPrincipal, type Principal } from '../access/index.js';
import {
  hashToken,
  isValidEmail,
  normalizeEmail,
  verifyAgainstDummy,
  verifyPassword,
} from '../accounts/index.js';
import { EventLog } from '../events/index.js';
import type { RedeemShareLinkInput } from './dto/share-links.inputs.js';
import { GUEST_SESSION_MS, GuestSessionsService } from './guest-sessions.service.js';
import { guestCodeEmail } from './guest-code-email.js';
import { ShareLinkErrors } from './share-links.errors.js';
import { GuestSessionEntity } from './share-links.entities.js';
import {
  ShareLinksRepository,
  type GuestSessionRow,
  type ShareLinkRow,
} from './share-links.repository.js';
import { shareLinkStatus } from './share-links.service.js';

const OTP_TTL_MS = 10 * 60_000;
const OTP_MAX_ATTEMPTS = 5;
const MAX_TOKEN_LENGTH = 100;

/** What the guest page shows before a link is opened. */
export interface SharePreview {
  link: ShareLinkRow;
  needsPassword: boolean;
  needsEmail: boolean;
  smtpConfigured: boolean;
}

/**
 * The guest side of share links: preview, redemption (name, password, email), the email's
 * one-time code, the guest's own session. Every token is hashed and looked up the same
 * way, and every dead link — unknown, revoked, expired, its resource archived — answers
 * the same NOT_FOUND along the same path (a password given is checked against a dummy
 * hash), so neither the answer nor its timing tells them apart. Tokens are throttled per
 * address and per link before any look-up; passwords have their own throttle.
 */
@Injectable()
export class ShareRedemptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ShareLinksRepository,
    private readonly guests: GuestSessionsService,
    private readonly limits: RateLimitService,
    private readonly passwordThrottle: LoginThrottleService,
    private readonly mail: MailService,
    private readonly events: EventLog,
    private readonly accessEvents: AccessEvents,
  ) {}

  async preview(token: string, request: Pick<Request, 'ip'>): Promise<SharePreview> {
    const link = await this.liveLink(token, request, null);
    return this.previewOf(link);
  }

  async redeem(
    input: RedeemShareLinkInput,
    request: Request,
    response: Response,
  ): Promise<GuestSessionRow> {
    const name = validName(input.name, 'name', 100);
    const link = await this.liveLink(input.token, request, input.password ?? null);
    if (link.passwordHash !== null && (input.password ?? null) === null) {
      throw ShareLinkErrors.passwordRequired();
    }
    const { needsEmail } = this.previewOf(link);
    let email: string | null = null;
    if (input.email?.trim() || needsEmail) {
      if (!input.email || !isValidEmail(input.email)) {
        throw AppError.validation(
          'email',
          'Enter a valid email address: a code will be sent to it.',
        );
      }
      email = normalizeEmail(input.email);
    }
    const code = needsEmail ? String(randomInt(0, 1_000_000)).padStart(6, '0') : null;
    const sessionToken = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(
      Math.min(
        now + GUEST_SESSION_MS,
        link.expiresAt ? new Date(link.expiresAt).getTime() : Infinity,
      ),
    );
    const session = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(GuestSessionEntity, {
          shareLinkId: link.id,
          name,
          email,
          emailConfirmedAt: null,
          otpHash: null,
          otpExpiresAt: code ? new Date(now + OTP_TTL_MS) : null,
          otpAttempts: 0,
          tokenHash: hashToken(sessionToken),
          expiresAt,
          lastSeenAt: new Date(now),
          revokedAt: null,
        }),
      );
      if (code) {
        await manager.update(
          GuestSessionEntity,
          { id: saved.id },
          { otpHash: codeHash(saved.id, code) },
        );
      }
      await manager.query(
        `UPDATE share_links SET open_count = open_count + 1, last_opened_at = now(),
                last_opened_by_name = $2 WHERE id = $1`,
        [link.id, name],
      );
      await this.events.record(manager, {
        type: 'share_link.redeemed',
        workspaceId: link.workspaceId,
        brandId: link.brandId,
        documentId: link.documentId,
        actorId: null,
        subject: { type: 'share_link', id: link.id },
        data: { name: link.label, guestName: name, emailGiven: email !== null },
      });
      return saved;
    });
    if (code && email) {
      await this.mail.send({
        to: email,
        ...guestCodeEmail(request.get('accept-language'), code, link.brandName, name),
      });
    }
    this.guests.setCookie(response, sessionToken, expiresAt);
    return { link, sessionId: session.id, name, email, emailConfirmedAt: null, otpPending: !!code };
  }

  /** Confirms the guest's email with the emailed one-time code (5 tries, 10 minutes). */
  async confirmEmail(principal: Principal, code: string): Promise<GuestSessionRow> {
    const guest = requireGuest(principal);
    const session = await this.dataSource.manager.findOneByOrFail(GuestSessionEntity, {
      id: guest.guestSessionId,
    });
    if (session.emailConfirmedAt) return (await this.repository.guestSession(session.id))!;
    if (!session.otpHash || !session.otpExpiresAt || session.otpExpiresAt.getTime() <= Date.now()) {
      throw ShareLinkErrors.codeInvalid('expired');
    }
    if (session.otpAttempts >= OTP_MAX_ATTEMPTS)
      throw ShareLinkErrors.codeInvalid('too_many_attempts');
    const given = Buffer.from(codeHash(session.id, code.trim().slice(0, 20)));
    const expected = Buffer.from(session.otpHash);
    if (!timingSafeEqual(given, expected)) {
      await this.dataSource.query(
        'UPDATE guest_sessions SET otp_attempts = otp_attempts + 1 WHERE id = $1',
        [session.id],
      );
      throw ShareLinkErrors.codeInvalid(
        session.otpAttempts + 1 >= OTP_MAX_ATTEMPTS ? 'too_many_attempts' : 'wrong',
      );
    }
    await this.dataSource.query(
      `UPDATE guest_sessions SET email_confirmed_at = now(), otp_hash = NULL, otp_expires_at = NULL
        WHERE id = $1`,
      [session.id],
    );
    return (await this.repository.guestSession(session.id))!;
  }

  /** The guest's own session, or null for anyone else. */
  async session(principal: Principal): Promise<GuestSessionRow | null> {
    if (principal.kind !== 'guest') return null;
    return this.repository.guestSession(principal.guestSessionId);
  }

  /** Ends the guest's session (leaving the link on this browser). */
  async leave(principal: Principal, response: Response): Promise<boolean> {
    this.guests.clearCookie(response);
    if (principal.kind !== 'guest') return false;
    await this.dataSource.query(
      'UPDATE guest_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [principal.guestSessionId],
    );
    this.accessEvents.publish({
      kind: 'guestSessions',
      guestSessionIds: [principal.guestSessionId],
    });
    return true;
  }

  get smtpConfigured(): boolean {
    return this.mail.enabled;
  }

  private previewOf(link: ShareLinkRow): SharePreview {
    const smtpConfigured = this.mail.enabled;
    return {
      link,
      needsPassword: link.passwordHash !== null,
      needsEmail: link.capability === 'approve' && smtpConfigured,
      smtpConfigured,
    };
  }

  /**
   * The live link of a token, along one path for every token: throttle (address and
   * link), hash, look up, then — when a password was given or the link has one — the
   * password throttle and an argon2 verification (a dummy one for dead links).
   */
  private async liveLink(
    token: string,
    request: Pick<Request, 'ip'>,
    password: string | null,
  ): Promise<ShareLinkRow> {
    const address = request.ip ?? 'unknown';
    const tokenHash = hashToken(token.slice(0, MAX_TOKEN_LENGTH));
    await this.limits.consume('shareToken', { address, account: tokenHash });
    const found =
      token.length <= MAX_TOKEN_LENGTH ? await this.repository.byTokenHash(tokenHash) : null;
    const link =
      found &&
      timingSafeEqual(Buffer.from(found.tokenHash), Buffer.from(tokenHash)) &&
      shareLinkStatus(found) === 'active' &&
      !found.brandArchived &&
      !found.documentArchived &&
      (found.documentId === null || found.documentKind !== null)
        ? found
        : null;
    if (!link) {
      if (password !== null) await verifyAgainstDummy(password);
      throw ShareLinkErrors.deadLink();
    }
    // A token that opens is no guess: its address point is given back.
    await this.limits.reward('shareToken', 'address', address);
    if (link.passwordHash === null) {
      if (password !== null) await verifyAgainstDummy(password);
      return link;
    }
    if (password === null) {
      // Previews only say a password is needed; redemptions must give it.
      return link;
    }
    const attempt = { account: `share:${link.id}`, address, knownDevice: null };
    await this.passwordThrottle.check('sharePassword', attempt);
    if (!(await verifyPassword(link.passwordHash, password))) {
      await this.passwordThrottle.failed('sharePassword', attempt);
      throw ShareLinkErrors.passwordInvalid();
    }
    await this.passwordThrottle.succeeded('sharePassword', attempt);
    return link;
  }
}

function requireGuest(principal: Principal): GuestPrincipal {
  if (principal.kind !== 'guest') throw AppError.unauthenticated('Open the share link first.');
  return principal;
}

function codeHash(sessionId: string, code: string): string {
  return hashToken(`${sessionId}:${code}`);
}
