import { CloseCode, TICKET_PARAM } from '@chorus/collab-protocol';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SessionsService } from '../../modules/accounts/index.js';
import type { GuestPrincipal } from '../../modules/access/index.js';
import { CollabTicketsService } from '../../modules/documents/index.js';
import { GuestSessionsService } from '../../modules/share-links/index.js';
import type { CollabUser } from '../collab-connection.js';
import { CollabRefusal } from '../collab-refusal.js';
import { colorFor } from '../presence.js';
import type { CollabHook, ConnectContext } from './collab-hook.js';

/** Collaboration ids of guests: `guest:<guest session id>` (tickets' `sub`, presence ids). */
const GUEST_PREFIX = 'guest:';

/** A guest on the socket: presence shows "Guest: <name>"; access is checked as the guest. */
function guestUser(guest: GuestPrincipal): CollabUser {
  const userId = `${GUEST_PREFIX}${guest.guestSessionId}`;
  return {
    userId,
    sessionId: guest.guestSessionId,
    name: `Guest: ${guest.name}`,
    color: colorFor(userId),
    guest,
  };
}

/**
 * Who is connecting: a ticket (`?ticket=`, issued by GraphQL for this document, to a user
 * or a guest) or the session cookie (else the guest cookie of a share link). Runs before any document is loaded or any frame is read.
 */
@Injectable()
export class AuthenticateHook implements CollabHook {
  readonly name = 'authenticate';

  constructor(
    private readonly sessions: SessionsService,
    private readonly tickets: CollabTicketsService,
    private readonly guests: GuestSessionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onConnect(context: ConnectContext): Promise<void> {
    const ticket = context.url.searchParams.get(TICKET_PARAM);
    let userId: string;
    let sessionId: string;
    if (ticket) {
      const payload = await this.tickets.verify(ticket, context.documentId);
      if (!payload) throw new CollabRefusal(CloseCode.UNAUTHENTICATED);
      if (payload.sub.startsWith(GUEST_PREFIX)) {
        const guest = await this.guests.principalById(payload.sid);
        if (!guest || payload.sub !== `${GUEST_PREFIX}${guest.guestSessionId}`) {
          throw new CollabRefusal(CloseCode.UNAUTHENTICATED);
        }
        context.user = guestUser(guest);
        return;
      }
      if (!(await this.sessions.isLive(payload.sid))) {
        throw new CollabRefusal(CloseCode.UNAUTHENTICATED);
      }
      userId = payload.sub;
      sessionId = payload.sid;
    } else {
      const principal = await this.sessions.principalFromCookies(context.request.headers.cookie);
      if (principal.kind === 'guest') {
        context.user = guestUser(principal);
        return;
      }
      if (principal.kind !== 'user') throw new CollabRefusal(CloseCode.UNAUTHENTICATED);
      userId = principal.userId;
      sessionId = principal.sessionId;
    }
    // A plain statement: the ORM's entity path cost more than the query on every connect.
    const [user] = await this.dataSource.query<Array<{ display_name: string }>>(
      'SELECT display_name FROM users WHERE id = $1',
      [userId],
    );
    if (!user) throw new CollabRefusal(CloseCode.UNAUTHENTICATED);
    context.user = { userId, sessionId, name: user.display_name, color: colorFor(userId) };
  }
}
