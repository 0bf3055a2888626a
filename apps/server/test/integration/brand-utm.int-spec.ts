import { can } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { BRAND_ACTORS, buildBrandActors, rolesOf } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const UPDATE = `mutation($i: UpdateBrandInput!) { updateBrand(input: $i) { utmMedium utmCampaign } }`;
const READ = `query($id: ID!) { brand(id: $id) { utmMedium utmCampaign } }`;

type BrandUtm = { brand: { utmMedium: string; utmCampaign: string } };

describe("a brand's UTM defaults", () => {
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

  it('start as utm_medium "social" and no campaign, and owners and admins change them', async () => {
    const { brand, clients } = await buildBrandActors(factories);
    const owner = clients.get('owner')!;
    expect((await owner.ok<BrandUtm>(READ, { id: brand.id })).brand).toEqual({
      utmMedium: 'social',
      utmCampaign: '',
    });
    for (const actor of BRAND_ACTORS) {
      const result = await clients.get(actor)!.request(UPDATE, {
        i: { brandId: brand.id, utmMedium: ` ${actor} `, utmCampaign: 'spring-2027' },
      });
      const roles = rolesOf(actor);
      const expected =
        actor === 'anonymous'
          ? 'UNAUTHENTICATED'
          : can(roles, 'brand.update')
            ? undefined
            : can(roles, 'brand.read') || can(roles, 'post.read')
              ? 'FORBIDDEN'
              : 'NOT_FOUND';
      expect([actor, errorCode(result)]).toEqual([actor, expected]);
      if (!expected) {
        expect(result.data).toEqual({
          updateBrand: { utmMedium: actor, utmCampaign: 'spring-2027' },
        });
      }
    }
    // The last writer by the matrix was the admin.
    expect((await owner.ok<BrandUtm>(READ, { id: brand.id })).brand.utmMedium).toBe('admin');
  }, 120_000);

  it('refuses a default that is too long and changes nothing', async () => {
    const { brand, clients } = await buildBrandActors(factories);
    const owner = clients.get('owner')!;
    const result = await owner.request(UPDATE, {
      i: { brandId: brand.id, utmMedium: 'email', utmCampaign: 'x'.repeat(101) },
    });
    expect(errorCode(result)).toBe('VALIDATION');
    expect((await owner.ok<BrandUtm>(READ, { id: brand.id })).brand).toEqual({
      utmMedium: 'social',
      utmCampaign: '',
    });
  }, 120_000);
});
