import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { SystemMetadataService } from '../../platform/database/index.js';

const SECRET_KEY = 'device_cookie_secret';
const VERSION = 'd1';
/** A browser that signed in within this time counts as known (renewed at each sign-in). */
const DEVICE_COOKIE_DAYS = 180;

/** A device cookie that checked out: the account it signed in to and its own id. */
export interface KnownDevice {
  userId: string;
  deviceId: string;
}

/**
 * Device cookies (OWASP "Slow down online guessing attacks with device cookies"): after
 * a successful sign-in the browser gets `d1.<userId>.<deviceId>.<HMAC>`, signed with a
 * secret kept in the database like the collaboration tickets' key. It proves nothing
 * about identity; it only lets the sign-in throttle tell the owner's browser from
 * strangers, so a per-account limit that strangers trip does not lock the owner out.
 * HttpOnly, SameSite=Lax, Secure and `__Host-` prefixed under https; sign-out keeps it.
 */
@Injectable()
export class DeviceCookiesService {
  private secret?: Promise<Buffer>;
  readonly cookieName: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly systemMetadata: SystemMetadataService,
  ) {
    this.cookieName = config.session.secureCookie ? '__Host-chorus_device' : 'chorus_device';
  }

  /** The device the request's cookie proves, or null (absent, forged, malformed). */
  async read(request: Pick<Request, 'headers'>): Promise<KnownDevice | null> {
    const header = request.headers.cookie;
    const value = header ? parseCookies(header)[this.cookieName] : undefined;
    if (!value || value.length > 200) return null;
    const parts = value.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) return null;
    const [, userId = '', deviceId = '', signature = ''] = parts;
    const expected = Buffer.from(await this.sign(`${VERSION}.${userId}.${deviceId}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return { userId, deviceId };
  }

  /** Sets (or renews) the device cookie for the user; keeps the id of a known device. */
  async issue(response: Response, userId: string, deviceId?: string): Promise<void> {
    const id = deviceId ?? randomBytes(16).toString('base64url');
    const body = `${VERSION}.${userId}.${id}`;
    response.cookie(this.cookieName, `${body}.${await this.sign(body)}`, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.session.secureCookie,
      path: '/',
      maxAge: DEVICE_COOKIE_DAYS * 24 * 3_600_000,
    });
  }

  private async sign(body: string): Promise<string> {
    this.secret ??= this.systemMetadata.secret(SECRET_KEY);
    return createHmac('sha256', await this.secret)
      .update(body)
      .digest('base64url');
  }
}
