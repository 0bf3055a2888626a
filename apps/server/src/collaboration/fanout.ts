import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { AccessChange } from '../modules/access/index.js';

export type FanoutKind = 'update' | 'awareness';
type DocumentListener = (kind: FanoutKind, payload: Uint8Array) => void;
type AccessListener = (change: AccessChange) => void;

/** Carries content updates, presence and access changes to the other server instances. */
export interface Fanout {
  readonly enabled: boolean;
  /** Starts receiving a document's traffic; resolves once the subscription is live. */
  subscribe(documentId: string, listener: DocumentListener): Promise<void>;
  unsubscribe(documentId: string): Promise<void>;
  publish(documentId: string, kind: FanoutKind, payload: Uint8Array): void;
  publishAccess(change: AccessChange): void;
  onAccess(listener: AccessListener): void;
  close(): Promise<void>;
}

/** One process: nothing to carry. */
export class LocalFanout implements Fanout {
  readonly enabled = false;
  subscribe(): Promise<void> {
    return Promise.resolve();
  }
  unsubscribe(): Promise<void> {
    return Promise.resolve();
  }
  publish(): void {}
  publishAccess(): void {}
  onAccess(): void {}
  close(): Promise<void> {
    return Promise.resolve();
  }
}

const KIND_BYTES: Record<FanoutKind, number> = { update: 0, awareness: 1 };
const INSTANCE_BYTES = 8;

/**
 * Redis pub/sub: one channel per document carrying the raw bytes of each update (never
 * whole states), prefixed with the sending instance's id so it ignores its own echo; one
 * channel for access changes.
 */
export class RedisFanout implements Fanout {
  readonly enabled = true;
  private readonly instance = randomBytes(INSTANCE_BYTES);
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, DocumentListener>();
  private readonly accessListeners: AccessListener[] = [];
  private readonly accessChannel: string;
  /** Updates waiting for the end of this event-loop turn, per document. */
  private readonly outgoing = new Map<string, Uint8Array[]>();

  constructor(
    private readonly publisher: Redis,
    private readonly prefix: string,
  ) {
    this.subscriber = publisher.duplicate();
    this.accessChannel = `${prefix}collab:access`;
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel, message),
    );
    void this.subscriber.subscribe(this.accessChannel);
  }

  private channel(documentId: string): string {
    return `${this.prefix}collab:doc:${documentId}`;
  }

  async subscribe(documentId: string, listener: DocumentListener): Promise<void> {
    this.listeners.set(this.channel(documentId), listener);
    await this.subscriber.subscribe(this.channel(documentId));
  }

  async unsubscribe(documentId: string): Promise<void> {
    this.listeners.delete(this.channel(documentId));
    await this.subscriber.unsubscribe(this.channel(documentId));
  }

  /**
   * Content updates of one document published in the same event-loop turn go out as one
   * merged update (Y.mergeUpdates), so per-message overhead does not swamp small edits
   * under load; presence goes out as it comes.
   */
  publish(documentId: string, kind: FanoutKind, payload: Uint8Array): void {
    if (kind === 'awareness') {
      this.send(documentId, kind, payload);
      return;
    }
    const queued = this.outgoing.get(documentId);
    if (queued) {
      queued.push(payload);
      return;
    }
    this.outgoing.set(documentId, [payload]);
    if (this.outgoing.size === 1) setImmediate(() => this.flush());
  }

  private flush(): void {
    for (const [documentId, updates] of this.outgoing) {
      this.send(documentId, 'update', updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
    }
    this.outgoing.clear();
  }

  private send(documentId: string, kind: FanoutKind, payload: Uint8Array): void {
    const message = Buffer.concat([this.instance, Buffer.of(KIND_BYTES[kind]), payload]);
    void this.publisher.publish(this.channel(documentId), message).catch(() => undefined);
  }

  publishAccess(change: AccessChange): void {
    const message = Buffer.concat([this.instance, Buffer.from(JSON.stringify(change))]);
    void this.publisher.publish(this.accessChannel, message).catch(() => undefined);
  }

  onAccess(listener: AccessListener): void {
    this.accessListeners.push(listener);
  }

  async close(): Promise<void> {
    this.flush();
    this.listeners.clear();
    await this.subscriber.quit().catch(() => undefined);
  }

  private receive(channelBuffer: Buffer, message: Buffer): void {
    if (
      message.length < INSTANCE_BYTES ||
      message.subarray(0, INSTANCE_BYTES).equals(this.instance)
    )
      return;
    const channel = channelBuffer.toString();
    if (channel === this.accessChannel) {
      try {
        const change = JSON.parse(message.subarray(INSTANCE_BYTES).toString()) as AccessChange;
        for (const listener of this.accessListeners) listener(change);
      } catch {
        // not ours
      }
      return;
    }
    const listener = this.listeners.get(channel);
    if (!listener || message.length < INSTANCE_BYTES + 1) return;
    const kind: FanoutKind = message[INSTANCE_BYTES] === 0 ? 'update' : 'awareness';
    listener(kind, new Uint8Array(message.subarray(INSTANCE_BYTES + 1)));
  }
}
