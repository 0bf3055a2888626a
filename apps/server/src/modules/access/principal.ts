import type { GuestCapability } from '@chorus/permissions';

/**
 * What a share link opens: one document (a strategy, a media plan or a post), a brand's
 * posts published between two instants (a calendar range), optionally narrowed by network
 * and category, or the brand's KPI report (its results, read only).
 */
export type ShareResource =
  | { kind: 'document'; documentId: string }
  | {
      kind: 'calendar';
      /** ISO instants, `from` inclusive, `to` exclusive. */
      from: string;
      to: string;
      networks?: string[];
      categoryIds?: string[];
    }
  | { kind: 'report' };

/**
 * A client holding a share link, after redeeming it: a scoped, revocable principal on the
 * link's one resource (the matrix's guest roles), never a user account.
 */
export interface GuestPrincipal {
  kind: 'guest';
  /** The guest session (its row is revoked with the link). */
  guestSessionId: string;
  shareLinkId: string;
  capability: GuestCapability;
  brandId: string;
  resource: ShareResource;
  /** The name the guest gave (shown as "Guest: <name>"). */
  name: string;
}

/** Who is asking: nobody, a signed-in user, or a guest holding a share link. */
export type Principal =
  { kind: 'anonymous' } | { kind: 'user'; userId: string; sessionId: string } | GuestPrincipal;

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;
