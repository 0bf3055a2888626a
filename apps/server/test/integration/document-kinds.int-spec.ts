import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { entities } from '../../src/entities.js';
import type { UserPrincipal } from '../../src/modules/access/index.js';
import {
  DocumentKindRegistry,
  DocumentsService,
  type CreateDocumentInput,
} from '../../src/modules/documents/index.js';
import { AppError } from '../../src/platform/errors/index.js';
import { Factories } from '../support/factories.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const KIND_ENUM = `{ __type(name: "DocumentKind") { enumValues { name } } }`;

describe('document kinds as plug-ins', () => {
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

  it('lists the kinds the kind modules registered, and the GraphQL enum has exactly those', async () => {
    const registry = app.get(DocumentKindRegistry);
    expect(registry.kinds()).toEqual(['media_plan', 'post', 'strategy']);
    const result = await factories.anonymous().request<{
      __type: { enumValues: Array<{ name: string }> };
    }>(KIND_ENUM);
    expect(result.data?.__type.enumValues.map((value) => value.name).sort()).toEqual(
      registry.kinds().map((kind) => registry.get(kind).graphqlName),
    );
  });

  it('refuses to create a document of a kind nobody registered, with VALIDATION on kind, and writes nothing', async () => {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const brand = await factories.buildBrand(workspace);
    const principal = { kind: 'user', userId: owner.id, sessionId: 'test' } as UserPrincipal;
    const before = await factories.snapshot();
    const input = { brandId: brand.id, kind: 'brief', title: 'A brief' } as CreateDocumentInput;
    const error = await app
      .get(DocumentsService)
      .create(principal, input)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toMatchObject({ code: 'VALIDATION', field: 'kind' });
    expect(await factories.snapshot()).toBe(before);
  });

  it('refuses a create field that belongs to another kind (media-plan settings on a strategy)', async () => {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const team = await factories.buildTeam(workspace);
    const brand = await factories.buildBrand(workspace, [team]);
    const strategist = await factories.buildUser();
    await factories.addMember(workspace, strategist, 'member');
    await factories.setTeamRoles(team, strategist, ['strategist']);
    const client = await factories.signedIn(strategist);
    const result = await client.request(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      {
        input: {
          brandId: brand.id,
          kind: 'STRATEGY',
          title: 'Strategy',
          mediaPlan: {
            flightStart: '2027-01-01',
            flightEnd: '2027-03-31',
            granularity: 'MONTH',
            currency: 'USD',
          },
        },
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'mediaPlan',
    });
  });

  it("replaces the live content with a version's through each kind's definition", () => {
    const registry = app.get(DocumentKindRegistry);
    const post = registry.get('post');
    const [live, version] = [new Y.Doc(), new Y.Doc()];
    live.getText('body').insert(0, 'Draft two');
    version.getText('body').insert(0, 'Draft one');
    post.replaceContent(live, version);
    expect(post.plainText(live)).toBe('Draft one');
    live.destroy();
    version.destroy();
  });

  it('registers, module by module, exactly the entities src/entities.ts lists for the scripts', () => {
    const registered = app
      .get(DataSource)
      .entityMetadatas.map((metadata) => metadata.name)
      .sort();
    expect(registered).toEqual(entities.map((entity) => entity.name).sort());
  });
});
