import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import { COLLAB_FANOUT } from '../../src/collaboration/fanout.provider.js';
import type { RedisFanout } from '../../src/collaboration/fanout.js';
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
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// A Redis of this test's own (stopped and started again), so the shared one is never touched.
const REDIS_SERVER = '/usr/bin/redis-server';
const describeWithRedis =
  process.env.DATABASE_URL && existsSync(REDIS_SERVER) ? describe : describe.skip;

const text = (peer: TestPeer) => peer.doc.getText('body').toJSON();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function spawnRedis(port: number): ChildProcess {
  return spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
}

async function redisReady(port: number): Promise<void> {
  const probe = new Redis(port, '127.0.0.1', { retryStrategy: () => 50 });
  try {
    await waitFor(() => probe.status === 'ready', 30_000, 'the private Redis to start');
  } finally {
    probe.disconnect();
  }
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describeWithRedis('two instances when Redis goes away and comes back', () => {
  let port: number;
  let redis: ChildProcess;
  let database: TestDatabase;
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let firstUrl: string;
  let secondUrl: string;
  let factories: Factories;
  let brand: BrandEntity;
  let strategist: UserEntity;
  let editor: GraphQLClient;
  const peers: TestPeer[] = [];

  const join = async (url: string, documentId: string): Promise<TestPeer> => {
    const peer = connectPeer(url, documentId, { cookie: editor.cookie! });
    peers.push(peer);
    await synced(peer);
    return peer;
  };
  const fanouts = () => [first, second].map((app) => app.get<RedisFanout>(COLLAB_FANOUT));

  beforeAll(async () => {
    port = await freePort();
    redis = spawnRedis(port);
    await redisReady(port);
    database = await createTestDatabase();
    const env = {
      CHORUS_SEED_DEMO: 'false',
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_KEY_PREFIX: 'down-test:',
    };
    first = await createTestApp({ database: database.config, env });
    second = await createTestApp({ database: database.config, env });
    firstUrl = await listen(first);
    secondUrl = await listen(second);
    factories = new Factories(first);
    ({ brand, strategist, editor } = await buildStrategyDocument(factories));
  }, 120_000);

  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await first?.close();
    await second?.close();
    await database?.drop();
    if (redis) await stopRedis(redis);
  });

  it('each instance keeps working alone; none loses an edit; they converge once Redis is back', async () => {
    const document = await buildDocument(factories, brand, strategist);
    const [onFirst, alsoOnFirst] = [
      await join(firstUrl, document.id),
      await join(firstUrl, document.id),
    ];
    const onSecond = await join(secondUrl, document.id);
    onFirst.doc.getText('body').insert(0, '[before]');
    await waitFor(() => text(onSecond) === '[before]', 30_000, 'the edit across instances');

    await stopRedis(redis);
    await waitFor(
      () => fanouts().every((fanout) => !fanout.isLive),
      30_000,
      'both instances to notice Redis is gone',
    );
    onFirst.doc.getText('body').insert(0, '[first alone]');
    onSecond.doc.getText('body').insert(0, '[second alone]');
    // One instance alone: its own clients still share edits.
    await waitFor(
      () => text(alsoOnFirst).includes('[first alone]'),
      30_000,
      'the edit on the first instance',
    );
    // A document opened while Redis is away loads and works.
    const other = await buildDocument(factories, brand, strategist);
    const [x, y] = [await join(firstUrl, other.id), await join(firstUrl, other.id)];
    x.doc.getText('body').insert(0, 'while Redis was away');
    await waitFor(() => text(y) === 'while Redis was away', 30_000, 'a new document to work');

    redis = spawnRedis(port);
    await redisReady(port);
    await waitFor(
      () => fanouts().every((fanout) => fanout.isLive),
      60_000,
      'both instances to reconnect',
    );
    await waitFor(
      () =>
        [onFirst, alsoOnFirst, onSecond].every(
          (peer) =>
            text(peer) === text(onFirst) &&
            text(peer).includes('[first alone]') &&
            text(peer).includes('[second alone]') &&
            text(peer).includes('[before]'),
        ),
      60_000,
      'every client to have every edit',
    );
    // And the live path works again.
    onSecond.doc.getText('body').insert(0, '[after]');
    await waitFor(() => text(onFirst).startsWith('[after]'), 30_000, 'a new edit across instances');
  });
});
