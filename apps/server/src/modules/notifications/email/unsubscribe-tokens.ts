import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SystemMetadataService } from '../../../platform/database/index.js';

const SECRET_KEY = 'notifications.unsubscribe';

/**
 * One-click unsubscribe links: `<user id>.<kind>` signed with HMAC-SHA256 under a secret
 * of this installation (created on first use, shared by every instance through the
 * database). Not guessable from ids; valid until the secret changes.
 */
@Injectable()
export class UnsubscribeTokens {
  private secret?: Promise<Buffer>;

  constructor(private readonly metadata: SystemMetadataService) {}

  async sign(userId: string, kind: string): Promise<string> {
    const payload = Buffer.from(`${userId}.${kind}`).toString('base64url');
    return `${payload}.${await this.mac(payload)}`;
  }

  /** The (user, kind) a token names, or null when it was not signed here. */
  async verify(token: string): Promise<{ userId: string; kind: string } | null> {
    if (token.length > 300) return null;
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(await this.mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const text = Buffer.from(payload, 'base64url').toString('utf8');
    const at = text.indexOf('.');
    if (at < 0) return null;
    return { userId: text.slice(0, at), kind: text.slice(at + 1) };
  }

  private async mac(payload: string): Promise<string> {
    this.secret ??= this.metadata.secret(SECRET_KEY);
    return createHmac('sha256', await this.secret)
      .update(payload)
      .digest('base64url');
  }
}
