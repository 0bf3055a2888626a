import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/modules/demo/demo-data.js';
import { DemoSeeder } from '../../src/modules/demo/demo-seeder.js';
import { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('the demo workspace', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'true' } });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it.each(DEMO_USERS.map((u) => [u.email, [u.workspaceRole, ...u.teamRoles].join('+')]))(
    'lets %s (%s) sign in and see Demo Agency and its brand',
    async (email) => {
      const client = new GraphQLClient(app);
      await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
        i: { email, password: DEMO_PASSWORD },
      });
      const data = await client.ok<{
        workspaces: Array<{ name: string; brands: Array<{ name: string }> }>;
      }>(`{ workspaces { name brands { name } } }`);
      expect(data.workspaces).toEqual([
        { name: 'Demo Agency', brands: [{ name: 'Lotus Tea House' }] },
      ]);
    },
  );

  it('gives each team role its own rights on the brand', async () => {
    const rights: Record<string, string[]> = {};
    for (const user of DEMO_USERS) {
      const client = new GraphQLClient(app);
      await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
        i: { email: user.email, password: DEMO_PASSWORD },
      });
      const data = await client.ok<{
        workspaces: Array<{ brands: Array<{ myActions: string[] }> }>;
      }>(`{ workspaces { brands { myActions } } }`);
      rights[user.email] = data.workspaces[0]!.brands[0]!.myActions;
    }
    const content = ['strategy.edit', 'mediaPlan.edit', 'post.edit'];
    const approvals = ['strategy.approve', 'mediaPlan.approve', 'post.approve'];
    for (const email of ['owner@demo.test', 'admin@demo.test']) {
      expect(rights[email]).toEqual(expect.arrayContaining([...content, 'brand.update']));
    }
    for (const email of ['strategist@demo.test', 'smm@demo.test']) {
      expect(rights[email]).toEqual(expect.arrayContaining(content));
    }
    expect(rights['lead@demo.test']).toEqual(
      expect.arrayContaining([...content, ...approvals, 'approvalFlow.manage']),
    );
    expect(rights['expert@demo.test']).toEqual(
      expect.arrayContaining(['strategy.edit', 'toneOfVoice.override', ...approvals]),
    );
    expect(rights['expert@demo.test']).not.toContain('mediaPlan.edit');
    expect(rights['moderator@demo.test']).toContain('comment.moderate');
    for (const action of [...content, ...approvals, 'brand.update']) {
      expect(rights['moderator@demo.test']).not.toContain(action);
    }
  });

  it('comes with a strategy whose first goal is written and a Q1 media plan with totals', async () => {
    const client = new GraphQLClient(app);
    await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
      i: { email: 'strategist@demo.test', password: DEMO_PASSWORD },
    });
    const { workspaces } = await client.ok<{
      workspaces: Array<{ brands: Array<{ id: string }> }>;
    }>(`{ workspaces { brands { id } } }`);
    const { documents } = await client.ok<{
      documents: Array<{ id: string; kind: string; title: string }>;
    }>(`query($b: ID!) { documents(brandId: $b) { id kind title } }`, {
      b: workspaces[0]!.brands[0]!.id,
    });
    const strategy = documents.find((document) => document.kind === 'STRATEGY')!;
    const plan = documents.find((document) => document.kind === 'MEDIA_PLAN')!;
    const { strategyGoals } = await client.ok<{
      strategyGoals: Array<{ statement: string; issues: string[] }>;
    }>(`query($id: ID!) { strategyGoals(documentId: $id) { statement issues } }`, {
      id: strategy.id,
    });
    expect(strategyGoals).toEqual([
      expect.objectContaining({ statement: 'Grow the Lotus tea club on Instagram' }),
    ]);
    const { mediaPlan } = await client.ok<{
      mediaPlan: { rows: unknown[]; totals: { overall: { budget: number } } };
    }>(
      `query($id: ID!) { mediaPlan(documentId: $id) { rows { id } totals { overall { budget } } } }`,
      {
        id: plan.id,
      },
    );
    expect(mediaPlan.rows).toHaveLength(4);
    expect(mediaPlan.totals.overall.budget).toBe(420_000);
  });

  it('gives Lotus Tea House a tone-of-voice guideline by its chief expert, checked on the server', async () => {
    const client = new GraphQLClient(app);
    await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
      i: { email: 'smm@demo.test', password: DEMO_PASSWORD },
    });
    const { workspaces } = await client.ok<{
      workspaces: Array<{ brands: Array<{ id: string }> }>;
    }>(`{ workspaces { brands { id } } }`);
    const { toneGuideline } = await client.ok<{
      toneGuideline: { version: number; guide: string; updatedByName: string };
    }>(`query($b: ID!) { toneGuideline(brandId: $b) { version guide updatedByName } }`, {
      b: workspaces[0]!.brands[0]!.id,
    });
    expect(toneGuideline).toMatchObject({ version: 1, updatedByName: 'Noa Chief Expert' });
    const guide = JSON.parse(toneGuideline.guide) as {
      address: Array<{ language: string }>;
      terms: Array<{ language: string; replacement?: string }>;
      hashtags: { required: string[] };
    };
    expect(guide.address.map((rule) => rule.language)).toEqual(['vi', 'uk', 'fa', 'he', 'th']);
    expect(new Set(guide.terms.map((term) => term.language))).toEqual(
      new Set(['vi', 'en', 'uk', 'fa', 'he', 'th']),
    );
    expect(guide.hashtags.required).toEqual(['LotusTeaHouse']);
  });

  it('seeds only once: the boot-time seeding finds users and adds nothing', async () => {
    const count = () =>
      app.get(DataSource).query<[{ n: string }]>('SELECT count(*)::text AS n FROM users');
    const before = await count();
    await expect(app.get(DemoSeeder).seedIfEmpty()).resolves.toBe(false);
    expect((await count())[0].n).toBe(before[0].n);
    expect(Number(before[0].n)).toBe(DEMO_USERS.length);
  });

  it('is not seeded when CHORUS_SEED_DEMO is false', async () => {
    const other = await createTestDatabase();
    const plain = await createTestApp({
      database: other.config,
      env: { CHORUS_SEED_DEMO: 'false' },
    });
    try {
      const [{ n }] = await plain
        .get(DataSource)
        .query<[{ n: string }]>('SELECT count(*)::text AS n FROM users');
      expect(n).toBe('0');
    } finally {
      await plain.close();
      await other.drop();
    }
  }, 120_000);
});
