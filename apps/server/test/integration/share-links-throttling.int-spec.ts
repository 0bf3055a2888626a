import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { AUTH_LIMITS } from '../../src/platform/throttling/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient, type GraphQLResult } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createStrategy, PREVIEW, REDEEM, shareDocument } from './share-links-fixtures.js';

const PER_ADDRESS = AUTH_LIMITS.shareToken.address.points;
const PER_LINK = AUTH_LIMITS.shareToken.account.points;

describe('share-link redemption is throttled per address, per link, and per password', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let lead: GraphQLClient;
  let documentId: string;

  function from(address: string): GraphQLClient {
    const client = factories.anonymous();
    client.address = address;
    return client;
  }

  function wrongToken(i: number): string {
    return `wrong-${i}-${'x'.repeat(36)}`;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [['Lea Lead', ['lead']]]);
    brand = team.brand;
    lead = team.clients[0]!;
    documentId = await createStrategy(lead, brand.id, 'Strategy 2027');
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('refuses an address after its wrong tokens run out, while live tokens give their point back and other addresses go on', async () => {
    const link = await shareDocument(lead, brand.id, documentId);
    const guesser = from('10.7.0.1');
    const codes: unknown[] = [];
    for (let i = 0; i < PER_ADDRESS - 1; i += 1) {
      codes.push(errorCode(await guesser.request(PREVIEW, { t: wrongToken(i) })));
    }
    // A real link opened from the same address does not count against it.
    for (let i = 0; i < 5; i += 1) {
      expect((await guesser.request(PREVIEW, { t: link.token })).errors).toBeUndefined();
    }
    codes.push(errorCode(await guesser.request(PREVIEW, { t: wrongToken(99) })));
    expect(new Set(codes)).toEqual(new Set(['NOT_FOUND']));
    const refused: GraphQLResult = await guesser.request(REDEEM, {
      i: { token: wrongToken(100), name: 'Eve' },
    });
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
    // Even the live link is refused to that address now; another address opens it.
    expect(errorCode(await guesser.request(PREVIEW, { t: link.token }))).toBe('RATE_LIMITED');
    expect((await from('10.7.0.2').request(PREVIEW, { t: link.token })).errors).toBeUndefined();
  });

  it('refuses one link after its tries run out, from whatever address', async () => {
    const link = await shareDocument(lead, brand.id, documentId);
    let refusedAt = -1;
    for (let i = 0; i <= PER_LINK; i += 1) {
      const result = await from(`10.8.${Math.floor(i / 200)}.${i % 200}`).request(PREVIEW, {
        t: link.token,
      });
      if (errorCode(result) === 'RATE_LIMITED') {
        refusedAt = i;
        break;
      }
    }
    expect(refusedAt).toBe(PER_LINK);
  });

  it('throttles wrong passwords of a link on their own counter, with growing delays', async () => {
    const link = await shareDocument(lead, brand.id, documentId, { password: 'lotus-2027!' });
    const guest = from('10.9.0.1');
    const codes: unknown[] = [];
    for (let i = 0; i < 8; i += 1) {
      const code = errorCode(
        await guest.request(REDEEM, {
          i: { token: link.token, name: 'Eve', password: `guess-${i}` },
        }),
      );
      codes.push(code);
      if (code === 'RATE_LIMITED') break;
    }
    expect(codes.slice(0, 3)).toEqual([
      'SHARE_LINK_PASSWORD_INVALID',
      'SHARE_LINK_PASSWORD_INVALID',
      'SHARE_LINK_PASSWORD_INVALID',
    ]);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    // The right password is refused too while the delay runs: guessing gains nothing.
    expect(
      errorCode(
        await guest.request(REDEEM, {
          i: { token: link.token, name: 'Eve', password: 'lotus-2027!' },
        }),
      ),
    ).toBe('RATE_LIMITED');
    // Another address is not held by this pair's delay.
    expect(
      (
        await from('10.9.0.2').request(REDEEM, {
          i: { token: link.token, name: 'Lan', password: 'lotus-2027!' },
        })
      ).errors,
    ).toBeUndefined();
  });
});
