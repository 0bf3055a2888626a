import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Sent as the web app's Apollo Client sends it: request errors then answer 400.
 * (With plain `application/json` they answer 200; see graphql-refusals.e2e-spec.ts.)
 */
const GQL_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json,application/json;q=0.9',
};

describe('GraphQL at /graphql', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let production: NestExpressApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_ALIASES: '5',
        GRAPHQL_MAX_TOKENS: '200',
        HTTP_BODY_LIMIT_BYTES: '4096',
      },
    });
    production = await createTestApp({
      database: database.config,
      env: { NODE_ENV: 'production' },
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await production?.close();
    await database?.drop();
  });

  const post = (body: unknown, target = app) =>
    request(target.getHttpServer())
      .post('/graphql')
      .set(GQL_HEADERS)
      .send(body as object);

  it('answers { __typename }', async () => {
    const response = await post({ query: '{ __typename }' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports whether the server works', async () => {
    const response = await post({ query: '{ health { status } }' });
    expect(response.status).toBe(200);
    expect(response.body.data.health).toEqual({ status: 'ok' });
  });

  it('answers a malformed query with 400 and a GraphQL parse error, never a stack', async () => {
    const response = await post({ query: '{ health { status ' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set(GQL_HEADERS)
      .send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/at .*\.js/);
  });

  it('refuses an over-deep query before any resolver runs', async () => {
    const response = await post({ query: '{ health { status } a: health { b: status } }' });
    expect(response.status).toBe(200);
    const deep = await post({
      query: 'query { __schema { types { fields { type { ofType { name } } } } } }',
    });
    expect(deep.status).toBe(400);
    expect(deep.body.data).toBeUndefined();
    expect(deep.body.errors[0]).toMatchObject({
      message: 'The query is nested too deeply.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses more aliases than allowed, counting __typename', async () => {
    // Two fields, so that neither is repeated more often than graphql-field-repeats.ts allows.
    const aliases = Array.from(
      { length: 6 },
      (_, i) => `a${i}: ${i % 2 ? '__typename' : 'health { status }'}`,
    ).join(' ');
    const response = await post({ query: `{ ${aliases} }` });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].message).toBe('The query uses too many aliases.');
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: 300 }, () => '__typename').join(' ');
    const response = await post({ query: `{ ${fields} }` });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(response.body.errors[0].message).toBe('The query is too long.');
  });

  it('refuses a request body over the size limit', async () => {
    const response = await post({ query: `# ${'x'.repeat(5000)}\n{ __typename }` });
    expect(response.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('"Query"');
  });

  it('refuses a simple cross-site GET without a preflight header (CSRF prevention)', async () => {
    const response = await request(app.getHttpServer()).get('/graphql?query=%7B__typename%7D');
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF|preflight/i);
  });

  it('hides introspection and field suggestions in production', async () => {
    const introspection = await post({ query: '{ __schema { queryType { name } } }' }, production);
    expect(introspection.status).toBe(400);
    const typo = await post({ query: '{ helth { status } }' }, production);
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toContain('Did you mean');
    const typoDev = await post({ query: '{ helth { status } }' });
    expect(JSON.stringify(typoDev.body)).toContain('Did you mean');
  });
});
