import { jest } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AccountsService } from '../../src/modules/accounts/index.js';
import { SystemMetadataService } from '../../src/platform/database/index.js';
import { FIELD_REPEATS_MESSAGE } from '../../src/platform/graphql/graphql-field-repeats.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** What the web app's Apollo Client (4.x) sends. */
const WEB_APP_ACCEPT = 'application/graphql-response+json,application/json;q=0.9';

const times = (n: number, text: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => text(i)).join(' ');

describe('GraphQL refusals over HTTP', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Limits raised so that only the repeated-field rule stands in the way.
    app = await createTestApp({
      database: database.config,
      env: {
        GRAPHQL_MAX_TOKENS: '100000',
        GRAPHQL_MAX_ALIASES: '100',
        GRAPHQL_MAX_COST: '1000000',
      },
    });
  }, 120_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await app?.close();
    await database?.drop();
  });

  const post = (query: string, accept?: string) => {
    const call = request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json');
    if (accept !== undefined) call.set('accept', accept);
    return call.send({ query });
  };

  describe('a field repeated beyond the limit', () => {
    const spyOnResolvers = () => ({
      health: jest.spyOn(app.get(SystemMetadataService), 'isReady'),
      me: jest.spyOn(app.get(AccountsService), 'me'),
    });
    let spies: ReturnType<typeof spyOnResolvers>;

    beforeAll(() => {
      spies = spyOnResolvers();
    });

    beforeEach(() => {
      spies.health.mockClear();
      spies.me.mockClear();
    });

    it('runs the resolver once per alias while the count is within the limit', async () => {
      const response = await post(`{ ${times(5, (i) => `a${i}: health { status }`)} }`);
      expect(response.status).toBe(200);
      expect(response.body.data.a4).toEqual({ status: 'ok' });
      expect(spies.health).toHaveBeenCalledTimes(5);
    });

    it.each([
      ['one field 500 times', `{ me { ${times(500, () => 'id')} } }`, 'id'],
      ['500 aliases of one field', `{ ${times(500, (i) => `a${i}: me { id }`)} }`, 'me'],
      ['500 copies of one field', `{ ${times(500, () => 'health { status }')} }`, 'health'],
      [
        'one field in 500 inline fragments',
        `{ ${times(500, () => '... on Query { health { status } }')} }`,
        'health',
      ],
    ])('refuses %s before any resolver runs', async (_, query, field) => {
      const response = await post(query, WEB_APP_ACCEPT);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        errors: [
          {
            message: FIELD_REPEATS_MESSAGE(field),
            locations: expect.any(Array),
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      });
      expect(spies.health).not.toHaveBeenCalled();
      expect(spies.me).not.toHaveBeenCalled();
    });
  });

  describe('the status code follows the Accept header (GraphQL over HTTP)', () => {
    const parseError = { query: '{ health { status ', code: 'GRAPHQL_PARSE_FAILED' };
    const validationError = { query: '{ helth { status } }', code: 'GRAPHQL_VALIDATION_FAILED' };
    const repeatError = {
      query: `{ ${times(6, () => '__typename')} }`,
      code: 'GRAPHQL_VALIDATION_FAILED',
    };

    it.each([
      ['application/json', 'application/json'],
      ['no Accept header', undefined],
      ['*/*', '*/*'],
    ])(
      'answers parse and validation errors with 200, errors and no data for %s',
      async (_, accept) => {
        for (const { query, code } of [parseError, validationError, repeatError]) {
          const response = await post(query, accept);
          expect([query, response.status]).toEqual([query, 200]);
          expect(response.headers['content-type']).toMatch(/^application\/json/);
          expect(response.body.data).toBeUndefined();
          expect(response.body.errors[0].extensions).toEqual({ code });
        }
      },
    );

    it.each([
      ['application/graphql-response+json', 'application/graphql-response+json'],
      ["the web app's Accept", WEB_APP_ACCEPT],
    ])('keeps 400 for parse and validation errors with %s', async (_, accept) => {
      for (const { query, code } of [parseError, validationError, repeatError]) {
        const response = await post(query, accept);
        expect([query, response.status]).toEqual([query, 400]);
        expect(response.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
        expect(response.body.data).toBeUndefined();
        expect(response.body.errors[0].extensions).toEqual({ code });
      }
    });

    it('answers a successful query with 200 whatever the client accepts', async () => {
      for (const accept of ['application/json', WEB_APP_ACCEPT, undefined]) {
        const response = await post('{ __typename }', accept);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ data: { __typename: 'Query' } });
      }
    });

    it('keeps 400 for a request that is not well-formed, whatever the client accepts', async () => {
      for (const accept of ['application/json', WEB_APP_ACCEPT]) {
        const response = await request(app.getHttpServer())
          .post('/graphql')
          .set({ 'content-type': 'application/json', accept })
          .send({ variables: {} });
        expect(response.status).toBe(400);
      }
    });

    it('answers 406 to a client that accepts neither JSON type', async () => {
      const response = await post('{ helth }', 'text/html');
      expect(response.status).toBe(406);
    });
  });
});
