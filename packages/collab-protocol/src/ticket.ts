import type { Capability } from './capability.js';

/**
 * A collaboration ticket: `v1.<payload>.<signature>`, both base64url. The payload is the
 * JSON below; the signature is an HMAC-SHA256 of `v1.<payload>` with a server secret, so
 * only the server can issue one and any instance can check it. A ticket opens one document
 * for one session, and only until `exp`; the capability is re-checked on connect.
 */
export interface TicketPayload {
  /** The document it opens. */
  doc: string;
  /** The user and the session it was issued to. */
  sub: string;
  sid: string;
  /** The capability when it was issued (informational; the server checks again). */
  cap: Capability;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export const TICKET_VERSION = 'v1';

/** Reads a ticket's payload without checking its signature (for clients: expiry, document). */
export function readTicketPayload(ticket: string): TicketPayload | null {
  const [version, payload] = ticket.split('.');
  if (version !== TICKET_VERSION || !payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = JSON.parse(json) as Partial<TicketPayload>;
    if (typeof parsed.doc !== 'string' || typeof parsed.exp !== 'number') return null;
    return parsed as TicketPayload;
  } catch {
    return null;
  }
}
