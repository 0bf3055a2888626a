import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { countStatements } from '../../src/platform/database/index.js';
import {
  BRAND_ACTORS,
  buildBrandActors,
  expectedRefusal,
  type BrandActor,
} from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';
import { importActuals, UPSERT_ACTUALS } from './kpis-fixtures.js';

const POSTS = `query($b: ID!, $f: String!, $t: String!, $n: String, $p: String, $first: Int) {
  kpiPostResults(brandId: $b, from: $f, to: $t, network: $n, postRef: $p, first: $first) {
    total
    posts { network postRef postId postTitle engagements reach lastMonth
            engagementRate { value reason } engagementRateByReach { value reason } } } }`;

interface PostResult {
  network: string;
  postRef: string;
  postId: string | null;
  postTitle: string | null;
  engagements: number | null;
  reach: number | null;
  lastMonth: string;
  engagementRate: { value: number | null; reason: string | null };
  engagementRateByReach: { value: number | null; reason: string | null };
}

/** Per-post results: imported per post id or URL, listed most engaging first. */
describe('KPI results per post', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let strategist: GraphQLClient;
  let postId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    ({ brand, clients } = await buildBrandActors(new Factories(app)));
    strategist = clients.get('strategist')!;
    postId = await createDocument(strategist, brand, 'POST', 'Summer launch reel');
    await strategist.ok(UPSERT_ACTUALS, {
      i: {
        brandId: brand.id,
        cells: [{ network: 'instagram', metric: 'followers', periodKey: '2025-06', value: 1000 }],
      },
    });
    const file = [
      'Date,Post ID,Likes,Comments,Shares,Saves,Reach',
      `2025-06-03,${postId},40,10,5,5,2000`,
      '2025-06-04,https://www.instagram.com/p/abc123/,10,0,0,0,500',
      '2025-06-05,https://www.instagram.com/p/quiet/,1,0,0,0,0',
    ].join('\r\n');
    const response = await importActuals(app, strategist, brand.id, file, {
      network: 'instagram',
    });
    expect(response.body).toMatchObject({ ok: true, applied: true });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('lists imported posts most engaging first, with the rate per member and per reach, in four statements', async () => {
    const counter = countStatements(app.get(DataSource), app.getHttpServer());
    let answer: { total: number; posts: PostResult[] };
    try {
      answer = (
        await clients
          .get('moderator')!
          .ok<{ kpiPostResults: typeof answer }>(POSTS, { b: brand.id, f: '2025-05', t: '2025-07' })
      ).kpiPostResults;
      expect(counter.statements.length).toBeLessThanOrEqual(4);
    } finally {
      counter.stop();
    }
    expect(answer.total).toBe(3);
    expect(answer.posts.map((p) => [p.postRef, p.engagements])).toEqual([
      [postId, 60],
      ['https://www.instagram.com/p/abc123/', 10],
      ['https://www.instagram.com/p/quiet/', 1],
    ]);
    expect(answer.posts[0]).toMatchObject({
      network: 'instagram',
      postId,
      postTitle: 'Summer launch reel',
      reach: 2000,
      lastMonth: '2025-06',
      engagementRate: { value: 6, reason: null },
      engagementRateByReach: { value: 3, reason: null },
    });
    expect(answer.posts[1]!.postId).toBeNull();
    // No reach: "—" with the reason, never Infinity.
    expect(answer.posts[2]!.engagementRateByReach).toEqual({ value: null, reason: 'no_reach' });
  });

  it("answers one post's results by its Chorus id, and pages with first", async () => {
    const one = await strategist.ok<{ kpiPostResults: { total: number; posts: PostResult[] } }>(
      POSTS,
      { b: brand.id, f: '2025-06', t: '2025-06', p: postId },
    );
    expect(one.kpiPostResults.posts.map((p) => p.postTitle)).toEqual(['Summer launch reel']);
    const top = await strategist.ok<{ kpiPostResults: { total: number; posts: PostResult[] } }>(
      POSTS,
      { b: brand.id, f: '2025-06', t: '2025-06', first: 1 },
    );
    expect(top.kpiPostResults).toMatchObject({ total: 3, posts: [{ postId }] });
    const other = await strategist.ok<{ kpiPostResults: { total: number } }>(POSTS, {
      b: brand.id,
      f: '2025-06',
      t: '2025-06',
      n: 'tiktok',
    });
    expect(other.kpiPostResults.total).toBe(0);
  });

  it('refuses bad input with a typed error naming the field', async () => {
    for (const [variables, field] of [
      [{ f: '2025-13', t: '2025-06' }, 'from'],
      [{ f: '2025-06', t: '2025-05' }, 'to'],
      [{ f: '2025-06', t: '2025-06', first: 0 }, 'first'],
      [{ f: '2025-06', t: '2025-06', n: 'myspace' }, 'network'],
    ] as const) {
      const result = await strategist.request(POSTS, { b: brand.id, ...variables });
      expect(errorCode(result)).toBe('VALIDATION');
      expect(JSON.stringify(result.errors)).toContain(field);
    }
  });

  it('adds up the results of Chorus posts by content category, a link to a post naming it too', async () => {
    const expertise = (
      await clients
        .get('owner')!
        .ok<{ createContentCategory: { id: string } }>(
          `mutation($i: CreateContentCategoryInput!) { createContentCategory(input: $i) { id } }`,
          { i: { brandId: brand.id, name: 'Expertise', color: 'teal' } },
        )
    ).createContentCategory.id;
    const guide = await createDocument(strategist, brand, 'POST', 'Tea ceremony guide');
    const recipe = await createDocument(strategist, brand, 'POST', 'Iced tea recipe');
    const loose = await createDocument(strategist, brand, 'POST', 'A post without a category');
    const SET_CATEGORY = `mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { id } } }`;
    await strategist.ok(SET_CATEGORY, { i: { postId: guide, categoryId: expertise } });
    await strategist.ok(SET_CATEGORY, { i: { postId: recipe, categoryId: expertise } });
    const file = [
      'Date,Post ID,Likes,Comments,Shares,Saves,Reach',
      `2025-09-01,https://chorus.example/w/x/b/y/d/${guide.toUpperCase()},20,5,0,5,600`,
      `2025-09-02,${recipe},10,0,0,0,400`,
      `2025-09-03,${loose},4,1,0,0,`,
      '2025-09-04,https://www.instagram.com/p/elsewhere/,7,0,0,0,70',
    ].join('\r\n');
    const response = await importActuals(app, strategist, brand.id, file, { network: 'instagram' });
    expect(response.body).toMatchObject({ ok: true, applied: true });

    const answer = (
      await clients.get('moderator')!.ok<{
        kpiPostResults: {
          unlinked: number;
          categories: Array<Record<string, unknown>>;
          posts: PostResult[];
        };
      }>(
        `query($b: ID!) { kpiPostResults(brandId: $b, from: "2025-09", to: "2025-09") {
           unlinked posts { postId }
           categories { categoryId name posts engagements reach engagementsPerPost
                        engagementRateByReach { value reason } } } }`,
        { b: brand.id },
      )
    ).kpiPostResults;
    expect(answer.posts.find((p) => p.postId === guide)).toBeDefined();
    expect(answer.unlinked).toBe(1);
    expect(answer.categories).toEqual([
      {
        categoryId: expertise,
        name: 'Expertise',
        posts: 2,
        engagements: 40,
        reach: 1000,
        engagementsPerPost: 20,
        engagementRateByReach: { value: 4, reason: null },
      },
      {
        categoryId: null,
        name: null,
        posts: 1,
        engagements: 5,
        reach: null,
        engagementsPerPost: 5,
        engagementRateByReach: { value: null, reason: 'missing_data' },
      },
    ]);
  });

  it.each(BRAND_ACTORS)('%s reads per-post results as metrics.read says', async (actor) => {
    const result = await clients
      .get(actor)!
      .request(POSTS, { b: brand.id, f: '2025-06', t: '2025-06' });
    const expected = expectedRefusal(actor, 'metrics.read');
    if (expected === null) expect(result.errors).toBeUndefined();
    else expect(errorCode(result)).toBe(expected);
  });
});
