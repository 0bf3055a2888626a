import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
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
import {
  CREATE_LINK,
  createStrategy,
  LINKS,
  REDEEM,
  REVOKE_LINK,
  shareDocument,
} from './share-links-fixtures.js';

/**
 * createShareLink, revokeShareLink and shareLinks as every kind of caller — nobody, an
 * outsider, each workspace role, each team role, and guests of each capability — against
 * THE matrix (`shareLink.manage`). Refused calls change nothing.
 */
describe('share-link permissions follow the matrix for every role, guests included', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let documentId: string;
  let address = 1;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
    documentId = await createStrategy(clients.get('strategist')!, brand.id, 'Strategy 2027');
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function newLink() {
    return shareDocument(clients.get('lead')!, brand.id, documentId);
  }

  it.each(BRAND_ACTORS)(
    'lets %s create share links only as shareLink.manage says',
    async (actor) => {
      const code = expectedRefusal(actor, 'shareLink.manage');
      const before = await factories.snapshot();
      const result = await clients.get(actor)!.request(CREATE_LINK, {
        i: { brandId: brand.id, documentId, capability: 'VIEW', label: `For ${actor}` },
      });
      if (code === null) {
        expect(result.errors).toBeUndefined();
      } else {
        expect([actor, errorCode(result)]).toEqual([actor, code]);
        expect(await factories.snapshot()).toBe(before);
      }
    },
  );

  it.each(BRAND_ACTORS)('lets %s list share links only as shareLink.manage says', async (actor) => {
    const code = expectedRefusal(actor, 'shareLink.manage');
    const result = await clients.get(actor)!.request(LINKS, { b: brand.id, d: null });
    if (code === null) {
      expect((result.data as { shareLinks: unknown[] }).shareLinks.length).toBeGreaterThan(0);
    } else {
      expect([actor, errorCode(result)]).toEqual([actor, code]);
    }
  });

  it.each(BRAND_ACTORS)(
    'lets %s revoke share links only as shareLink.manage says',
    async (actor) => {
      const link = await newLink();
      const code = expectedRefusal(actor, 'shareLink.manage');
      const before = await factories.snapshot();
      const result = await clients.get(actor)!.request(REVOKE_LINK, { id: link.id });
      if (code === null) {
        expect(result.data).toMatchObject({ revokeShareLink: { id: link.id, status: 'REVOKED' } });
      } else {
        expect([actor, errorCode(result)]).toEqual([actor, code]);
        expect(await factories.snapshot()).toBe(before);
      }
    },
  );

  it.each(['VIEW', 'COMMENT', 'APPROVE'])(
    'refuses a guest of a %s link every share-link operation (UNAUTHENTICATED) and changes nothing',
    async (capability) => {
      const link = await shareDocument(clients.get('lead')!, brand.id, documentId, { capability });
      const guest = factories.anonymous();
      guest.address = `10.6.0.${address++}`;
      await guest.ok(REDEEM, { i: { token: link.token, name: 'Guest' } });
      const before = await factories.snapshot();
      const results = [
        await guest.request(CREATE_LINK, {
          i: { brandId: brand.id, documentId, capability: 'VIEW', label: 'Sneaky' },
        }),
        await guest.request(LINKS, { b: brand.id, d: documentId }),
        await guest.request(REVOKE_LINK, { id: link.id }),
      ];
      expect(results.map(errorCode)).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
      ]);
      expect(await factories.snapshot()).toBe(before);
    },
  );

  it('answers NOT_FOUND for a link of another brand, even to a lead', async () => {
    const other = await buildBrandActors(factories);
    const foreignDoc = await createStrategy(
      other.clients.get('strategist')!,
      other.brand.id,
      'Theirs',
    );
    const foreign = await shareDocument(other.clients.get('lead')!, other.brand.id, foreignDoc);
    expect(errorCode(await clients.get('lead')!.request(REVOKE_LINK, { id: foreign.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await clients.get('lead')!.request(LINKS, { b: other.brand.id, d: null })),
    ).toBe('NOT_FOUND');
  });
});
