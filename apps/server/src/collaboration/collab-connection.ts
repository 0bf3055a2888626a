import type { Capability } from '@chorus/collab-protocol';
import type { WebSocket } from 'ws';
import type { FrameBudget } from './frame-budget.js';
import type { LiveDocument } from './live-document.js';

import type { GuestPrincipal } from '../modules/access/index.js';

export interface CollabUser {
  /** The user, or `guest:<guest session id>` for a guest of a share link. */
  userId: string;
  /** The session, or the guest session. */
  sessionId: string;
  /** The display name, or "Guest: <name>". */
  name: string;
  color: string;
  /** Set for a guest: the principal its access is checked as (never edits). */
  guest?: GuestPrincipal;
}

let nextId = 1;

/** One socket bound to one document, with who is on it and what they may do. */
export class CollabConnection {
  readonly id = nextId++;
  /** Awareness client ids this connection has spoken for (its own Y.Doc's id). */
  readonly awarenessClients = new Set<number>();
  /** No more frames are sent once the socket is closing or closed. */
  closed = false;
  /** Closed by the server (refusal, revocation): frames still queued are not processed. */
  refused = false;
  /** Taken off its document. */
  left = false;
  /** Frames handled one after another; each waits for the previous one. */
  queue: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: WebSocket,
    readonly document: LiveDocument,
    readonly user: CollabUser,
    public capability: Capability,
    readonly workspaceId: string,
    /** Message and presence-byte buckets, spent as frames arrive (from the socket's start). */
    readonly budget: FrameBudget,
  ) {}

  /** A failed write surfaces as the socket's 'error' event, which ends the connection. */
  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(message);
  }

  close(code: number, reason: string): void {
    this.refused = true;
    if (this.closed) return;
    this.closed = true;
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  /** Closes a socket that broke a frame limit without reading another byte of it. */
  cut(code: number, reason: string): void {
    this.refused = true;
    if (this.closed) return;
    this.closed = true;
    closeOffender(this.socket, code, reason);
  }
}

/** How long an offender's client has to read the close frame before its socket is cut. */
export const OFFENDER_GRACE_MS = 200;

/**
 * Closes a socket that broke a frame limit (size, rate, presence) so that it cannot keep
 * the server busy: reading stops at once (TCP back-pressure holds whatever it still sends
 * in its own buffers, unparsed), the close frame with the code goes out, and the socket is
 * destroyed after OFFENDER_GRACE_MS instead of waiting up to 30 s for the client's reply.
 */
export function closeOffender(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState === socket.CLOSED) return;
  socket.pause();
  try {
    if (socket.readyState === socket.OPEN) socket.close(code, reason);
  } catch {
    // Already failing: the timer below ends it.
  }
  setTimeout(() => socket.terminate(), OFFENDER_GRACE_MS).unref();
}
