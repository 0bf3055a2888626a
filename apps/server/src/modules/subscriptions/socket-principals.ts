import type { AccessChange, GuestPrincipal, UserPrincipal } from '../access/index.js';

/** Who may hold a /graphql socket: a signed-in user, or a guest of a share link. */
export type SocketPrincipal = UserPrincipal | GuestPrincipal;

/** The key sockets are counted by: one user, or one guest session. */
export function socketKey(principal: SocketPrincipal): string {
  return principal.kind === 'user' ? `u:${principal.userId}` : `g:${principal.guestSessionId}`;
}

/**
 * Whether an access change ends a guest's socket: its link was revoked, or its session
 * ended. (Users' sockets are re-checked by their sessions; their access is re-authorised by
 * each resolver at every delivery.)
 */
export function endsSocket(change: AccessChange, principal: SocketPrincipal): boolean {
  if (principal.kind !== 'guest') return false;
  switch (change.kind) {
    case 'shareLink':
      return change.shareLinkId === principal.shareLinkId;
    case 'guestSessions':
      return change.guestSessionIds.includes(principal.guestSessionId);
    case 'workspace':
    case 'user':
    case 'session':
    case 'document':
      return false;
  }
}
