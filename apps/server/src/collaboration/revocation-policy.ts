import { CloseCode } from '@chorus/collab-protocol';
import { Inject, Injectable } from '@nestjs/common';
import { AccessEvents, type AccessChange } from '../modules/access/index.js';
import { SessionsService } from '../modules/accounts/index.js';
import { GuestSessionsService } from '../modules/share-links/index.js';
import type { CollabConnection } from './collab-connection.js';
import { CollabRefusal } from './collab-refusal.js';
import { COLLAB_FANOUT } from './fanout.provider.js';
import type { Fanout } from './fanout.js';
import { AuthorizeHook } from './hooks/index.js';
import { LiveDocuments } from './live-documents.js';

/** Closes one connection with a code (the gateway's lifecycle does the rest). */
export type CloseConnection = (connection: CollabConnection, code: CloseCode) => void;

/**
 * Which open connections lose access, and with which code: on every access change (here
 * or, through the fan-out, on another instance) the concerned connections are authorised
 * afresh; sessions that merely expired are found by a periodic look.
 */
@Injectable()
export class RevocationPolicy {
  private close: CloseConnection = () => undefined;
  private unsubscribe: () => void = () => undefined;

  constructor(
    private readonly documents: LiveDocuments,
    private readonly authorize: AuthorizeHook,
    private readonly accessEvents: AccessEvents,
    private readonly sessions: SessionsService,
    private readonly guests: GuestSessionsService,
    @Inject(COLLAB_FANOUT) private readonly fanout: Fanout,
  ) {}

  /** Starts listening; `close` is how a revoked connection is closed. */
  start(close: CloseConnection): void {
    this.close = close;
    this.unsubscribe = this.accessEvents.subscribe((change) => {
      this.fanout.publishAccess(change);
      void this.onAccessChange(change);
    });
    this.fanout.onAccess((change) => void this.onAccessChange(change));
  }

  stop(): void {
    this.unsubscribe();
    this.close = () => undefined;
  }

  /** Re-checks the connections an access change may concern; closes those that lost access. */
  async onAccessChange(change: AccessChange): Promise<void> {
    for (const document of await this.documents.all()) {
      for (const connection of [...document.connections]) {
        if (!concerns(change, connection)) continue;
        if (
          change.kind === 'session' ||
          change.kind === 'user' ||
          change.kind === 'shareLink' ||
          change.kind === 'guestSessions'
        ) {
          this.close(connection, CloseCode.ACCESS_REVOKED);
          continue;
        }
        const code = await this.verdict(connection);
        if (code !== null) this.close(connection, code);
      }
    }
  }

  /**
   * Sessions also end by expiry, which no event announces: the gateway calls this every
   * 30 s. Guest sessions end with their link's expiry too: both are looked at here.
   */
  async recheckSessions(): Promise<void> {
    const connections = (await this.documents.all()).flatMap((d) => [...d.connections]);
    const sessions = new Map(
      connections.map((c) => [c.user.sessionId, c.user.guest !== undefined]),
    );
    for (const [sessionId, isGuest] of sessions) {
      const live = isGuest ? this.guests.isLive(sessionId) : this.sessions.isLive(sessionId);
      if (await live.catch(() => true)) continue;
      for (const connection of connections) {
        if (connection.user.sessionId === sessionId)
          this.close(connection, CloseCode.ACCESS_REVOKED);
      }
    }
  }

  /**
   * Guest sessions end when they or their link expire (or the link's document is
   * archived): every few seconds the live ones among the open guest sockets are looked up
   * in one statement, and the others are closed — so an expired link's sockets close
   * within seconds, like a revoked one's.
   */
  async recheckGuests(): Promise<void> {
    const connections = (await this.documents.all())
      .flatMap((d) => [...d.connections])
      .filter((c) => c.user.guest !== undefined);
    if (connections.length === 0) return;
    const live = await this.guests
      .liveSessionIds([...new Set(connections.map((c) => c.user.sessionId))])
      .catch(() => null);
    if (!live) return;
    for (const connection of connections) {
      if (!live.has(connection.user.sessionId)) this.close(connection, CloseCode.ACCESS_REVOKED);
    }
  }

  /** Null while the connection keeps its capability; else the code to close it with. */
  private async verdict(connection: CollabConnection): Promise<CloseCode | null> {
    try {
      const access = await this.authorize.check(connection.user, connection.document.id);
      // The client must learn its new capability (an editor may now only comment):
      // close with a code that makes it reconnect and be authorised afresh.
      return access.capability === connection.capability ? null : CloseCode.CAPABILITY_CHANGED;
    } catch (error) {
      return error instanceof CollabRefusal && error.code === CloseCode.DOCUMENT_ARCHIVED
        ? CloseCode.DOCUMENT_ARCHIVED
        : CloseCode.ACCESS_REVOKED;
    }
  }
}

/** Whether an access change may concern a connection (cheap; the re-check decides). */
export function concerns(change: AccessChange, connection: CollabConnection): boolean {
  switch (change.kind) {
    case 'workspace':
      return connection.workspaceId === change.workspaceId;
    case 'user':
      return (
        connection.user.userId === change.userId &&
        connection.user.sessionId !== change.exceptSessionId
      );
    case 'session':
      return connection.user.sessionId === change.sessionId;
    case 'document':
      return connection.document.id === change.documentId;
    case 'shareLink':
      return connection.user.guest?.shareLinkId === change.shareLinkId;
    case 'guestSessions':
      return (
        connection.user.guest !== undefined &&
        change.guestSessionIds.includes(connection.user.guest.guestSessionId)
      );
  }
}
