import { can } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { capabilityFor } from '../support/document-kinds.js';
import {
  BRAND_ACTORS,
  buildBrandActors,
  rolesOf,
  type BrandActor,
} from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const ACTORS = BRAND_ACTORS;
type Actor = BrandActor;

/** What the server must answer when `actor` tries to create a document of `kind`. */
function expectedCreate(actor: Actor, kind: 'strategy' | 'media_plan'): string | null {
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  const roles = rolesOf(actor);
  if (capabilityFor(kind, roles) === 'edit') return null;
  return can(roles, 'brand.read') ? 'FORBIDDEN' : 'NOT_FOUND';
}

describe('the document registry, per role', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<Actor, GraphQLClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const table = ACTORS.flatMap((actor) =>
    (['strategy', 'media_plan'] as const).map((kind) => ({
      actor,
      kind,
      code: expectedCreate(actor, kind),
    })),
  );

  it.each(table)(
    'creating a $kind as $actor answers $code (null: created)',
    async ({ actor, kind, code }) => {
      const before = await factories.snapshot();
      const result = await clients
        .get(actor)!
        .request(
          `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id myCapability } }`,
          { input: { brandId: brand.id, kind: kind.toUpperCase(), title: `${kind} by ${actor}` } },
        );
      if (code === null) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.createDocument).toMatchObject({ myCapability: 'EDIT' });
      } else {
        expect(result.errors?.[0]?.extensions?.code).toBe(code);
        expect(await factories.snapshot()).toBe(before);
      }
    },
  );

  it.each(ACTORS.map((actor) => ({ actor })))(
    'lists and opens documents as $actor with the matrix capability',
    async ({ actor }) => {
      const lead = clients.get('lead')!;
      const created = await lead.ok<{ createDocument: { id: string } }>(
        `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
        { input: { brandId: brand.id, kind: 'STRATEGY', title: `Listed for ${actor}` } },
      );
      const result = await clients
        .get(actor)!
        .request<{ document: { myCapability: string } }>(
          `query($id: ID!) { document(id: $id) { myCapability } }`,
          { id: created.createDocument.id },
        );
      const capability = capabilityFor('strategy', rolesOf(actor));
      if (actor === 'anonymous')
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      else if (!capability) expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      else expect(result.data?.document.myCapability).toBe(capability.toUpperCase());
    },
  );

  it('lets editors rename and archive, refuses commenters with FORBIDDEN, and validates titles', async () => {
    const lead = clients.get('lead')!;
    const { createDocument } = await lead.ok<{ createDocument: { id: string } }>(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { brandId: brand.id, kind: 'STRATEGY', title: 'Chiến lược 2027' } },
    );
    const rename = `mutation($input: RenameDocumentInput!) { renameDocument(input: $input) { title } }`;
    const renamed = await clients
      .get('strategist')!
      .ok<{ renameDocument: { title: string } }>(rename, {
        input: { documentId: createDocument.id, title: 'אסטרטגיה 2027' },
      });
    expect(renamed.renameDocument.title).toBe('אסטרטגיה 2027');
    const before = await factories.snapshot();
    const refused = await clients
      .get('moderator')!
      .request(rename, { input: { documentId: createDocument.id, title: 'Nope' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const empty = await lead.request(rename, {
      input: { documentId: createDocument.id, title: '   ' },
    });
    expect(empty.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'title' });
    expect(await factories.snapshot()).toBe(before);
    const archived = await lead.ok<{ archiveDocument: { archivedAt: string | null } }>(
      `mutation($id: ID!) { archiveDocument(documentId: $id) { archivedAt } }`,
      { id: createDocument.id },
    );
    expect(archived.archiveDocument.archivedAt).not.toBeNull();
    const listed = await lead.ok<{ documents: Array<{ id: string }> }>(
      `query($b: ID!) { documents(brandId: $b) { id } }`,
      { b: brand.id },
    );
    expect(listed.documents.map((d) => d.id)).not.toContain(createDocument.id);
    const ticket = await lead.request(
      `mutation($id: ID!) { issueCollabTicket(documentId: $id) { ticket } }`,
      {
        id: createDocument.id,
      },
    );
    expect(ticket.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
