import type { CollabConnection } from './collab-connection.js';
import type { LiveDocument } from './live-document.js';

/**
 * Who may speak for a presence (awareness) client id. A connection owns the first id it
 * speaks for, and only that one. An id is taken when another live connection here owns it,
 * or when its state came from another instance (every state carries `user.id`, stamped by
 * the instance that accepted it) — unless the owner is the same person: a client that
 * reconnects keeps its id while the server has not yet noticed its old socket is gone.
 * Returns whether `connection` may set or remove `client`'s state (and records the claim).
 */
export function claimPresence(
  document: LiveDocument,
  connection: CollabConnection,
  client: number,
): boolean {
  if (connection.awarenessClients.has(client)) return true;
  if (connection.awarenessClients.size > 0) return false;
  const owner = document.presenceOwners.get(client);
  if (owner && owner !== connection && !owner.left) {
    if (owner.user.userId !== connection.user.userId) return false;
    owner.awarenessClients.delete(client);
  } else if (!owner) {
    const state = document.awareness.states.get(client) as { user?: { id?: unknown } } | undefined;
    if (state && state.user?.id !== connection.user.userId) return false;
  }
  connection.awarenessClients.add(client);
  document.presenceOwners.set(client, connection);
  return true;
}
