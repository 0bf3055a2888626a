import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { DocumentsService } from '../../src/modules/documents/index.js';
import { capabilityFor } from '../support/document-kinds.js';
import {
  BRAND_ACTORS,
  buildBrandActors,
  rolesOf,
  type BrandActor,
} from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient, type GraphQLResult } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const ACTORS = BRAND_ACTORS;
type Actor = BrandActor;

/** What `actor` must get for an operation that needs `need` on a document of `kind`. */
function expected(
  actor: Actor,
  kind: 'strategy' | 'media_plan',
  need: 'read' | 'edit',
): string | null {
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  const capability = capabilityFor(kind, rolesOf(actor));
  if (!capability) return 'NOT_FOUND';
  if (need === 'edit' && capability !== 'edit') return 'FORBIDDEN';
  return null;
}

interface Operation {
  name: string;
  kind: 'strategy' | 'media_plan';
  need: 'read' | 'edit';
  run: (client: GraphQLClient, ids: Ids) => Promise<GraphQLResult>;
}

interface Ids {
  strategy: string;
  version: string;
  plan: string;
}

const OPERATIONS: Operation[] = [
  {
    name: 'documentVersions',
    kind: 'strategy',
    need: 'read',
    run: (client, ids) =>
      client.request(`query($id: ID!) { documentVersions(documentId: $id) { id } }`, {
        id: ids.strategy,
      }),
  },
  {
    name: 'documentVersionState',
    kind: 'strategy',
    need: 'read',
    run: (client, ids) =>
      client.request(`query($id: ID!) { documentVersionState(id: $id) { state } }`, {
        id: ids.version,
      }),
  },
  {
    name: 'strategyGoals',
    kind: 'strategy',
    need: 'read',
    run: (client, ids) =>
      client.request(`query($id: ID!) { strategyGoals(documentId: $id) { id } }`, {
        id: ids.strategy,
      }),
  },
  {
    name: 'strategyExport',
    kind: 'strategy',
    need: 'read',
    run: (client, ids) =>
      client.request(
        `query($id: ID!) { strategyExport(documentId: $id, format: MARKDOWN) { filename } }`,
        { id: ids.strategy },
      ),
  },
  {
    name: 'mediaPlan',
    kind: 'media_plan',
    need: 'read',
    run: (client, ids) =>
      client.request(`query($id: ID!) { mediaPlan(documentId: $id) { title } }`, {
        id: ids.plan,
      }),
  },
  {
    name: 'createDocumentVersion',
    kind: 'strategy',
    need: 'edit',
    run: (client, ids) =>
      client.request(
        `mutation($input: CreateDocumentVersionInput!) { createDocumentVersion(input: $input) { id } }`,
        { input: { documentId: ids.strategy, name: 'Named' } },
      ),
  },
  {
    name: 'restoreDocumentVersion',
    kind: 'strategy',
    need: 'edit',
    run: (client, ids) =>
      client.request(`mutation($id: ID!) { restoreDocumentVersion(versionId: $id) { id } }`, {
        id: ids.version,
      }),
  },
  {
    name: 'duplicateDocument (strategy)',
    kind: 'strategy',
    need: 'edit',
    run: (client, ids) =>
      client.request(
        `mutation($input: DuplicateDocumentInput!) { duplicateDocument(input: $input) { id } }`,
        { input: { documentId: ids.strategy, title: 'Copy' } },
      ),
  },
  {
    name: 'duplicateDocument (media plan)',
    kind: 'media_plan',
    need: 'edit',
    run: (client, ids) =>
      client.request(
        `mutation($input: DuplicateDocumentInput!) { duplicateDocument(input: $input) { id } }`,
        { input: { documentId: ids.plan, title: 'Copy' } },
      ),
  },
];

describe('document content operations, per role', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let ids: Ids;
  let clients: Map<Actor, GraphQLClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    // A burst's last stamp lands when its window ends: short here, so each case waits little.
    app.get(DocumentsService).lastEditWindowMs = 50;
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
    const lead = clients.get('lead')!;
    const create = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
    const strategy = await lead.ok<{ createDocument: { id: string } }>(create, {
      input: { brandId: brand.id, kind: 'STRATEGY', title: 'Strategy', fromTemplate: true },
    });
    const plan = await lead.ok<{ createDocument: { id: string } }>(create, {
      input: { brandId: brand.id, kind: 'MEDIA_PLAN', title: 'Plan' },
    });
    const version = await lead.ok<{ createDocumentVersion: { id: string } }>(
      `mutation($input: CreateDocumentVersionInput!) { createDocumentVersion(input: $input) { id } }`,
      { input: { documentId: strategy.createDocument.id, name: 'First' } },
    );
    ids = {
      strategy: strategy.createDocument.id,
      plan: plan.createDocument.id,
      version: version.createDocumentVersion.id,
    };
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const table = OPERATIONS.flatMap((operation) =>
    ACTORS.map((actor) => ({
      operation: operation.name,
      actor,
      code: expected(actor, operation.kind, operation.need),
      run: operation.run,
      need: operation.need,
    })),
  );

  it.each(table)(
    '$operation as $actor answers $code (null: allowed)',
    async ({ actor, code, run, need }) => {
      // Settled: the stamps an earlier allowed edit leaves behind (last edit) have landed.
      await app.get(DocumentsService).lastEditStampsSettled();
      const before = await factories.settledSnapshot();
      const result = await run(clients.get(actor)!, ids);
      if (code === null) {
        expect(result.errors).toBeUndefined();
      } else {
        expect(errorCode(result)).toBe(code);
        // A refused request changes nothing.
        expect(await factories.snapshot()).toBe(before);
      }
      if (need === 'read') expect(await factories.snapshot()).toBe(before);
    },
  );
});
