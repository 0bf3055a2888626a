import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Client } from 'graphql-ws';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { NotificationBus } from '../../src/modules/notifications/notification-bus.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { closeOf, listenForSockets, socketClient, Subscribed } from '../support/graphql-socket.js';
import { centre, createAssignedPost, userIdOf } from '../support/notifications.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADDED =
  'subscription { notificationAdded { id kind params { name value } link { documentId } } }';
const COUNT = 'subscription { unreadNotificationCountChanged }';

interface Added {
  notificationAdded: {
    id: string;
    kind: string;
    params: Array<{ name: string; value: string }>;
    link: { documentId: string };
  };
}

describe('notification subscriptions over graphql-ws, across two instances with Redis', () => {
  let database: TestDatabase;
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let firstUrl: string;
  let secondUrl: string;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let lead: GraphQLClient;
  let expert: GraphQLClient;
  let leadId: string;
  const clients: Client[] = [];
  const origin = 'http://localhost:3000';

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = {
      CHORUS_SEED_DEMO: 'false',
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `test-${randomUUID().slice(0, 8)}:`,
      PUBLIC_URL: origin,
    };
    first = await createTestApp({ database: database.config, env });
    second = await createTestApp({ database: database.config, env });
    firstUrl = await listenForSockets(first);
    secondUrl = await listenForSockets(second);
    const factories = new Factories(first);
    const team = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Lea Lead', ['lead']],
      ['Noa Expert', ['chief_expert']],
    ]);
    brand = team.brand;
    [specialist, lead, expert] = team.clients as [GraphQLClient, GraphQLClient, GraphQLClient];
    leadId = await userIdOf(lead);
  }, 90_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  function open(url: string, client: GraphQLClient): Client {
    const socket = socketClient(url, { cookie: client.cookie!, origin });
    clients.push(socket);
    return socket;
  }

  it('delivers a notification created through instance A to its recipient subscribed on instance B, and to nobody else', async () => {
    // An earlier notification, used to learn when the subscriptions are live.
    const earlier = await createAssignedPost(specialist, brand.id, 'Earlier', leadId);
    const { notifications } = await eventually(async () => {
      const answer = await centre(lead);
      return answer.notifications.entries.length === 1 ? answer : undefined;
    });
    const socketB = open(secondUrl, lead);
    const leadOnB = new Subscribed<Added>(socketB, ADDED);
    const countOnB = new Subscribed<{ unreadNotificationCountChanged: number }>(socketB, COUNT);
    const socketA = open(firstUrl, expert);
    const expertAddedOnA = new Subscribed<Added>(socketA, ADDED);
    const expertOnA = new Subscribed<{ unreadNotificationCountChanged: number }>(socketA, COUNT);
    const bus = first.get(NotificationBus);
    const expertId = await userIdOf(expert);
    // Signals published on A (whatever instance runs the jobs) reach B only through Redis.
    await eventually(async () => {
      await bus.publish({ userId: leadId, notificationId: notifications.entries[0]!.id });
      await bus.publish({ userId: expertId });
      return leadOnB.values.length > 0 && countOnB.values.length > 0 && expertOnA.values.length > 0;
    }, 20_000);
    expect(leadOnB.values[0]!.notificationAdded.link.documentId).toBe(earlier);
    for (const subscription of [leadOnB, countOnB, expertOnA]) subscription.values.length = 0;

    const started = Date.now();
    const postId = await createAssignedPost(specialist, brand.id, 'Live one', leadId);
    // Probe signals may still trail in: wait for this post's notification.
    const added = await eventually(
      () =>
        Promise.resolve(
          leadOnB.values.find((value) => value.notificationAdded.link.documentId === postId),
        ),
      20_000,
      5,
    );
    const delay = Date.now() - started;
    console.log(
      `notification from a mutation on instance A to a subscriber on instance B: ${delay} ms`,
    );
    expect(delay).toBeLessThan(10_000);
    expect(added.notificationAdded).toMatchObject({
      kind: 'post_assigned',
      params: [{ name: 'name', value: 'Live one' }],
      link: { documentId: postId },
    });
    await eventually(() =>
      Promise.resolve(countOnB.values.some((value) => value.unreadNotificationCountChanged === 2)),
    );

    await lead.ok('mutation { markAllNotificationsRead }');
    await eventually(() =>
      Promise.resolve(countOnB.values.at(-1)?.unreadNotificationCountChanged === 0),
    );
    // The expert's own subscriptions heard only the expert's (empty) centre.
    expect(expertAddedOnA.values).toEqual([]);
    expect(expertOnA.values.every((value) => value.unreadNotificationCountChanged === 0)).toBe(
      true,
    );
    expect((await centre(expert)).unreadNotificationCount).toBe(0);
  }, 120_000);

  it('refuses a socket without a session (4401) and one from another origin (4403)', async () => {
    expect(await closeOf(secondUrl, { origin })).toEqual({
      code: 4401,
      reason: 'Sign in to continue',
    });
    expect(
      await closeOf(secondUrl, { origin: 'https://evil.example.com', cookie: lead.cookie! }),
    ).toEqual({
      code: 4403,
      reason: 'Origin not allowed',
    });
    expect(await closeOf(secondUrl, { origin, cookie: 'chorus_session=forged' })).toMatchObject({
      code: 4401,
    });
  });

  it('runs only subscriptions over the socket, at most ten at once', async () => {
    const socket = open(firstUrl, lead);
    const query = new Subscribed(socket, '{ unreadNotificationCount }');
    await expect(query.waitFor(1)).rejects.toThrow(/Only subscriptions/);
    const held = Array.from({ length: 10 }, () => new Subscribed(socket, COUNT));
    const extra = new Subscribed(socket, COUNT);
    await expect(extra.waitFor(1)).rejects.toThrow(/10 subscriptions at once/);
    for (const subscription of held) subscription.dispose();
  });
});
