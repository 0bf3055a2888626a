import { randomUUID } from 'node:crypto';
import { can } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { EventLog } from '../../src/modules/events/index.js';
import { LIVE_LIMITS, LiveFeed } from '../../src/modules/live/index.js';
import type { TeamEntity } from '../../src/modules/teams/index.js';
import type { WorkspaceEntity } from '../../src/modules/workspaces/index.js';
import { BRAND_ACTORS, rolesOf, type BrandActor } from '../support/brand-actors.js';
import { listen, waitFor } from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { httpBase, openLive, recordRolledBackEvent, type LiveClient } from '../support/live.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { brandWithTargets, createPostAs } from './posts-fixtures.js';

const MOVE = `mutation($i: MovePostInput!) { movePost(input: $i) { post { id } } }`;
const describeWithPostgres = process.env.DATABASE_URL ? describe : describe.skip;

// No REDIS_URL: the two instances share nothing but PostgreSQL, so whatever reaches the
// second one's streams travelled by NOTIFY.
describeWithPostgres('live updates across two server instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let firstBase: string;
  let secondBase: string;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let owner: GraphQLClient;
  let postId: string;
  let day = 1;
  const opened: LiveClient[] = [];

  async function live(base: string, cookie: string | undefined, id = brand.id) {
    const client = await openLive(base, id, cookie);
    opened.push(client);
    return client;
  }

  /** Moves the post on the first instance to a new day; answers nothing (the event is the point). */
  async function movePost(): Promise<void> {
    day += 1;
    await owner.ok(MOVE, {
      i: { postId, publishAt: `2027-03-${String(day).padStart(2, '0')}T09:00` },
    });
  }

  /** A fresh member of the brand's workspace holding a team role on it, signed in. */
  async function newTeamMember(): Promise<{ userId: string; client: GraphQLClient }> {
    const user = await factories.buildUser();
    await factories.addMember({ id: brand.workspaceId } as WorkspaceEntity, user, 'member');
    const [{ team_id: teamId }] = await factories.db.query<[{ team_id: string }]>(
      'SELECT team_id FROM brand_teams WHERE brand_id = $1',
      [brand.id],
    );
    await factories.setTeamRoles({ id: teamId } as TeamEntity, user, ['smm_specialist']);
    return { userId: user.id, client: await factories.signedIn(user) };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { CHORUS_SEED_DEMO: 'false' };
    first = await createTestApp({ database: database.config, env });
    second = await createTestApp({ database: database.config, env });
    await listen(first);
    await listen(second);
    firstBase = httpBase(first);
    secondBase = httpBase(second);
    factories = new Factories(first);
    ({ brand, clients, owner } = await brandWithTargets(factories, 'UTC'));
    postId = await createPostAs(owner, brand, 'Launch', { publishAt: '2027-03-01T09:00' });
  }, 90_000);

  afterAll(async () => {
    for (const client of opened) client.close();
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('a reader on the second instance receives a move made through GraphQL on the first', async () => {
    const reader = await live(secondBase, clients.get('moderator')!.cookie);
    expect(reader.status).toBe(200);
    expect(reader.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(reader.headers['x-accel-buffering']).toBe('no');
    expect(reader.headers['cache-control']).toContain('no-transform');
    const { me } = await owner.ok<{ me: { id: string } }>('{ me { id } }');

    await movePost();

    await waitFor(() => reader.events.some((e) => e.type === 'post.moved'), 20_000, 'post.moved');
    const moved = reader.events.find((e) => e.type === 'post.moved')!;
    expect(moved).toEqual({
      id: expect.any(String) as string,
      type: 'post.moved',
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      documentId: postId,
      subjectType: 'post',
      subjectId: postId,
      actorId: me.id,
      occurredAt: expect.any(String) as string,
    });
    // Identifiers only: the title and times stay behind the GraphQL permission checks.
    expect(JSON.stringify(reader.events)).not.toContain('Launch');
  });

  it('a change that rolls back sends nothing; the next committed one arrives after it', async () => {
    const reader = await live(secondBase, clients.get('lead')!.cookie);
    const rolledBackId = await recordRolledBackEvent(first, brand, postId);

    await movePost();

    await waitFor(() => reader.events.some((e) => e.type === 'post.moved'), 20_000, 'the move');
    expect(reader.events.map((e) => e.id)).not.toContain(rolledBackId);
    expect(reader.events.map((e) => e.type)).toEqual(['post.moved']);
  });

  it('a burst of events reaches the other instance complete and in commit order', async () => {
    const reader = await live(secondBase, clients.get('chief_expert')!.cookie);
    const recorded: string[] = [];
    for (let batch = 0; batch < 3; batch += 1) {
      await first.get(DataSource).transaction(async (manager) => {
        for (let i = 0; i < 4; i += 1) {
          recorded.push(
            await first.get(EventLog).record(manager, {
              type: 'post.updated',
              workspaceId: brand.workspaceId,
              brandId: brand.id,
              documentId: postId,
              actorId: null,
              subject: { type: 'post', id: postId },
            }),
          );
        }
      });
    }

    await waitFor(() => reader.events.length >= recorded.length, 20_000, 'all twelve events');
    expect(reader.events.map((e) => e.id)).toEqual(recorded);
  });

  it('everyone who may read the brand may listen; the others are refused by the matrix', async () => {
    for (const actor of BRAND_ACTORS) {
      const client = await live(secondBase, clients.get(actor)!.cookie);
      const expected = actor === 'anonymous' ? 401 : can(rolesOf(actor), 'brand.read') ? 200 : 404;
      expect([actor, client.status]).toEqual([actor, expected]);
      client.close();
    }
  });

  it('a stranger’s brand answers exactly as a brand that does not exist', async () => {
    const outsider = await live(firstBase, clients.get('outsider')!.cookie);
    const missing = await live(firstBase, owner.cookie, randomUUID());
    const malformed = await live(firstBase, owner.cookie, 'not-a-brand');
    expect(outsider.status).toBe(404);
    expect([missing.status, missing.refusal]).toEqual([outsider.status, outsider.refusal]);
    expect([malformed.status, malformed.refusal]).toEqual([outsider.status, outsider.refusal]);
    expect(outsider.refusal?.error?.code).toBe('NOT_FOUND');
  });

  it('signing out everywhere on one instance ends the stream on the other', async () => {
    const { client } = await newTeamMember();
    const stream = await live(secondBase, client.cookie);
    expect(stream.status).toBe(200);

    await client.ok('mutation { signOutEverywhere }');

    await waitFor(() => stream.closed, 20_000, 'the stream to end');
    expect(stream.ends).toEqual(['ACCESS_REVOKED']);
  });

  it('a member removed from the workspace receives nothing more and their stream ends', async () => {
    const { userId, client } = await newTeamMember();
    const stream = await live(secondBase, client.cookie);
    const watcher = await live(secondBase, clients.get('strategist')!.cookie);
    await movePost();
    await waitFor(() => stream.events.length === 1, 20_000, 'the first move');

    await owner.ok('mutation($i: RemoveMemberInput!) { removeMember(input: $i) }', {
      i: { workspaceId: brand.workspaceId, userId },
    });
    await movePost();

    await waitFor(() => stream.closed, 20_000, 'the stream to end');
    await waitFor(
      () => watcher.events.filter((e) => e.type === 'post.moved').length === 2,
      20_000,
      'both moves at the watcher',
    );
    expect(stream.ends).toEqual(['ACCESS_REVOKED']);
    expect(stream.events.map((e) => e.type)).toEqual(['post.moved']);
  });

  it('one user may hold a limited number of streams; the next is refused until one closes', async () => {
    const { client } = await newTeamMember();
    const streams: LiveClient[] = [];
    for (let i = 0; i < LIVE_LIMITS.streamsPerUser; i += 1) {
      streams.push(await live(firstBase, client.cookie));
    }
    expect(streams.map((s) => s.status)).toEqual(streams.map(() => 200));

    const refused = await live(firstBase, client.cookie);
    expect(refused.status).toBe(429);
    expect(refused.refusal?.error).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_STREAMS',
      limit: LIVE_LIMITS.streamsPerUser,
    });

    streams[0]!.close();
    let again: LiveClient | null = null;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const attempt = await live(firstBase, client.cookie);
      if (attempt.status === 200) {
        again = attempt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(again?.status).toBe(200);
  });

  it('an instance whose LISTEN connection drops reconnects, tells its streams to resync, and delivers again', async () => {
    const reader = await live(secondBase, clients.get('admin')!.cookie);
    expect(reader.status).toBe(200);
    const feed = second.get(LiveFeed);
    expect(feed.listening).toBe(true);

    await factories.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'chorus-live' AND datname = current_database()`,
    );

    await waitFor(() => reader.resyncs === 1, 30_000, 'the resync after reconnecting');
    expect(feed.listening).toBe(true);
    await movePost();
    await waitFor(() => reader.events.some((e) => e.type === 'post.moved'), 20_000, 'the move');
    expect(reader.closed).toBe(false);
  });

  it('shutting an instance down ends its streams so clients reconnect elsewhere', async () => {
    const third = await createTestApp({
      database: database.config,
      env: { CHORUS_SEED_DEMO: 'false' },
    });
    await listen(third);
    const stream = await live(httpBase(third), owner.cookie);
    expect(stream.status).toBe(200);

    await third.close();

    await waitFor(() => stream.closed, 20_000, 'the stream to end');
    expect(stream.ends).toEqual(['SERVER_SHUTDOWN']);
  });
});
