import type { NestExpressApplication } from '@nestjs/platform-express';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient, type GraphQLResult } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('per-user limits on costly operations (duplicate, named version, export)', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;

  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);

  beforeEach(async () => {
    // A fresh app per test: its in-memory counters start at zero.
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
  }, 120_000);

  afterEach(async () => {
    await app?.close();
  });

  afterAll(async () => {
    await database?.drop();
  });

  async function strategist(): Promise<{ client: GraphQLClient; documentId: string }> {
    const user = await factories.buildUser();
    const workspace = await factories.buildWorkspace(user);
    const team = await factories.buildTeam(workspace);
    const brand = await factories.buildBrand(workspace, [team]);
    await factories.setTeamRoles(team, user, ['strategist']);
    const client = await factories.signedIn(user);
    const created = await client.ok<{ createDocument: { id: string } }>(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { brandId: brand.id, kind: 'STRATEGY', title: 'Plan' } },
    );
    return { client, documentId: created.createDocument.id };
  }

  const calls = {
    duplicateDocument: (client: GraphQLClient, documentId: string, i: number) =>
      client.request(
        `mutation($input: DuplicateDocumentInput!) { duplicateDocument(input: $input) { id } }`,
        { input: { documentId, title: `Copy ${i}` } },
      ),
    createDocumentVersion: (client: GraphQLClient, documentId: string, i: number) =>
      client.request(
        `mutation($input: CreateDocumentVersionInput!) { createDocumentVersion(input: $input) { id } }`,
        { input: { documentId, name: `Version ${i}` } },
      ),
    strategyExport: (client: GraphQLClient, documentId: string) =>
      client.request(
        `query($id: ID!) { strategyExport(documentId: $id, format: MARKDOWN) { filename } }`,
        { id: documentId },
      ),
  } as const;

  it.each(Object.keys(calls) as Array<keyof typeof calls>)(
    'refuses the 21st %s in a burst with RATE_LIMITED and does not run it',
    async (name) => {
      const { client, documentId } = await strategist();
      const results: GraphQLResult[] = await Promise.all(
        Array.from({ length: 21 }, (_, i) => calls[name](client, documentId, i)),
      );
      const codes = results.map(errorCode);
      expect(codes.filter((code) => code === undefined)).toHaveLength(20);
      const refused = results.find((r) => errorCode(r) === 'RATE_LIMITED');
      expect(refused?.errors?.[0]?.message).toMatch(
        /^Too many requests\. Try again in \d+ (seconds?|minutes?)\.$/,
      );
      expect(refused?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      if (name === 'duplicateDocument') {
        const [{ count }] = await factories.db.query<[{ count: string }]>(
          'SELECT count(*) FROM documents',
        );
        expect(Number(count)).toBe(21); // the original and 20 copies
      }
      // Another person is not held by this one's limit.
      const other = await strategist();
      expect(errorCode(await calls[name](other.client, other.documentId, 0))).toBeUndefined();
    },
    120_000,
  );
});
