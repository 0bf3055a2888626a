import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { AccessChange } from '../modules/access/index.js';
import {
  ackFrame,
  dropMessage,
  holdMessage,
  HoldFlag,
  INSTANCE_BYTES,
  readControl,
  readInbox,
  writeDataFrame,
  type Held,
} from './fanout-wire.js';

export type FanoutKind = 'update' | 'awareness';
type AccessListener = (change: AccessChange) => void;

/** What the fanout hands to a document held here. */
export interface DocumentTraffic {
  /** An update or presence another instance relayed (already durable there). */
  receive(kind: FanoutKind, payload: Uint8Array): void;
  /**
   * This instance may lack edits another one made — it has just learnt of another holder,
   * or traffic was lost while Redis was away — and PostgreSQL has them all (an edit is
   * stored before it is relayed): read the document again and apply what is new.
   */
  catchUp(): void;
}

/** Carries content updates, presence and access changes to the other server instances. */
export interface Fanout {
  readonly enabled: boolean;
  /** This instance now holds the document (synchronous: never waits for Redis). */
  hold(documentId: string, traffic: DocumentTraffic): void;
  release(documentId: string): void;
  /** Sends a durable change or presence to the other instances holding the document, if any. */
  publish(documentId: string, kind: FanoutKind, payload: Uint8Array): void;
  publishAccess(change: AccessChange): void;
  onAccess(listener: AccessListener): void;
  close(): Promise<void>;
}

/** One process: nothing to carry. */
export class LocalFanout implements Fanout {
  readonly enabled = false;
  hold(): void {}
  release(): void {}
  publish(): void {}
  publishAccess(): void {}
  onAccess(): void {}
  close(): Promise<void> {
    return Promise.resolve();
  }
}

export interface RedisFanoutOptions {
  /** REDIS_KEY_PREFIX: deployments sharing a Redis do not hear each other. */
  prefix: string;
  /**
   * The shortest time between two sends: updates arriving sooner after the last one wait and
   * go out together, a document's merged into one (0: each event-loop turn's go as one).
   */
  coalesceMs: number;
}

/** How often an instance that lost Redis tries to come back when no reconnect event says so. */
const RETRY_MS = 2_000;

/**
 * Redis pub/sub between the instances holding the same document (ADR 0037). Each instance
 * announces on a control channel which documents it holds and under which small number;
 * the holders of a document answer in the announcer's inbox channel. Content and presence
 * go only to the other holders' inboxes — nothing at all while a document is open on one
 * instance — addressed by the receiver's number, at most one message per instance per
 * `coalesceMs` (the first after a quiet spell leaves at once), a document's updates in it
 * merged into one.
 */
export class RedisFanout implements Fanout {
  readonly enabled = true;
  readonly instance = randomBytes(INSTANCE_BYTES);
  private readonly subscriber: Redis;
  private readonly controlChannel: Buffer;
  private readonly accessChannel: Buffer;
  private readonly inboxPrefix: Buffer;
  private readonly inbox: Buffer;
  /** The documents held here, with the number the other instances address them by. */
  private readonly held = new Map<string, { num: number; traffic: DocumentTraffic }>();
  private readonly byNum = new Map<number, string>();
  /** Numbers are never reused: a late frame for a released document finds nothing. */
  private nextNum = 1;
  /** The other instances holding each document (instance id, latin1) and their number for it. */
  private readonly peers = new Map<string, Map<string, number>>();
  private readonly pending = new Map<string, { updates: Uint8Array[]; presence: Uint8Array[] }>();
  private timer: NodeJS.Timeout | NodeJS.Immediate | null = null;
  private lastFlush = -Infinity;
  private readonly accessListeners: AccessListener[] = [];
  /** Subscribed, and nothing lost since the last announcement. */
  private live = false;
  private announcedOnce = false;
  private connecting: Promise<void> | null = null;
  /** Bumped when a connection drops, so a connect racing the drop does not claim to be live. */
  private generation = 0;
  private closed = false;
  private readonly retry: NodeJS.Timeout;
  private readonly onReady = () => void this.connect();
  private readonly onDown = () => {
    this.live = false;
    this.generation += 1;
  };

