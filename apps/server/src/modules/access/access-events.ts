import { Injectable } from '@nestjs/common';

/** Something that may have taken access away from open connections. */
export type AccessChange =
  /** Memberships, team roles or brand teams of a workspace changed. */
  | { kind: 'workspace'; workspaceId: string }
  /** Sessions of a user were revoked (all of them, or all but one). */
  | { kind: 'user'; userId: string; exceptSessionId?: string }
  /** One session was revoked. */
  | { kind: 'session'; sessionId: string }
  /** A document was archived or restored. */
  | { kind: 'document'; documentId: string }
  /** A share link was revoked: its guest sessions ended. */
  | { kind: 'shareLink'; shareLinkId: string }
  /** Guest sessions ended on their own (they, or their link, expired). */
  | { kind: 'guestSessions'; guestSessionIds: string[] };

type Listener = (change: AccessChange) => void;

/**
 * Announces access changes after they are committed, so live connections (the
 * collaboration endpoint) can re-check themselves. With REDIS_URL the collaboration
 * module also carries them to the other instances.
 */
@Injectable()
export class AccessEvents {
  private readonly listeners = new Set<Listener>();

  publish(change: AccessChange): void {
    for (const listener of this.listeners) listener(change);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
