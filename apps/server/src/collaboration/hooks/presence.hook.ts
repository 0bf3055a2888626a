import { Injectable } from '@nestjs/common';
import type { CollabConnection } from '../collab-connection.js';
import { stampAwarenessUpdate } from '../presence.js';
import { claimPresence } from '../presence-ownership.js';
import type { CollabHook } from './collab-hook.js';

/**
 * Presence identities come from the server's session: `user` (id, name, colour) is stamped
 * on every state, and entries for client ids the connection does not own — here or on
 * another instance — are dropped (presence-ownership.ts).
 */
@Injectable()
export class PresenceHook implements CollabHook {
  readonly name = 'presence';

  onAwareness(connection: CollabConnection, update: Uint8Array): Uint8Array | null {
    const stamped = stampAwarenessUpdate(
      update,
      (client) => claimPresence(connection.document, connection, client),
      { id: connection.user.userId, name: connection.user.name, color: connection.user.color },
    );
    return stamped?.update ?? null;
  }
}
