import { CloseCode, COLLAB_LIMITS } from '@chorus/collab-protocol';
import { Injectable } from '@nestjs/common';
import type { CollabConnection } from '../collab-connection.js';
import { CollabRefusal } from '../collab-refusal.js';
import type { CollabHook } from './collab-hook.js';

/**
 * Frame size, message rate and document size. The frame cap also holds before
 * authentication: the socket server refuses larger frames at the protocol level.
 */
@Injectable()
export class LimitsHook implements CollabHook {
  readonly name = 'limits';
  limits: {
    maxFrameBytes: number;
    messagesPerSecond: number;
    messageBurst: number;
    documentMaxBytes: number;
  } = {
    ...COLLAB_LIMITS,
  };

  onFrame(connection: CollabConnection, frame: Uint8Array): void {
    if (frame.byteLength > this.limits.maxFrameBytes)
      throw new CollabRefusal(CloseCode.MESSAGE_TOO_LARGE);
    const now = Date.now();
    const refill = ((now - connection.lastRefill) / 1000) * this.limits.messagesPerSecond;
    connection.tokens = Math.min(this.limits.messageBurst, connection.tokens + refill);
    connection.lastRefill = now;
    if (connection.tokens < 1) throw new CollabRefusal(CloseCode.RATE_LIMITED);
    connection.tokens -= 1;
  }

  beforeApply(connection: CollabConnection, update: Uint8Array): boolean {
    const { document } = connection;
    const max = this.limits.documentMaxBytes;
    // The running total overcounts (edits since the last measure, deletions included):
    // measure the real size before refusing anyone.
    if (document.size + update.byteLength > max && document.measure() + update.byteLength > max) {
      throw new CollabRefusal(CloseCode.DOCUMENT_TOO_LARGE);
    }
    return true;
  }
}
