import type { Capability } from '@chorus/collab-protocol';
import type { WebSocket } from 'ws';
import type { LiveDocument } from './live-document.js';

export interface CollabUser {
  userId: string;
  sessionId: string;
  name: string;
  color: string;
}

let nextId = 1;

/** One socket bound to one document, with who is on it and what they may do. */
export class CollabConnection {
  readonly id = nextId++;
  /** Awareness client ids this connection has spoken for (its own Y.Doc's id). */
  readonly awarenessClients = new Set<number>();
  /** Token bucket for the message rate limit. */
  tokens: number;
  lastRefill = Date.now();
  /** Token bucket (in bytes) for presence; filled by the limits hook on first use. */
  presenceTokens = -1;
  presenceRefill = Date.now();
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
    burst: number,
  ) {
    this.tokens = burst;
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(message, (error) => {
      if (error) this.close(1011, 'send failed');
    });
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
}
