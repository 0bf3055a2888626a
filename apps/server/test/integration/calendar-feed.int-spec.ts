import type { NestExpressApplication } from '@nestjs/platform-express';
import ICAL from 'ical.js';
import request from 'supertest';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { CREATE_POST } from './posts-fixtures.js';

const CREATE_FEED = `mutation($b: ID!) { createCalendarFeed(brandId: $b) { url feed { id brandId } } }`;
const REVOKE_FEED = `mutation($b: ID!) { revokeCalendarFeed(brandId: $b) }`;
const MY_FEED = `query($b: ID!) { myCalendarFeed(brandId: $b) { id createdAt lastUsedAt } }`;
const MOVE = `mutation($i: MovePostInput!) { movePost(input: $i) { post { id publishAt } } }`;

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  sequence: number;
  description: string;
}

/** Fetches a feed URL through the app (no cookie) and parses it with ical.js. */
async function fetchFeed(
  app: NestExpressApplication,
  url: string,
): Promise<{ status: number; type?: string; text: string; events: FeedEvent[] }> {
  const response = await request(app.getHttpServer()).get(new URL(url).pathname);
  const text = response.text;
  if (response.status !== 200) return { status: response.status, text, events: [] };
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      sequence: event.sequence,
      description: event.description,
    };
  });
  return { status: 200, type: response.headers['content-type'] as string, text, events };
}

