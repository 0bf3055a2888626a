import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import {
  RedisFanout,
  type DocumentTraffic,
  type FanoutKind,
} from '../../src/collaboration/fanout.js';
import { waitFor } from '../support/collab.js';
import { watchPublishes } from '../../src/scripts/redis-publish-watch.js';

const redisUrl = process.env.REDIS_URL;
const describeWithRedis = redisUrl ? describe : describe.skip;

/** A document's listener that applies what arrives to a Y.Doc and counts catch-up requests. */
function recipient(): DocumentTraffic & { doc: Y.Doc; received: number; catchUps: number } {
  const doc = new Y.Doc();
  const traffic = {
    doc,
    received: 0,
    catchUps: 0,
    receive(kind: FanoutKind, payload: Uint8Array) {
      traffic.received += 1;
      if (kind === 'update') Y.applyUpdate(doc, payload);
    },
    catchUp() {
      traffic.catchUps += 1;
    },
  };
  return traffic;
}

/** Typing: one small update per character, as a browser sends them. */
function typed(text: string): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const char of text) doc.getText('body').insert(doc.getText('body').length, char);
  doc.destroy();
  return updates;
}

describeWithRedis('cross-instance fan-out through Redis (RedisFanout, real Redis)', () => {
  const prefix = `hfan-${randomUUID().slice(0, 8)}:`;
  const clients: Redis[] = [];
  const fanouts: RedisFanout[] = [];
  let watch: Awaited<ReturnType<typeof watchPublishes>>;

  const start = async (coalesceMs: number): Promise<{ fanout: RedisFanout; redis: Redis }> => {
    const redis = new Redis(redisUrl!);
    clients.push(redis);
    const fanout = new RedisFanout(redis, { prefix, coalesceMs });
    fanouts.push(fanout);
    await waitFor(() => fanout.isLive, 30_000, 'the fanout to subscribe');
    return { fanout, redis };
  };
  /** Everything `redis` sent so far has been executed and seen by MONITOR. */
  const settle = async (redis: Redis) => {
    await new Promise((resolve) => setImmediate(resolve));
    await redis.ping();
    await watch.mark();
  };
  const inboxPublishes = () =>
    watch.seen.filter((p) => !p.channel.toString().endsWith('collab:ctl'));

  beforeAll(async () => {
    watch = await watchPublishes(redisUrl!, prefix);
  });

  afterAll(async () => {
    for (const fanout of fanouts) await fanout.close();
    for (const redis of clients) await redis.quit();
    await watch.stop();
  });

  it('sends nothing for a document only one instance holds', async () => {
    const [a, b] = [await start(0), await start(0)];
    const [only, other] = [randomUUID(), randomUUID()];
    a.fanout.hold(only, recipient());
    b.fanout.hold(other, recipient());
    await settle(a.redis);
    await settle(b.redis);
    const before = watch.seen.length;
    for (const update of typed('nobody else has this document'))
      a.fanout.publish(only, 'update', update);
    a.fanout.publish(only, 'awareness', new Uint8Array([0]));
    await settle(a.redis);
    expect(watch.seen.length).toBe(before);
    expect(a.fanout.peerCount(only)).toBe(0);
  });

  it('a burst of one document’s updates goes out as one merged message, and converges', async () => {
    const [a, b] = [await start(50), await start(50)];
    const documentId = randomUUID();
    const first = recipient();
    const second = recipient();
    a.fanout.hold(documentId, first);
    b.fanout.hold(documentId, second);
    // Each learns of the other, and whoever held it second hears the first one's answer and is
    // told to read PostgreSQL again (what the first stored before hearing of it is there).
    await waitFor(
      () =>
        a.fanout.peerCount(documentId) === 1 &&
        b.fanout.peerCount(documentId) === 1 &&
        first.catchUps + second.catchUps >= 1,
      30_000,
      'each instance to learn the other holds the document',
    );
    await settle(a.redis);
    const before = inboxPublishes().length;
    const updates = typed('a burst of forty characters, one by one');
    for (const update of updates) a.fanout.publish(documentId, 'update', update);
    await waitFor(
      () => second.doc.getText('body').toJSON() === 'a burst of forty characters, one by one',
      30_000,
      'the burst to arrive',
    );
    await settle(a.redis);
    const sent = inboxPublishes().slice(before);
    expect(sent).toHaveLength(1);
    expect(second.received).toBe(1);
    const updateBytes = updates.reduce((sum, u) => sum + u.byteLength, 0);
    // One header for the lot, and the merged update is smaller than the updates laid end to end.
    expect(sent[0]!.message.byteLength).toBeLessThan(updateBytes);
  });

  it('updates arriving over several turns within the window wait and go out merged', async () => {
    const [a, b] = [await start(1000), await start(1000)];
    const documentId = randomUUID();
    const second = recipient();
    a.fanout.hold(documentId, recipient());
    b.fanout.hold(documentId, second);
    await waitFor(() => a.fanout.peerCount(documentId) === 1, 30_000, 'the peer to be known');
    await settle(a.redis);
    const before = inboxPublishes().length;
    const updates = typed('one turn each');
    // The first leaves at once (nothing sent for a while); the rest, one per turn, wait.
    for (const update of updates) {
      a.fanout.publish(documentId, 'update', update);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(
      () => second.doc.getText('body').toJSON() === 'one turn each',
      30_000,
      'every update to arrive',
    );
    await settle(a.redis);
    const sent = inboxPublishes().length - before;
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(sent).toBeLessThan(updates.length / 2);
  });

  it('everything for one instance in one message, whatever the number of documents', async () => {
    const [a, b] = [await start(20), await start(20)];
    const documents = [randomUUID(), randomUUID(), randomUUID()];
    const received = documents.map(() => recipient());
    documents.forEach((id, i) => {
      a.fanout.hold(id, recipient());
      b.fanout.hold(id, received[i]!);
    });
    await waitFor(
      () => documents.every((id) => a.fanout.peerCount(id) === 1),
      30_000,
      'the first instance to learn the second holds them',
    );
    await settle(a.redis);
    const before = inboxPublishes().length;
    documents.forEach((id, i) => {
      for (const update of typed(`doc ${i}`)) a.fanout.publish(id, 'update', update);
    });
    await waitFor(
      () => received.every((r, i) => r.doc.getText('body').toJSON() === `doc ${i}`),
      30_000,
      'all three documents to arrive',
    );
    await settle(a.redis);
    expect(inboxPublishes().slice(before)).toHaveLength(1);
  });

  it('an instance that leaves (or drops a document) stops receiving at once', async () => {
    const [a, b, c] = [await start(0), await start(0), await start(0)];
    const [documentId, dropped] = [randomUUID(), randomUUID()];
    for (const { fanout } of [a, b, c]) {
      fanout.hold(documentId, recipient());
      fanout.hold(dropped, recipient());
    }
    await waitFor(
      () => a.fanout.peerCount(documentId) === 2 && a.fanout.peerCount(dropped) === 2,
      30_000,
      'the first instance to learn the others hold both',
    );
    b.fanout.release(dropped);
    await waitFor(() => a.fanout.peerCount(dropped) === 1, 30_000, 'the drop to arrive');
    await c.fanout.close();
    await waitFor(() => a.fanout.peerCount(documentId) === 1, 30_000, 'the goodbye to arrive');
    expect(a.fanout.peerCount(dropped)).toBe(0);
    await settle(a.redis);
    const before = inboxPublishes().length;
    a.fanout.publish(dropped, 'update', typed('x')[0]!);
    await settle(a.redis);
    expect(inboxPublishes().length).toBe(before);
  });
});
