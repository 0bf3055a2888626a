import { CloseCode, COLLAB_LIMITS } from '@chorus/collab-protocol';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import type { CollabConnection } from '../collab-connection.js';
import { CollabRefusal } from '../collab-refusal.js';
import type { CollabHook } from './collab-hook.js';

/** Bytes an awareness update spends on framing (count, client id, clock, string length). */
const PRESENCE_FRAMING_BYTES = 32;

export interface CollabLimits {
  maxFrameBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  documentMaxBytes: number;
  /** Largest presence message of one client (its one state). */
  presenceMaxBytes: number;
  /** Presence bytes per second per connection; bursts of twice that. */
  presenceBytesPerSecond: number;
}

/**
 * Frame size, message rate, presence size and rate, document size. The frame cap also
 * holds before authentication: the socket server refuses larger frames at the protocol
 * level. The document size check runs after the edit-rights check (hooks/index.ts), so a
 * read-only socket's update is dropped without measuring the document.
 */
@Injectable()
export class LimitsHook implements CollabHook {
  readonly name = 'limits';
  limits: CollabLimits;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limits = {
      maxFrameBytes: COLLAB_LIMITS.maxFrameBytes,
      messagesPerSecond: COLLAB_LIMITS.messagesPerSecond,
      messageBurst: COLLAB_LIMITS.messageBurst,
      documentMaxBytes: COLLAB_LIMITS.documentMaxBytes,
      presenceMaxBytes: config.collab.presenceMaxBytes,
      presenceBytesPerSecond: config.collab.presenceBytesPerSecond,
    };
  }

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

  /**
   * Presence is relayed to every socket of the document (and every instance), so it is
   * capped in bytes before anything parses it: one client's state, and a byte budget.
   */
  onAwareness(connection: CollabConnection, update: Uint8Array): Uint8Array {
    const { presenceMaxBytes, presenceBytesPerSecond } = this.limits;
    if (update.byteLength > presenceMaxBytes + PRESENCE_FRAMING_BYTES)
      throw new CollabRefusal(CloseCode.PRESENCE_LIMIT);
    const burst = presenceBytesPerSecond * 2;
    const now = Date.now();
    const refill = ((now - connection.presenceRefill) / 1000) * presenceBytesPerSecond;
    connection.presenceTokens =
      connection.presenceTokens < 0 ? burst : Math.min(burst, connection.presenceTokens + refill);
    connection.presenceRefill = now;
    if (connection.presenceTokens < update.byteLength)
      throw new CollabRefusal(CloseCode.PRESENCE_LIMIT);
    connection.presenceTokens -= update.byteLength;
    return update;
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
