import { CloseCode, TICKET_PARAM } from '@chorus/collab-protocol';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SessionsService, UserEntity } from '../../modules/accounts/index.js';
import { CollabTicketsService } from '../../modules/documents/index.js';
import { CollabRefusal } from '../collab-refusal.js';
import { colorFor } from '../presence.js';
import type { CollabHook, ConnectContext } from './collab-hook.js';

/**
 * Who is connecting: a ticket (`?ticket=`, issued by GraphQL for this document) or the
 * session cookie. Runs before any document is loaded or any frame is read.
 */
@Injectable()
export class AuthenticateHook implements CollabHook {
  readonly name = 'authenticate';

  constructor(
    private readonly sessions: SessionsService,
    private readonly tickets: CollabTicketsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onConnect(context: ConnectContext): Promise<void> {
    const ticket = context.url.searchParams.get(TICKET_PARAM);
    let userId: string;
    let sessionId: string;
    if (ticket) {
      const payload = await this.tickets.verify(ticket, context.documentId);
      if (!payload || !(await this.sessions.isLive(payload.sid))) {
        throw new CollabRefusal(CloseCode.UNAUTHENTICATED);
      }
      userId = payload.sub;
      sessionId = payload.sid;
    } else {
      const principal = await this.sessions.principalFromCookies(context.request.headers.cookie);
      if (principal.kind !== 'user') throw new CollabRefusal(CloseCode.UNAUTHENTICATED);
      userId = principal.userId;
      sessionId = principal.sessionId;
    }
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id: userId });
    if (!user) throw new CollabRefusal(CloseCode.UNAUTHENTICATED);
    context.user = { userId, sessionId, name: user.displayName, color: colorFor(userId) };
  }
}
