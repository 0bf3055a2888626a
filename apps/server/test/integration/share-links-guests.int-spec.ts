import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { CREATE_POST } from './posts-fixtures.js';
import {
  CREATE_LINK,
  createStrategy,
  OPEN_DOCUMENT,
  REDEEM,
  shareDocument,
  tokenOf,
} from './share-links-fixtures.js';

const TICKET = `mutation($id: ID!) { issueCollabTicket(documentId: $id) { capability } }`;
const CALENDAR = `query($b: ID!, $from: String!, $to: String!, $f: CalendarFilterInput) {
  calendarPosts(brandId: $b, from: $from, to: $to, filter: $f) { posts { id title } }
}`;
const POST = `query($id: ID!) { post(id: $id) { id title } }`;

describe('a guest reaches only what its share link covers', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let strategist: GraphQLClient;
  let shared: string;
  let unshared: string;
  let foreign: string;
  let address = 1;

  function guestBrowser(): GraphQLClient {
    const client = factories.anonymous();
    client.address = `10.2.0.${address++}`;
    return client;
  }

  async function createPost(title: string, publishAt: string, networks: string[]) {
    const data = await strategist.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      i: { brandId: brand.id, title, post: { networks, publishAt } },
    });
    return data.createPost.post.id;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [['Stella Strategist', ['strategist']]]);
    brand = team.brand;
    strategist = team.clients[0]!;
    shared = await createStrategy(strategist, brand.id, 'Shared strategy');
    unshared = await createStrategy(strategist, brand.id, 'Internal strategy');
    const other = await buildBrandTeam(factories, [['Other Lead', ['lead']]]);
    foreign = await createStrategy(other.clients[0]!, other.brand.id, 'Foreign strategy');
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('opens its document read-only and answers NOT_FOUND for any other document by id', async () => {
    const link = await shareDocument(strategist, brand.id, shared);
    const guest = guestBrowser();
    await guest.ok(REDEEM, { i: { token: link.token, name: 'Lan' } });
    const opened = await guest.request(OPEN_DOCUMENT, { id: shared });
    expect(opened.data).toEqual({
      document: { id: shared, title: 'Shared strategy', myCapability: 'COMMENT' },
    });
    expect(opened.headers['referrer-policy']).toBe('no-referrer');
    for (const id of [unshared, foreign, '00000000-0000-4000-8000-000000000000', 'nope']) {
      expect([id, errorCode(await guest.request(OPEN_DOCUMENT, { id }))]).toEqual([
        id,
        'NOT_FOUND',
      ]);
      expect([id, errorCode(await guest.request(TICKET, { id }))]).toEqual([id, 'NOT_FOUND']);
    }
    expect(await guest.ok(TICKET, { id: shared })).toEqual({
      issueCollabTicket: { capability: 'COMMENT' },
    });
    expect(
      await guest.ok(`query($id: ID!) { strategyGoals(documentId: $id) { id } }`, { id: shared }),
    ).toEqual({ strategyGoals: [] });
    // Its history, the brand's lists and anything brand-wide stay closed.
    expect(
      errorCode(
        await guest.request(`query($id: ID!) { documentVersions(documentId: $id) { id } }`, {
          id: shared,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await guest.request(`query($b: ID!) { documents(brandId: $b) { id } }`, { b: brand.id }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await guest.request(`query($b: ID!) { brand(id: $b) { id } }`, { b: brand.id })),
    ).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await guest.request(CALENDAR, { b: brand.id, from: '2027-03-01', to: '2027-04-01' }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await guest.request(
          `mutation($i: RenameDocumentInput!) { renameDocument(input: $i) { id } }`,
          {
            i: { documentId: shared, title: 'Defaced' },
          },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await guest.request(
          `mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url } }`,
          { i: { brandId: brand.id, documentId: shared, capability: 'VIEW', label: 'x' } },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('reads only the posts of its calendar range and filters', async () => {
    const inRange = await createPost('March, Instagram', '2027-03-10T10:00', ['INSTAGRAM']);
    const otherNetwork = await createPost('March, X', '2027-03-11T10:00', ['X']);
    const before = await createPost('February, Instagram', '2027-02-20T10:00', ['INSTAGRAM']);
    const data = await strategist.ok<{ createShareLink: { url: string } }>(CREATE_LINK, {
      i: {
        brandId: brand.id,
        calendar: { from: '2027-03-01', to: '2027-04-01', networks: ['INSTAGRAM'] },
        capability: 'VIEW',
        label: 'Client — March',
      },
    });
    const guest = guestBrowser();
    const session = await guest.ok<{ redeemShareLink: Record<string, unknown> }>(REDEEM, {
      i: { token: tokenOf(data.createShareLink.url), name: 'Minh' },
    });
    expect(session.redeemShareLink).toMatchObject({
      resourceKind: 'CALENDAR',
      brandId: brand.id,
      calendarFrom: '2027-03-01',
      calendarTo: '2027-04-01',
      documentId: null,
    });
    const calendar = await guest.ok<{ calendarPosts: { posts: Array<{ id: string }> } }>(CALENDAR, {
      b: brand.id,
      from: '2027-02-01',
      to: '2027-04-15',
    });
    expect(calendar.calendarPosts.posts.map((p) => p.id)).toEqual([inRange]);
    const asked = await guest.ok<{ calendarPosts: { posts: Array<{ id: string }> } }>(CALENDAR, {
      b: brand.id,
      from: '2027-02-01',
      to: '2027-04-15',
      f: { networks: ['X'] },
    });
    expect(asked.calendarPosts.posts).toEqual([]);
    expect((await guest.ok<{ post: { id: string } }>(POST, { id: inRange })).post.id).toBe(inRange);
    expect(
      (await guest.ok<{ document: { myCapability: string } }>(OPEN_DOCUMENT, { id: inRange }))
        .document.myCapability,
    ).toBe('VIEW');
    for (const id of [otherNetwork, before, shared]) {
      expect([id, errorCode(await guest.request(POST, { id }))]).toEqual([id, 'NOT_FOUND']);
      expect([id, errorCode(await guest.request(OPEN_DOCUMENT, { id }))]).toEqual([
        id,
        'NOT_FOUND',
      ]);
    }
    const otherBrand = await buildBrandTeam(factories, [['Someone', ['lead']]]);
    expect(
      errorCode(
        await guest.request(CALENDAR, {
          b: otherBrand.brand.id,
          from: '2027-03-01',
          to: '2027-04-01',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('prefers a signed-in session over a guest cookie in the same browser', async () => {
    const link = await shareDocument(strategist, brand.id, shared, { capability: 'VIEW' });
    strategist.address = '10.2.9.9';
    await strategist.ok(REDEEM, { i: { token: link.token, name: 'Stella testing' } });
    expect(
      (await strategist.ok<{ document: { myCapability: string } }>(OPEN_DOCUMENT, { id: unshared }))
        .document.myCapability,
    ).toBe('EDIT');
  });
});
