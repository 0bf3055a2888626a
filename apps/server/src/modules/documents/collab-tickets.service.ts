import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  COLLAB_LIMITS,
  TICKET_VERSION,
  type Capability,
  type TicketPayload,
} from '@chorus/collab-protocol';
import { Injectable } from '@nestjs/common';
import { SystemMetadataService } from '../../platform/database/index.js';

const SECRET_KEY = 'collab_ticket_secret';

/** Issues and checks collaboration tickets (format in @chorus/collab-protocol). */
@Injectable()
export class CollabTicketsService {
  private secret?: Promise<Buffer>;

  constructor(private readonly systemMetadata: SystemMetadataService) {}

  async issue(input: {
    documentId: string;
    userId: string;
    sessionId: string;
    capability: Capability;
    now?: number;
  }): Promise<{ ticket: string; expiresAt: Date }> {
    const exp = Math.floor((input.now ?? Date.now()) / 1000) + COLLAB_LIMITS.ticketTtlSeconds;
    const payload: TicketPayload = {
      doc: input.documentId,
      sub: input.userId,
      sid: input.sessionId,
      cap: input.capability,
      exp,
    };
    const body = `${TICKET_VERSION}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return { ticket: `${body}.${await this.sign(body)}`, expiresAt: new Date(exp * 1000) };
  }

  /** The payload of a genuine, unexpired ticket for this document, or null. */
  async verify(
    ticket: string,
    documentId: string,
    now = Date.now(),
  ): Promise<TicketPayload | null> {
    if (ticket.length > 1000) return null;
    const parts = ticket.split('.');
    if (parts.length !== 3 || parts[0] !== TICKET_VERSION) return null;
    const body = `${parts[0]}.${parts[1]}`;
    const expected = Buffer.from(await this.sign(body));
    const given = Buffer.from(parts[2] ?? '');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let payload: TicketPayload;
    try {
      payload = JSON.parse(
        Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'),
      ) as TicketPayload;
    } catch {
      return null;
    }
    if (payload.doc !== documentId || typeof payload.exp !== 'number') return null;
    if (payload.exp * 1000 <= now) return null;
    return payload;
  }

  private async sign(body: string): Promise<string> {
    this.secret ??= this.systemMetadata.secret(SECRET_KEY);
    return createHmac('sha256', await this.secret)
      .update(body)
      .digest('base64url');
  }
}
