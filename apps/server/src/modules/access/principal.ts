import type { GuestCapability } from '@chorus/permissions';

/** Who is asking: nobody, a signed-in user, or (later) a guest holding a share link. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string }
  | { kind: 'guest'; shareLinkId: string; capability: GuestCapability; brandId: string };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;
