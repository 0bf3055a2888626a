import { Injectable } from '@nestjs/common';
import type { CollabConnection } from '../collab-connection.js';
import { stampAwarenessUpdate } from '../presence.js';
import type { CollabHook } from './collab-hook.js';

/**
 * Presence identities come from the server's session: `user` (id, name, colour) is
 * stamped on every state, and entries for client ids the connection does not own are dropped.
 */
@Injectable()
export class PresenceHook implements CollabHook {
  readonly name = 'presence';

  onAwareness(connection: CollabConnection, update: Uint8Array): Uint8Array | null {
    const stamped = stampAwarenessUpdate(update, connection.awarenessClients, {
      id: connection.user.userId,
      name: connection.user.name,
      color: connection.user.color,
    });
    return stamped?.update ?? null;
  }
}
