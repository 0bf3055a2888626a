import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { COLLAB_FANOUT } from '../../src/collaboration/fanout.provider.js';
import type { RedisFanout } from '../../src/collaboration/fanout.js';
import { REDIS } from '../../src/platform/redis/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import type { UserEntity } from '../../src/modules/accounts/index.js';
import {
  buildDocument,
  buildStrategyDocument,
  connectPeer,
  listen,
  synced,
  waitFor,
  type TestPeer,
} from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { watchPublishes } from '../../src/scripts/redis-publish-watch.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const redisUrl = process.env.REDIS_URL;
const describeWithRedis = redisUrl && process.env.DATABASE_URL ? describe : describe.skip;

const text = (peer: TestPeer) => peer.doc.getText('body').toJSON();

describeWithRedis('two instances: Redis carries only what another instance needs', () => {
  const prefix = `test-${randomUUID().slice(0, 8)}:`;
  let database: TestDatabase;
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let firstUrl: string;
  let secondUrl: string;
  let factories: Factories;
  let brand: BrandEntity;
  let strategist: UserEntity;
  let editor: GraphQLClient;
  let watch: Awaited<ReturnType<typeof watchPublishes>>;
  const peers: TestPeer[] = [];

  const join = async (url: string, documentId: string): Promise<TestPeer> => {
    const peer = connectPeer(url, documentId, { cookie: editor.cookie! });
    peers.push(peer);
    await synced(peer);
    return peer;
  };
  const inboxPublishes = () =>
    watch.seen.filter((p) => !p.channel.toString().endsWith('collab:ctl')).length;

  beforeAll(async () => {
    database = await createTestDatabase();
    // 0: a document's updates leave at the end of the turn, so "nothing was sent" is known
    // as soon as a local peer has the edit.
    const env = {
      CHORUS_SEED_DEMO: 'false',
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: prefix,
      COLLAB_FANOUT_COALESCE_MS: '0',
    };
    first = await createTestApp({ database: database.config, env });
    second = await createTestApp({ database: database.config, env });
    firstUrl = await listen(first);
    secondUrl = await listen(second);
    factories = new Factories(first);
    ({ brand, strategist, editor } = await buildStrategyDocument(factories));
    watch = await watchPublishes(redisUrl!, prefix);
  }, 120_000);

  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await watch?.stop();
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('sends nothing through Redis while a document is open on one instance only', async () => {
    const document = await buildDocument(factories, brand, strategist);
    const [writer, reader] = [await join(firstUrl, document.id), await join(firstUrl, document.id)];
    const before = inboxPublishes();
    for (let i = 0; i < 20; i += 1) writer.doc.getText('body').insert(0, `${i % 10}`);
    writer.provider.awareness.setLocalStateField('cursor', { index: 3 });
    await waitFor(() => text(reader).length === 20, 30_000, 'the local peer to have the edits');
    await waitFor(
      () => reader.provider.awareness.getStates().has(writer.doc.clientID),
      30_000,
      'the local peer to see the cursor',
    );
    await first.get<Redis>(REDIS).ping();
    await watch.mark();
    expect(inboxPublishes()).toBe(before);

    // Someone opens it on the other instance: from then on its edits go there.
    const remote = await join(secondUrl, document.id);
    expect(text(remote)).toBe(text(writer));
    writer.doc.getText('body').insert(0, 'X');
    await waitFor(
      () => text(remote) === text(writer),
      30_000,
      'the edit to reach the other instance',
    );
    expect(inboxPublishes()).toBeGreaterThan(before);
  });

  it('an instance that opens a document mid-stream misses nothing, even if told late', async () => {
    const document = await buildDocument(factories, brand, strategist);
    const writer = await join(firstUrl, document.id);
    // The first instance hears of the second one's arrival 300 ms late (a busy machine): the
    // edits it stores meanwhile are not sent, and the second instance, loaded by then, must
    // read them from PostgreSQL when the first one answers.
    const fanout = first.get<RedisFanout>(COLLAB_FANOUT) as unknown as {
      receiveControl: (message: Buffer) => void;
    };
    const receiveControl = fanout.receiveControl.bind(fanout);
    fanout.receiveControl = (message) => void setTimeout(() => receiveControl(message), 300);
    let typed = 0;
    const typing = setInterval(() => {
      writer.doc.getText('body').insert(writer.doc.getText('body').length, `${typed % 10}`);
      typed += 1;
    }, 2);
    try {
      await waitFor(() => typed >= 30, 30_000, 'some typing first');
      // Joins while edits keep arriving on the first instance.
      const late = await join(secondUrl, document.id);
      const seenAtJoin = typed;
      await waitFor(() => typed >= seenAtJoin + 60, 30_000, 'more typing after the join');
      clearInterval(typing);
      await waitFor(
        () => text(late).length === typed && text(late) === text(writer),
        30_000,
        'the late instance to have every edit',
      );
      // What it has is what is stored.
      const rows = await first
        .get(DataSource)
        .query<Array<{ update: Buffer }>>(
          'SELECT "update" FROM document_updates WHERE document_id = $1',
          [document.id],
        );
      const stored = new Y.Doc();
      for (const row of rows) Y.applyUpdate(stored, row.update);
      expect(stored.getText('body').toJSON()).toBe(text(late));
    } finally {
      clearInterval(typing);
      fanout.receiveControl = receiveControl;
    }
  });
});