describe('the calendar feed (iCalendar)', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let moderator: GraphQLClient;
  let outsider: GraphQLClient;
  const posts: Record<string, { id: string; publishAt: string }> = {};

  async function createPost(title: string, publishAt: string | null): Promise<string> {
    const data = await specialist.ok<{ createPost: { post: { id: string; publishAt: string } } }>(
      CREATE_POST,
      {
        i: {
          brandId: brand.id,
          title,
          post: { networks: ['INSTAGRAM', 'X'], ...(publishAt ? { publishAt } : {}) },
        },
      },
    );
    posts[title] = data.createPost.post;
    return data.createPost.post.id;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: { CHORUS_SEED_DEMO: 'false', PUBLIC_URL: 'http://chorus.localhost:3000' },
    });
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Mia Moderator', ['moderator']],
    ]);
    brand = team.brand;
    [specialist, moderator] = team.clients as [GraphQLClient, GraphQLClient];
    outsider = team.outsider;
    await factories.db.query(`UPDATE brands SET time_zone = 'Asia/Bangkok' WHERE id = $1`, [
      brand.id,
    ]);
    await createPost('สวัสดีปีใหม่ — Thai launch', '2026-12-20T09:30');
    await createPost('פוסט חג שמח', '2026-12-21T18:00');
    await createPost('Not planned yet', null);
    const archived = await createPost('Archived idea', '2026-12-22T10:00');
    await specialist.ok(`mutation($d: ID!) { archiveDocument(documentId: $d) { id } }`, {
      d: archived,
    });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers the brand’s planned posts as iCalendar that a parser reads, in UTC, titles intact', async () => {
    const { createCalendarFeed } = await specialist.ok<{ createCalendarFeed: { url: string } }>(
      CREATE_FEED,
      { b: brand.id },
    );
    expect(createCalendarFeed.url).toMatch(
      /^http:\/\/chorus\.localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    const feed = await fetchFeed(app, createCalendarFeed.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    const byTitle = new Map(feed.events.map((event) => [event.summary, event]));
    expect([...byTitle.keys()].sort()).toEqual(['פוסט חג שמח', 'สวัสดีปีใหม่ — Thai launch']);
    const thai = byTitle.get('สวัสดีปีใหม่ — Thai launch')!;
    // 09:30 in Bangkok (UTC+7) is 02:30 UTC.
    expect(thai.start).toBe('2026-12-20T02:30:00.000Z');
    expect(thai.start).toBe(new Date(posts['สวัสดีปีใหม่ — Thai launch']!.publishAt).toISOString());
    expect(byTitle.get('פוסט חג שמח')!.start).toBe('2026-12-21T11:00:00.000Z');
    expect(thai.uid).toContain(posts['สวัสดีปีใหม่ — Thai launch']!.id);
    expect(thai.description).toContain('Networks: instagram, x');
    expect(thai.description).toContain('Status: draft');
    expect(thai.description).toContain(
      `http://chorus.localhost:3000/w/${brand.workspaceId}/b/${brand.id}/d/${posts['สวัสดีปีใหม่ — Thai launch']!.id}`,
    );
    expect(feed.text).toContain('X-WR-TIMEZONE:Asia/Bangkok');

    const mine = await specialist.ok<{ myCalendarFeed: { lastUsedAt: string | null } }>(MY_FEED, {
      b: brand.id,
    });
    expect(mine.myCalendarFeed.lastUsedAt).not.toBeNull();
  });

  it('keeps each post’s UID when the post moves, with a new time and a higher SEQUENCE', async () => {
    const { createCalendarFeed } = await specialist.ok<{ createCalendarFeed: { url: string } }>(
      CREATE_FEED,
      { b: brand.id },
    );
    const before = await fetchFeed(app, createCalendarFeed.url);
    const id = posts['פוסט חג שמח']!.id;
    // updated_at has second resolution in SEQUENCE; make the change visibly later.
    await factories.db.query(
      `UPDATE posts SET updated_at = updated_at - interval '10 seconds' WHERE document_id = $1`,
      [id],
    );
    const earlier = await fetchFeed(app, createCalendarFeed.url);
    await specialist.ok(MOVE, { i: { postId: id, publishAt: '2026-12-23T08:15' } });
    const after = await fetchFeed(app, createCalendarFeed.url);
    expect(after.events.map((event) => event.uid).sort()).toEqual(
      before.events.map((event) => event.uid).sort(),
    );
    const moved = after.events.find((event) => event.uid.includes(id))!;
    const old = earlier.events.find((event) => event.uid.includes(id))!;
    expect(moved.start).toBe('2026-12-23T01:15:00.000Z');
    expect(moved.sequence).toBeGreaterThan(old.sequence);
  });

  it('answers 404 once revoked, and a regenerated URL replaces the old one', async () => {
    const first = await specialist.ok<{ createCalendarFeed: { url: string } }>(CREATE_FEED, {
      b: brand.id,
    });
    const second = await specialist.ok<{ createCalendarFeed: { url: string } }>(CREATE_FEED, {
      b: brand.id,
    });
    expect((await fetchFeed(app, first.createCalendarFeed.url)).status).toBe(404);
    expect((await fetchFeed(app, second.createCalendarFeed.url)).status).toBe(200);
    const revoked = await specialist.ok<{ revokeCalendarFeed: boolean }>(REVOKE_FEED, {
      b: brand.id,
    });
    expect(revoked.revokeCalendarFeed).toBe(true);
    const gone = await fetchFeed(app, second.createCalendarFeed.url);
    expect(gone.status).toBe(404);
    expect(gone.text).toBe('Not found');
    const mine = await specialist.ok<{ myCalendarFeed: unknown }>(MY_FEED, { b: brand.id });
    expect(mine.myCalendarFeed).toBeNull();
  });

  it('answers a made-up token and a malformed one with the same bare 404', async () => {
    const made = `http://x/api/calendar/${'A'.repeat(43)}.ics`;
    const response = await fetchFeed(app, made);
    expect(response.status).toBe(404);
    expect(response.text).toBe('Not found');
    expect((await fetchFeed(app, 'http://x/api/calendar/short.ics')).status).toBe(404);
    expect((await fetchFeed(app, 'http://x/api/calendar/whatever.txt')).status).toBe(404);
  });

  it('refuses a feed to people who may not read the brand', async () => {
    expect(errorCode(await outsider.request(CREATE_FEED, { b: brand.id }))).toBe('NOT_FOUND');
    expect(errorCode(await factories.anonymous().request(CREATE_FEED, { b: brand.id }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('limits fetches per client address with 429 and Retry-After', async () => {
    const server = app.getHttpServer();
    let refused: request.Response | undefined;
    for (let i = 0; i < 70 && !refused; i += 1) {
      const response = await request(server)
        .get(`/api/calendar/${'B'.repeat(43)}.ics`)
        .set('x-forwarded-for', '203.0.113.77');
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(404);
    }
    expect(refused?.headers['retry-after']).toMatch(/^\d+$/);
    // Another address is not held up by the first one's burst.
    const other = await request(server)
      .get(`/api/calendar/${'B'.repeat(43)}.ics`)
      .set('x-forwarded-for', '203.0.113.78');
    expect(other.status).toBe(404);
  });

  it('stops the feed of someone removed from the brand', async () => {
    const { createCalendarFeed } = await moderator.ok<{ createCalendarFeed: { url: string } }>(
      CREATE_FEED,
      { b: brand.id },
    );
    expect((await fetchFeed(app, createCalendarFeed.url)).status).toBe(200);
    await factories.db.query(
      `DELETE FROM team_members WHERE user_id = (SELECT id FROM users WHERE display_name = 'Mia Moderator')`,
    );
    expect((await fetchFeed(app, createCalendarFeed.url)).status).toBe(404);
  });
});
