import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { countStatements } from '../../src/platform/database/index.js';
import { seedApprovalPosts } from '../../src/scripts/approvals-seed.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  approvalTeam,
  createFlow,
  decide,
  step,
  submit,
  type Person,
} from './approvals-fixtures.js';

const CALENDAR = `query($b: ID!, $from: String!, $to: String!) {
  calendarPosts(brandId: $b, from: $from, to: $to) { posts { id title status approvalState approvalFlagged } } }`;
const WAITING = `{ waitingOnMe { id documentId stepOpenedAt canDecide } }`;

interface CalendarPost {
  id: string;
  title: string;
  status: string;
  approvalState: string;
  approvalFlagged: boolean;
}

/** The request's statements (the counter sees only those) but the session's last-seen stamp. */
const own = (sql: string) => !/^\s*UPDATE "sessions"/i.test(sql);

describe('approval states on the calendar and "waiting on me", in few statements', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: Person;
  let lead: Person;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, specialist, lead } = await approvalTeam(factories));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function post(client: GraphQLClient, title: string, publishAt: string): Promise<string> {
    const data = await client.ok<{ createPost: { post: { id: string } } }>(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { post { id } } }`,
      { i: { brandId: brand.id, title, post: { publishAt } } },
    );
    return data.createPost.post.id;
  }

  async function transition(postId: string, to: string): Promise<void> {
    await specialist.client.ok(
      `mutation($i: TransitionPostInput!) { transitionPost(input: $i) { post { id } } }`,
      { i: { postId, to } },
    );
  }

  it('shows each post’s approval state and flags a post scheduled without approval', async () => {
    const calendar = async () =>
      (
        await specialist.client.ok<{ calendarPosts: { posts: CalendarPost[] } }>(CALENDAR, {
          b: brand.id,
          from: '2027-09-01',
          to: '2027-10-01',
        })
      ).calendarPosts.posts;
    const unflowed = await post(specialist.client, 'Before any flow', '2027-09-02T10:00');
    await transition(unflowed, 'READY');
    await transition(unflowed, 'SCHEDULED');
    expect((await calendar())[0]).toMatchObject({ approvalState: 'NONE', approvalFlagged: false });

    const flow = await createFlow(
      lead.client,
      brand,
      'POST',
      [step('ANY', [{ userId: lead.id }])],
      {
        isDefault: true,
      },
    );
    const pending = await post(specialist.client, 'Pending', '2027-09-03T10:00');
    await submit(specialist.client, pending);
    const approved = await post(specialist.client, 'Approved', '2027-09-04T10:00');
    await decide(lead.client, await submit(specialist.client, approved));
    const returned = await post(specialist.client, 'Returned', '2027-09-05T10:00');
    await decide(
      lead.client,
      await submit(specialist.client, returned),
      'REQUEST_CHANGES',
      'Shorter',
    );
    await transition(approved, 'SCHEDULED');
    const byTitle = Object.fromEntries((await calendar()).map((p) => [p.title, p]));
    expect(byTitle['Before any flow']).toMatchObject({
      approvalState: 'NONE',
      approvalFlagged: true,
    });
    expect(byTitle.Pending).toMatchObject({
      status: 'IN_REVIEW',
      approvalState: 'PENDING',
      approvalFlagged: false,
    });
    expect(byTitle.Approved).toMatchObject({
      status: 'SCHEDULED',
      approvalState: 'APPROVED',
      approvalFlagged: false,
    });
    expect(byTitle.Returned).toMatchObject({ status: 'READY', approvalState: 'CHANGES_REQUESTED' });
    expect(flow.id).toBeDefined();
  });

  it('answers a month of 1,000 posts with approval states in at most 5 statements, and 500 waiting requests in at most 3', async () => {
    const { brand: big, lead: approver, specialist: writer } = await approvalTeam(factories);
    await seedApprovalPosts(app.get(DataSource), {
      brandId: big.id,
      posts: 1000,
      approverId: approver.id,
      submitterId: writer.id,
    });
    const dataSource = app.get(DataSource);
    const measure = async <T>(client: GraphQLClient, query: string, variables = {}) => {
      await client.ok(query, variables); // warms the session's stamp
      const counter = countStatements(dataSource, app.getHttpServer());
      try {
        const data = await client.ok<T>(query, variables);
        const mine = counter.statements.filter(own);
        if (process.env.SHOW_SQL) console.log(mine.join('\n---\n'));
        return { data, statements: mine.length };
      } finally {
        counter.stop();
      }
    };
    const month = await measure<{ calendarPosts: { posts: CalendarPost[] } }>(
      approver.client,
      CALENDAR,
      {
        b: big.id,
        from: '2026-03-01',
        to: '2026-04-01',
      },
    );
    expect(month.data.calendarPosts.posts).toHaveLength(1000);
    const states = new Map<string, number>();
    for (const p of month.data.calendarPosts.posts) {
      states.set(p.approvalState, (states.get(p.approvalState) ?? 0) + 1);
    }
    expect(states.get('PENDING')).toBe(500);
    expect(states.get('NONE')).toBeGreaterThan(0);
    expect(month.data.calendarPosts.posts.some((p) => p.approvalFlagged)).toBe(true);
    expect(month.statements).toBeLessThanOrEqual(5);
    expect(month.statements).toBeGreaterThanOrEqual(3);

    const waiting = await measure<{ waitingOnMe: Array<{ id: string; stepOpenedAt: string }> }>(
      approver.client,
      WAITING,
    );
    expect(waiting.data.waitingOnMe).toHaveLength(500);
    const opened = waiting.data.waitingOnMe.map((r) => r.stepOpenedAt);
    expect(opened).toEqual([...opened].sort());
    expect(waiting.statements).toBeLessThanOrEqual(3);
    expect(waiting.statements).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
