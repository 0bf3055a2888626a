import { can } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { countStatements } from '../../src/platform/database/index.js';
import { BRAND_ACTORS, rolesOf } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { brandWithTargets, createPostAs as create } from './posts-fixtures.js';
import { mixQuery, type MixAnswer } from '../support/content-mix.js';

const CALENDAR = `query($b: ID!, $from: String!, $to: String!, $f: CalendarFilterInput) {
  calendarPosts(brandId: $b, from: $from, to: $to, filter: $f) {
    timeZone from to canEdit promotionCapPercent truncated
    posts { id title publishAtLocal status networks promotional canEdit
      category { id name color } assignee { id displayName } goalId mediaPlanRowId }
  }
}`;
const MIX = mixQuery();
const MOVE = `mutation($i: MovePostInput!) { movePost(input: $i) { post { id publishAtLocal } } }`;

type CalendarAnswer = {
  calendarPosts: {
    canEdit: boolean;
    truncated: boolean;
    posts: Array<{
      id: string;
      title: string;
      publishAtLocal: string | null;
      status: string;
      canEdit: boolean;
      category: { name: string } | null;
      assignee: { id: string } | null;
    }>;
  };
};

describe('the content calendar', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers every role by the matrix: readers see the month, writers may move, others get nothing', async () => {
    const { brand, clients, owner, targets } = await brandWithTargets(
      factories,
      'Asia/Ho_Chi_Minh',
    );
    const id = await create(owner, brand, 'Launch', {
      publishAt: '2026-05-10T09:00',
      categoryId: targets.categories[0]!.id,
    });
    for (const actor of BRAND_ACTORS) {
      const client = clients.get(actor)!;
      const roles = rolesOf(actor);
      const result = await client.request<CalendarAnswer>(CALENDAR, {
        b: brand.id,
        from: '2026-05-01',
        to: '2026-06-01',
      });
      const move = await client.request(MOVE, { i: { postId: id, publishAt: '2026-05-11T09:00' } });
      if (actor === 'anonymous') {
        expect([actor, errorCode(result), errorCode(move)]).toEqual([
          actor,
          'UNAUTHENTICATED',
          'UNAUTHENTICATED',
        ]);
      } else if (!can(roles, 'post.read')) {
        expect([actor, errorCode(result), errorCode(move)]).toEqual([
          actor,
          'NOT_FOUND',
          'NOT_FOUND',
        ]);
      } else {
        const calendar = result.data!.calendarPosts;
        const editor = can(roles, 'post.edit');
        expect([
          actor,
          calendar.posts.map((p) => p.title),
          calendar.canEdit,
          calendar.posts[0]!.canEdit,
        ]).toEqual([actor, ['Launch'], editor, editor]);
        expect([actor, errorCode(move)]).toEqual([actor, editor ? undefined : 'FORBIDDEN']);
      }
    }
    // Who may edit: owner, admin, lead, strategist, SMM specialist, chief expert — not the moderator.
    expect(BRAND_ACTORS.filter((actor) => can(rolesOf(actor), 'post.edit'))).toEqual([
      'owner',
      'admin',
      'lead',
      'strategist',
      'smm_specialist',
      'chief_expert',
    ]);
  }, 120_000);

  it('reads the range in the brand’s time zone and filters by network, status, category, goal, row and assignee', async () => {
    const { brand, owner, targets } = await brandWithTargets(factories, 'America/New_York');
    const me = (await owner.ok<{ me: { id: string } }>(`{ me { id } }`)).me.id;
    const [promo, expertise] = [
      targets.categories.find((c) => c.key === 'promotion')!.id,
      targets.categories.find((c) => c.key === 'expertise')!.id,
    ];
    const late = await create(owner, brand, 'Late on the last day', {
      publishAt: '2026-05-31T23:30',
      networks: ['INSTAGRAM'],
      categoryId: promo,
      goalId: targets.goalIds[0],
      assigneeId: me,
    });
    await create(owner, brand, 'Next month', {
      publishAt: '2026-06-01T00:30',
      networks: ['INSTAGRAM'],
    });
    const early = await create(owner, brand, 'First morning', {
      publishAt: '2026-05-01T00:15',
      networks: ['FACEBOOK'],
      categoryId: expertise,
      mediaPlanRow: { mediaPlanId: targets.mediaPlanId, rowId: targets.rowIds[1] },
    });
    await create(owner, brand, 'Unplanned', {});
    const archived = await create(owner, brand, 'Archived', { publishAt: '2026-05-15T12:00' });
    await owner.ok(
      `mutation($i: TransitionPostInput!) { transitionPost(input: $i) { post { id } } }`,
      {
        i: { postId: archived, to: 'ARCHIVED' },
      },
    );
    const titles = async (filter: Record<string, unknown> | null) =>
      (
        await owner.ok<CalendarAnswer>(CALENDAR, {
          b: brand.id,
          from: '2026-05-01',
          to: '2026-06-01',
          f: filter,
        })
      ).calendarPosts.posts.map((p) => p.title);

    expect(await titles(null)).toEqual(['First morning', 'Late on the last day']);
    expect(await titles({ networks: ['INSTAGRAM'] })).toEqual(['Late on the last day']);
    expect(await titles({ categoryIds: [expertise] })).toEqual(['First morning']);
    expect(await titles({ goalIds: [targets.goalIds[0]] })).toEqual(['Late on the last day']);
    expect(await titles({ mediaPlanRowIds: [targets.rowIds[1]] })).toEqual(['First morning']);
    expect(await titles({ assigneeIds: [me] })).toEqual(['Late on the last day']);
    expect(await titles({ assigneeIds: ['not-a-uuid'] })).toEqual([]);
    expect(await titles({ statuses: ['ARCHIVED'] })).toEqual(['Archived']);
    expect(await titles({ includeUnscheduled: true })).toEqual([
      'First morning',
      'Late on the last day',
      'Unplanned',
    ]);
    const { calendarPosts } = await owner.ok<CalendarAnswer>(CALENDAR, {
      b: brand.id,
      from: '2026-05-01',
      to: '2026-06-01',
    });
    expect(calendarPosts.posts.map((p) => [p.id, p.publishAtLocal])).toEqual([
      [early, '2026-05-01T00:15'],
      [late, '2026-05-31T23:30'],
    ]);
    const tooLong = await owner.request(CALENDAR, {
      b: brand.id,
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(errorCode(tooLong)).toBe('VALIDATION');
    expect(
      errorCode(
        await owner.request(CALENDAR, { b: brand.id, from: '2026-05-02', to: '2026-05-01' }),
      ),
    ).toBe('VALIDATION');
  }, 120_000);

  it('answers a month of 1,000 posts in at most 5 statements, as many as for 10', async () => {
    const { brand, owner, targets, clients } = await brandWithTargets(factories, 'Europe/Berlin');
    const specialistId = (
      await clients.get('smm_specialist')!.ok<{ me: { id: string } }>(`{ me { id } }`)
    ).me.id;
    await factories.db.query(
      `WITH docs AS (
         INSERT INTO documents (brand_id, kind, title)
         SELECT $1, 'post', 'Post ' || g FROM generate_series(1, $2::int) AS g
         RETURNING id, title)
       INSERT INTO posts (document_id, brand_id, networks, publish_at, format, category_id, goal_id,
                          media_plan_id, media_plan_row_id, assignee_id, status)
       SELECT id, $1, ARRAY['instagram','facebook']::varchar[],
              timestamptz '2026-03-01 08:00+01' + (substring(title from 6)::int % 30) * interval '1 day',
              'image', $3::uuid, $4, $5::uuid, $6, $7::uuid, 'draft'
         FROM docs`,
      [
        brand.id,
        10,
        targets.categories[0]!.id,
        targets.goalIds[0],
        targets.mediaPlanId,
        targets.rowIds[0],
        specialistId,
      ],
    );
    const dataSource = app.get(DataSource);
    const statementsFor = async (expected: number) => {
      const counter = countStatements(dataSource, app.getHttpServer());
      try {
        const result = await owner.ok<CalendarAnswer>(CALENDAR, {
          b: brand.id,
          from: '2026-03-01',
          to: '2026-04-01',
        });
        expect(result.calendarPosts.posts).toHaveLength(expected);
        expect(result.calendarPosts.posts[0]).toMatchObject({ assignee: { id: specialistId } });
        // Only the request's statements are counted; of those, the session's last-seen stamp
        // (at most once a minute) is not the calendar's work.
        return counter.statements.filter((sql) => !/^\s*UPDATE "sessions"/i.test(sql)).length;
      } finally {
        counter.stop();
      }
    };
    await statementsFor(10); // warms the session's first-seen stamp
    const few = await statementsFor(10);
    await factories.db.query(
      `WITH docs AS (
         INSERT INTO documents (brand_id, kind, title)
         SELECT $1, 'post', 'Post ' || g FROM generate_series(11, $2::int) AS g
         RETURNING id, title)
       INSERT INTO posts (document_id, brand_id, networks, publish_at, category_id, assignee_id)
       SELECT id, $1, ARRAY['tiktok']::varchar[],
              timestamptz '2026-03-01 08:00+01' + (substring(title from 6)::int % 30) * interval '1 day',
              $3::uuid, $4::uuid
         FROM docs`,
      [brand.id, 1000, targets.categories[1]!.id, specialistId],
    );
    const many = await statementsFor(1000);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(5);
    // The session, the brand and roles, the posts: the counter sees the request's own work.
    expect(many).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('flags a week whose promotional share passes the cap and clears it when a promotional post moves out', async () => {
    const { brand, owner, targets } = await brandWithTargets(factories, 'Europe/Berlin');
    const promo = targets.categories.find((c) => c.key === 'promotion')!.id;
    const fun = targets.categories.find((c) => c.key === 'entertainment')!.id;
    // The week of Monday 2026-06-08: 8 ordinary posts and 3 promotional ones (27 % > 20 %).
    for (let i = 0; i < 8; i += 1) {
      await create(owner, brand, `Post ${i}`, {
        publishAt: `2026-06-${String(8 + (i % 7)).padStart(2, '0')}T10:00`,
        categoryId: fun,
        networks: i % 2 ? ['INSTAGRAM'] : ['FACEBOOK', 'INSTAGRAM'],
      });
    }
    const promos: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      promos.push(
        await create(owner, brand, `Sale ${i}`, {
          publishAt: `2026-06-1${i}T12:00`,
          categoryId: promo,
          networks: ['INSTAGRAM'],
        }),
      );
    }
    const mix = async () =>
      (await owner.ok<MixAnswer>(MIX, { b: brand.id, from: '2026-06-08', to: '2026-06-15' }))
        .contentMix;

    let answer = await mix();
    expect(answer.capPercent).toBe(20);
    expect(answer.weeks).toHaveLength(1);
    expect(answer.weeks[0]).toMatchObject({
      start: '2026-06-08',
      total: 11,
      promotional: 3,
      promotionalPercent: 27.3,
      capExceeded: true,
      headroom: 0,
    });
    expect(answer.weeks[0]!.byCategory).toEqual([
      { name: 'Entertainment', count: 8 },
      { name: 'Promotion / sales', count: 3 },
    ]);
    expect(answer.weeks[0]!.byNetwork).toEqual([
      { network: 'INSTAGRAM', count: 11 },
      { network: 'FACEBOOK', count: 4 },
    ]);
    expect(answer.months[0]).toMatchObject({
      start: '2026-06-01',
      total: 11,
      promotional: 3,
      capExceeded: true,
    });

    // Moved into the next week: 2 of 10 is 20 %, at the cap — allowed.
    await owner.ok(MOVE, { i: { postId: promos[0], publishAt: '2026-06-15T12:00' } });
    answer = await mix();
    expect(answer.weeks[0]).toMatchObject({
      total: 10,
      promotional: 2,
      promotionalPercent: 20,
      capExceeded: false,
    });
    expect(answer.months[0]).toMatchObject({ total: 11, promotional: 3, capExceeded: true });

    // 3 of 10 is over the cap; a brand that allows 30 % is fine with it.
    await owner.ok(`mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { id } } }`, {
      i: {
        postId: (
          await owner.ok<CalendarAnswer>(CALENDAR, {
            b: brand.id,
            from: '2026-06-08',
            to: '2026-06-09',
          })
        ).calendarPosts.posts[0]!.id,
        promotional: true,
      },
    });
    expect((await mix()).weeks[0]).toMatchObject({ total: 10, promotional: 3, capExceeded: true });
    await owner.ok(
      `mutation($i: UpdateBrandInput!) { updateBrand(input: $i) { promotionCapPercent } }`,
      {
        i: { brandId: brand.id, promotionCapPercent: 30 },
      },
    );
    expect((await mix()).weeks[0]).toMatchObject({ promotional: 3, capExceeded: false });
    expect(
      errorCode(
        await owner.request(`mutation($i: UpdateBrandInput!) { updateBrand(input: $i) { id } }`, {
          i: { brandId: brand.id, promotionCapPercent: 101 },
        }),
      ),
    ).toBe('VALIDATION');
  }, 120_000);
});