  constructor(
    private readonly publisher: Redis,
    private readonly options: RedisFanoutOptions,
  ) {
    this.subscriber = publisher.duplicate();
    this.controlChannel = Buffer.from(`${options.prefix}collab:ctl`);
    this.accessChannel = Buffer.from(`${options.prefix}collab:access`);
    this.inboxPrefix = Buffer.from(`${options.prefix}i`);
    this.inbox = Buffer.concat([this.inboxPrefix, this.instance]);
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel, message),
    );
    for (const client of [this.publisher, this.subscriber]) {
      client.on('ready', this.onReady);
      client.on('close', this.onDown);
    }
    this.retry = setInterval(() => {
      if (!this.live) void this.connect();
    }, RETRY_MS);
    this.retry.unref();
    void this.connect();
  }

  /** Other instances known to hold the document (for tests and metrics). */
  peerCount(documentId: string): number {
    return this.peers.get(documentId)?.size ?? 0;
  }

  get isLive(): boolean {
    return this.live;
  }

  hold(documentId: string, traffic: DocumentTraffic): void {
    const previous = this.held.get(documentId);
    if (previous) this.byNum.delete(previous.num);
    const num = this.nextNum++;
    this.held.set(documentId, { num, traffic });
    this.byNum.set(num, documentId);
    // Not live: announced, with a catch-up, once Redis is back (connect).
    if (this.live)
      this.send(this.controlChannel, holdMessage(this.instance, 0, [{ documentId, num }]));
  }

  release(documentId: string): void {
    const entry = this.held.get(documentId);
    if (!entry) return;
    this.held.delete(documentId);
    this.byNum.delete(entry.num);
    this.peers.delete(documentId);
    this.pending.delete(documentId);
    if (this.live) this.send(this.controlChannel, dropMessage(this.instance, documentId));
  }

  publish(documentId: string, kind: FanoutKind, payload: Uint8Array): void {
    // Nobody else holds it, or Redis is away (the holders catch up from PostgreSQL later).
    if (!this.live || !this.peers.get(documentId)?.size) return;
    let queued = this.pending.get(documentId);
    if (!queued) {
      queued = { updates: [], presence: [] };
      this.pending.set(documentId, queued);
    }
    (kind === 'update' ? queued.updates : queued.presence).push(payload);
    if (this.timer) return;
    // Idle (nothing sent for a window): out at the end of this turn, no added delay. Busy: at
    // most one flush per window, so a document's updates of that window go as one.
    const wait = this.options.coalesceMs - (performance.now() - this.lastFlush);
    this.timer = wait > 0 ? setTimeout(() => this.flush(), wait) : setImmediate(() => this.flush());
  }

  /** Sends what waited: per document one merged update, per instance one message. */
  private flush(): void {
    this.lastFlush = performance.now();
    if (this.timer) {
      clearTimeout(this.timer as NodeJS.Timeout);
      clearImmediate(this.timer as NodeJS.Immediate);
      this.timer = null;
    }
    const outgoing = new Map<string, encoding.Encoder>();
    for (const [documentId, { updates, presence }] of this.pending) {
      const peers = this.peers.get(documentId);
      if (!peers?.size) continue;
      const update =
        updates.length === 0 ? null : updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      for (const [peer, num] of peers) {
        let encoder = outgoing.get(peer);
        if (!encoder) outgoing.set(peer, (encoder = encoding.createEncoder()));
        if (update) writeDataFrame(encoder, 'update', num, update);
        for (const item of presence) writeDataFrame(encoder, 'awareness', num, item);
      }
    }
    this.pending.clear();
    for (const [peer, encoder] of outgoing) {
      const bytes = encoding.toUint8Array(encoder);
      this.send(
        this.inboxOf(peer),
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        peer,
      );
    }
  }

  publishAccess(change: AccessChange): void {
    const message = Buffer.concat([this.instance, Buffer.from(JSON.stringify(change))]);
    void this.publisher.publish(this.accessChannel, message).catch(() => undefined);
  }

  onAccess(listener: AccessListener): void {
    this.accessListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.retry);
    if (this.live) {
      this.flush();
      // Forget me: the others stop sending here at once.
      await this.publisher
        .publish(this.controlChannel, holdMessage(this.instance, HoldFlag.forget, []))
        .catch(() => undefined);
    }
    this.live = false;
    this.held.clear();
    this.byNum.clear();
    this.peers.clear();
    this.pending.clear();
    this.publisher.off('ready', this.onReady);
    this.publisher.off('close', this.onDown);
    await this.subscriber.quit().catch(() => undefined);
  }

  private inboxOf(peer: string): Buffer {
    return Buffer.concat([this.inboxPrefix, Buffer.from(peer, 'latin1')]);
  }

  private peersOf(documentId: string): Map<string, number> {
    let peers = this.peers.get(documentId);
    if (!peers) this.peers.set(documentId, (peers = new Map<string, number>()));
    return peers;
  }

  private forgetPeer(peer: string): void {
    for (const peers of this.peers.values()) peers.delete(peer);
  }

  /** A failed send means traffic was lost: the next announcement asks for a catch-up. */
  private send(channel: Buffer, message: Buffer, peer?: string): void {
    this.publisher.publish(channel, message).then(
      // Nobody listens on that inbox: the instance is gone (it announces itself when back).
      (receivers) => {
        if (peer !== undefined && receivers === 0) this.forgetPeer(peer);
      },
      () => this.onDown(),
    );
  }

  /**
   * Subscribes (again) and announces every document held here. After the first time, the
   * announcement says "forget what you knew of me" (documents released meanwhile) and "catch
   * up" (traffic either way may have been lost), and the holders' answers make this instance
   * catch up too.
   */
  private connect(): Promise<void> {
    if (this.closed || this.live) return Promise.resolve();
    if (this.connecting) return this.connecting;
    if (this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') {
      return Promise.resolve();
    }
    const generation = this.generation;
    this.connecting = (async () => {
      try {
        await this.subscriber.subscribe(this.controlChannel, this.accessChannel, this.inbox);
        if (generation !== this.generation || this.closed) return;
        const documents: Held[] = [...this.held].map(([documentId, { num }]) => ({
          documentId,
          num,
        }));
        if (this.announcedOnce || documents.length > 0) {
          const flags = HoldFlag.forget | HoldFlag.catchUp;
          await this.publisher.publish(
            this.controlChannel,
            holdMessage(this.instance, flags, documents),
          );
        }
        if (generation !== this.generation || this.closed) return;
        this.announcedOnce = true;
        this.live = true;
      } catch {
        this.onDown();
      } finally {
        this.connecting = null;
      }
    })();
    return this.connecting;
  }

  private receive(channel: Buffer, message: Buffer): void {
    if (channel.equals(this.inbox)) this.receiveInbox(message);
    else if (channel.equals(this.controlChannel)) this.receiveControl(message);
    else if (channel.equals(this.accessChannel)) this.receiveAccess(message);
  }

  private receiveControl(message: Buffer): void {
    const control = readControl(message);
    if (!control || control.sender.equals(this.instance)) return;
    const peer = control.sender.toString('latin1');
    if (control.type === 'drop') {
      this.peers.get(control.documentId)?.delete(peer);
      return;
    }
    if (control.flags & HoldFlag.forget) this.forgetPeer(peer);
    const answer: Held[] = [];
    for (const { documentId, num } of control.documents) {
      const mine = this.held.get(documentId);
      if (!mine) continue;
      this.peersOf(documentId).set(peer, num);
      answer.push({ documentId, num: mine.num });
      if (control.flags & HoldFlag.catchUp) mine.traffic.catchUp();
    }
    // Not live: this instance's own announcement, when it is, reaches the sender instead.
    if (answer.length > 0 && this.live) {
      this.send(this.inboxOf(peer), ackFrame(this.instance, answer), peer);
    }
  }

  private receiveInbox(message: Buffer): void {
    for (const frame of readInbox(message)) {
      if (frame.type === 'ack') {
        const peer = frame.sender.toString('latin1');
        for (const { documentId, num } of frame.documents) {
          const mine = this.held.get(documentId);
          if (!mine) continue;
          this.peersOf(documentId).set(peer, num);
          // Whatever the answering instance stored before it heard of us is in PostgreSQL.
          mine.traffic.catchUp();
        }
        continue;
      }
      const documentId = this.byNum.get(frame.num);
      if (documentId !== undefined)
        this.held.get(documentId)!.traffic.receive(frame.type, frame.payload);
    }
  }

  private receiveAccess(message: Buffer): void {
    if (
      message.length < INSTANCE_BYTES ||
      message.subarray(0, INSTANCE_BYTES).equals(this.instance)
    )
      return;
    try {
      const change = JSON.parse(message.subarray(INSTANCE_BYTES).toString()) as AccessChange;
      for (const listener of this.accessListeners) listener(change);
    } catch {
      // not ours
    }
  }
}
