import { CloseCode, COLLAB_LIMITS } from '@chorus/collab-protocol';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import type { CollabConnection } from '../collab-connection.js';
import { CollabRefusal } from '../collab-refusal.js';
import { FrameBudget } from '../frame-budget.js';
import type { CollabHook } from './collab-hook.js';

/**
 * Bytes a presence frame spends around its one state: message type, update length, entry
 * count, client id, clock, string length.
 */
const PRESENCE_FRAMING_BYTES = 32;
/** The y-websocket message type of presence (awareness) frames. */
const AWARENESS_MESSAGE = 1;

export interface CollabLimits {
  maxFrameBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  documentMaxBytes: number;
  /** Largest presence state of one client, in bytes (COLLAB_PRESENCE_MAX_BYTES). */
  presenceMaxBytes: number;
  /** Presence bytes per second per socket, bursts of twice that (COLLAB_PRESENCE_BYTES_PER_SECOND). */
  presenceBytesPerSecond: number;
}

/**
 * Frame size, message rate, presence size and rate (screenFrame, called by the gateway as
 * each frame arrives, from the socket's first frame, authenticated or not), and document
 * size (beforeApply). Frames over twice the size cap are refused by the socket server at
 * the protocol level. The document size check runs after the edit-rights check
 * (hooks/index.ts), so a read-only socket's update is dropped without measuring the document.
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

  /** Full buckets for a socket that just opened. */
  newBudget(): FrameBudget {
    return new FrameBudget(this.limits.messageBurst, this.limits.presenceBytesPerSecond * 2);
  }

  /**
   * Screens a raw frame the moment it arrives — before it is queued, decoded or parsed —
   * against the frame size, the message rate and, for presence (awareness) frames, the
   * presence size and byte budget. Presence is relayed to every socket of the document
   * (and every instance), so an oversized or too frequent one is refused here, where
   * refusing costs a comparison; the caller then cuts the socket (closeOffender).
   */
  screenFrame(budget: FrameBudget, frame: Uint8Array): void {
    const { maxFrameBytes, messagesPerSecond, messageBurst } = this.limits;
    if (frame.byteLength > maxFrameBytes) throw new CollabRefusal(CloseCode.MESSAGE_TOO_LARGE);
    const now = Date.now();
    const refill = ((now - budget.lastRefill) / 1000) * messagesPerSecond;
    budget.tokens = Math.min(messageBurst, budget.tokens + refill);
    budget.lastRefill = now;
    if (budget.tokens < 1) throw new CollabRefusal(CloseCode.RATE_LIMITED);
    budget.tokens -= 1;
    // The message type is the first varUint: 1 (awareness) is the single byte 0x01.
    if (frame[0] !== AWARENESS_MESSAGE) return;
    const { presenceMaxBytes, presenceBytesPerSecond } = this.limits;
    if (frame.byteLength > presenceMaxBytes + PRESENCE_FRAMING_BYTES)
      throw new CollabRefusal(CloseCode.PRESENCE_LIMIT);
    const presenceRefill = ((now - budget.presenceRefill) / 1000) * presenceBytesPerSecond;
    budget.presenceTokens = Math.min(
      presenceBytesPerSecond * 2,
      budget.presenceTokens + presenceRefill,
    );
    budget.presenceRefill = now;
    if (budget.presenceTokens < frame.byteLength) throw new CollabRefusal(CloseCode.PRESENCE_LIMIT);
    budget.presenceTokens -= frame.byteLength;
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
