import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentEntity } from '../../src/modules/documents/index.js';
import { countStatements } from '../../src/platform/database/index.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { DataSource } from 'typeorm';

const LIST = `query($brandId: ID!) { documents(brandId: $brandId) { id kind myCapability } }`;

describe('authorizing a list in bulk', () => {
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

  async function addDocuments(brandId: string, count: number): Promise<void> {
    const kinds = ['strategy', 'media_plan', 'post'];
    await factories.db.manager.insert(
      DocumentEntity,
      Array.from({ length: count }, (_, i) => ({
        brandId,
        kind: kinds[i % kinds.length]!,
        title: `Document ${i}`,
      })),
    );
  }

  async function statementsFor(client: GraphQLClient, brandId: string, expected: number) {
    const counter = countStatements(app.get(DataSource));
    try {
      const result = await client.ok<{ documents: unknown[] }>(LIST, { brandId });
      expect(result.documents).toHaveLength(expected);
      return counter.count;
    } finally {
      counter.stop();
    }
  }

  it("answers a brand's documents list in the same number of statements for 5 and for 50 documents", async () => {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const team = await factories.buildTeam(workspace);
    const brand = await factories.buildBrand(workspace, [team]);
    const lead = await factories.buildUser();
    await factories.addMember(workspace, lead, 'member');
    await factories.setTeamRoles(team, lead, ['lead']);
    const client = await factories.signedIn(lead);

    await addDocuments(brand.id, 5);
    await statementsFor(client, brand.id, 5); // warms the session (its first-seen stamp)
    const few = await statementsFor(client, brand.id, 5);
    await addDocuments(brand.id, 45);
    const many = await statementsFor(client, brand.id, 50);

    expect(many).toBe(few);
    // session, brand, roles (one statement for all of them), documents
    expect(few).toBeLessThanOrEqual(5);
  }, 120_000);

  it('resolves roles on many brands in one statement and leaves out brands without a role', async () => {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const team = await factories.buildTeam(workspace);
    const brands = [
      await factories.buildBrand(workspace, [team], 'A'),
      await factories.buildBrand(workspace, [], 'B'),
    ];
    const strategist = await factories.buildUser();
    await factories.addMember(workspace, strategist, 'member');
    await factories.setTeamRoles(team, strategist, ['strategist']);
    const stranger = await factories.buildUser();
    await factories.buildWorkspace(stranger, 'Elsewhere');

    const { AccessService } = await import('../../src/modules/access/index.js');
    const access = app.get(AccessService);
    const counter = countStatements(app.get(DataSource));
    const roles = await access.rolesOnBrands(
      strategist.id,
      brands.map((brand) => brand.id),
    );
    expect(counter.count).toBe(1);
    counter.stop();
    expect(roles.get(brands[0]!.id)?.sort()).toEqual(['member', 'strategist']);
    expect(roles.get(brands[1]!.id)).toEqual(['member']);
    expect((await access.rolesOnBrands(stranger.id, [brands[0]!.id])).size).toBe(0);
    expect((await access.rolesOnBrands(owner.id, [brands[1]!.id])).get(brands[1]!.id)).toEqual([
      'owner',
    ]);
  }, 120_000);

  it('resolves the roles of many (person, brand) pairs in one statement', async () => {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const team = await factories.buildTeam(workspace);
    const brands = [
      await factories.buildBrand(workspace, [team], 'A'),
      await factories.buildBrand(workspace, [], 'B'),
    ];
    const strategist = await factories.buildUser();
    await factories.addMember(workspace, strategist, 'member');
    await factories.setTeamRoles(team, strategist, ['strategist']);
    const stranger = await factories.buildUser();
    await factories.buildWorkspace(stranger, 'Elsewhere');

    const { AccessService, pairKey } = await import('../../src/modules/access/index.js');
    const access = app.get(AccessService);
    const counter = countStatements(app.get(DataSource));
    const roles = await access.rolesOfPairs([
      { userId: strategist.id, brandId: brands[0]!.id },
      { userId: strategist.id, brandId: brands[1]!.id },
      { userId: owner.id, brandId: brands[1]!.id },
      { userId: stranger.id, brandId: brands[0]!.id },
      { userId: 'not-a-uuid', brandId: brands[0]!.id },
    ]);
    expect(counter.count).toBe(1);
    counter.stop();
    expect(roles.get(pairKey(strategist.id, brands[0]!.id))?.sort()).toEqual([
      'member',
      'strategist',
    ]);
    expect(roles.get(pairKey(strategist.id, brands[1]!.id))).toEqual(['member']);
    expect(roles.get(pairKey(owner.id, brands[1]!.id))).toEqual(['owner']);
    expect(roles.has(pairKey(stranger.id, brands[0]!.id))).toBe(false);
    expect(roles.size).toBe(3);
  }, 120_000);
});
