import { can } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DemoSeeder } from '../../src/modules/demo/demo-seeder.js';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-data.js';
import { BRAND_ACTORS, rolesOf } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { brandWithTargets, createPostAs } from './posts-fixtures.js';

describe("a brand's content categories and the demo calendar", () => {
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

  it('keeps each brand’s content categories: seeded for new brands, managed by content editors, refused while posts use one', async () => {
    const { brand, owner, clients, targets } = await brandWithTargets(factories, 'UTC');
    const workspaceId = brand.workspaceId;
    const created = await owner.ok<{ createBrand: { id: string; promotionCapPercent: number } }>(
      `mutation($i: CreateBrandInput!) { createBrand(input: $i) { id promotionCapPercent } }`,
      { i: { workspaceId, name: 'Fresh brand' } },
    );
    expect(created.createBrand.promotionCapPercent).toBe(20);
    const seeded = await owner.ok<{
      contentCategories: Array<{ key: string; promotional: boolean }>;
    }>(`query($b: ID!) { contentCategories(brandId: $b) { key promotional } }`, {
      b: created.createBrand.id,
    });
    expect(seeded.contentCategories.map((c) => [c.key, c.promotional])).toEqual([
      ['entertainment', false],
      ['expertise', false],
      ['reputation', false],
      ['engagement', false],
      ['promotion', true],
    ]);
    const CREATE_CATEGORY = `mutation($i: CreateContentCategoryInput!) { createContentCategory(input: $i) { id name color promotional } }`;
    const input = { brandId: brand.id, name: 'Recipes', color: 'lime' };
    for (const actor of BRAND_ACTORS) {
      if (actor === 'owner') continue;
      const result = await clients
        .get(actor)!
        .request(CREATE_CATEGORY, { i: { ...input, name: `Recipes ${actor}` } });
      const roles = rolesOf(actor);
      const expected = can(roles, 'contentCategory.manage')
        ? undefined
        : actor === 'anonymous'
          ? 'UNAUTHENTICATED'
          : can(roles, 'brand.read')
            ? 'FORBIDDEN'
            : 'NOT_FOUND';
      expect([actor, errorCode(result)]).toEqual([actor, expected]);
    }
    const recipes = (
      await owner.ok<{ createContentCategory: { id: string } }>(CREATE_CATEGORY, { i: input })
    ).createContentCategory;
    expect(
      errorCode(await owner.request(CREATE_CATEGORY, { i: { ...input, name: 'recipes' } })),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await owner.request(CREATE_CATEGORY, { i: { ...input, name: 'Teal', color: 'turquoise' } }),
      ),
    ).toBe('VALIDATION');
    const renamed = await owner.ok<{
      updateContentCategory: { name: string; promotional: boolean };
    }>(
      `mutation($i: UpdateContentCategoryInput!) { updateContentCategory(input: $i) { name promotional } }`,
      { i: { categoryId: recipes.id, name: 'Recipes & pairings', promotional: true } },
    );
    expect(renamed.updateContentCategory).toEqual({
      name: 'Recipes & pairings',
      promotional: true,
    });
    const used = targets.categories[0]!.id;
    await createPostAs(owner, brand, 'Uses it', { categoryId: used });
    const DELETE = `mutation($id: ID!) { deleteContentCategory(categoryId: $id) { id } }`;
    expect(errorCode(await owner.request(DELETE, { id: used }))).toBe('CONFLICT');
    expect(errorCode(await clients.get('moderator')!.request(DELETE, { id: recipes.id }))).toBe(
      'FORBIDDEN',
    );
    await owner.ok(DELETE, { id: recipes.id });
    const left = await owner.ok<{ contentCategories: Array<{ id: string }> }>(
      `query($b: ID!) { contentCategories(brandId: $b) { id } }`,
      { b: brand.id },
    );
    expect(left.contentCategories.map((c) => c.id)).toContain(used);
    expect(left.contentCategories.map((c) => c.id)).not.toContain(recipes.id);
  }, 120_000);
});

describe('the demo content calendar', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Seeded by hand below, so the test knows it ran on this empty database.
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('seeds the demo brand with categories and a dozen posts over the next weeks', async () => {
    expect(await app.get(DemoSeeder).seedIfEmpty()).toBe(true);
    const client = new GraphQLClient(app);
    await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
      i: { email: 'smm@demo.test', password: DEMO_PASSWORD },
    });
    const { workspaces } = await client.ok<{
      workspaces: Array<{ brands: Array<{ id: string }> }>;
    }>(`{ workspaces { brands { id } } }`);
    const brandId = workspaces[0]!.brands[0]!.id;
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const { calendarPosts } = await client.ok<{
      calendarPosts: { timeZone: string; posts: Array<{ category: { name: string } | null }> };
    }>(
      `query($b: ID!, $from: String!, $to: String!) {
        calendarPosts(brandId: $b, from: $from, to: $to) { timeZone posts { category { name } } }
      }`,
      { b: brandId, from: today, to: later },
    );
    expect(calendarPosts.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(calendarPosts.posts).toHaveLength(12);
    expect(calendarPosts.posts.every((post) => post.category !== null)).toBe(true);
  }, 120_000);
});
