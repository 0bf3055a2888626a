import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SessionEntity } from '../../src/modules/accounts/index.js';
import { Factories, TEST_PASSWORD } from '../support/factories.js';
import { errorCode, GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const signInAs = (email: string) => ({ input: { email, password: 'definitely-wrong' } });

describe('rate limits on sign-in and sign-up (in memory)', () => {
  let database: TestDatabase;
  // A fresh app per test: its in-memory counters start at zero.
  let app: NestExpressApplication;
  let factories: Factories;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  beforeEach(async () => {
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
  }, 60_000);

  afterEach(async () => {
    await app?.close();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('allows 10 sign-in attempts per account in 15 minutes, then refuses with RATE_LIMITED', async () => {
    const email = `target-${randomUUID()}@example.test`;
    const codes: unknown[] = [];
    for (let i = 0; i < 11; i += 1) {
      codes.push(errorCode(await new GraphQLClient(app).request(SIGN_IN, signInAs(email))));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes[10]).toBe('RATE_LIMITED');
  }, 60_000);

  it('counts attempts packed into one request through aliases one by one', async () => {
    // Mutation fields run one after another and stop at the first failure, so the
    // aliases that get furthest are the ones that succeed: each must still count.
    const user = await factories.buildUser();
    const fields = Array.from(
      { length: 12 },
      (_, i) =>
        `a${i}: signIn(input: { email: "${user.email}", password: "${TEST_PASSWORD}" }) { user { id } }`,
    ).join('\n');
    const result = await new GraphQLClient(app).request(`mutation { ${fields} }`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['a10'],
      extensions: { code: 'RATE_LIMITED' },
    });
    expect(result.errors?.[0]?.message).toMatch(
      /^Too many attempts\. Try again in \d+ minutes?\.$/,
    );
    expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await factories.db.manager.countBy(SessionEntity, { userId: user.id })).toBe(10);
  }, 60_000);

  it('refuses even the right password once the account is limited', async () => {
    const user = await factories.buildUser();
    for (let i = 0; i < 10; i += 1)
      await new GraphQLClient(app).request(SIGN_IN, signInAs(user.email));
    const right = await new GraphQLClient(app).request(SIGN_IN, {
      input: { email: user.email, password: 'correct horse battery staple' },
    });
    expect(errorCode(right)).toBe('RATE_LIMITED');
    expect(right.headers['set-cookie']).toBeUndefined();
  }, 60_000);

  it('limits one address to 30 sign-in attempts across accounts', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 31; i += 1) {
      const email = `spray-${i}-${randomUUID()}@example.test`;
      codes.push(errorCode(await new GraphQLClient(app).request(SIGN_IN, signInAs(email))));
    }
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(30);
    expect(codes[30]).toBe('RATE_LIMITED');
  }, 90_000);

  it('limits sign-ups from one address to 10 an hour and creates nothing once limited', async () => {
    const signUp = (i: number) =>
      new GraphQLClient(app).request(
        `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
        {
          input: {
            email: `new-${i}-${randomUUID()}@example.test`,
            password: 'short',
            displayName: 'N',
          },
        },
      );
    for (let i = 0; i < 10; i += 1) expect(errorCode(await signUp(i))).toBe('VALIDATION');
    const before = await factories.snapshot();
    expect(errorCode(await signUp(10))).toBe('RATE_LIMITED');
    expect(await factories.snapshot()).toBe(before);
  }, 60_000);
});

const redisUrl = process.env.REDIS_URL;
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('rate limits shared through Redis (REDIS_URL)', () => {
  it('holds one account limit across two server instances', async () => {
    const database = await createTestDatabase();
    const env = {
      CHORUS_SEED_DEMO: 'false',
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: `test-${randomUUID().slice(0, 8)}:`,
    };
    const first = await createTestApp({ database: database.config, env });
    const second = await createTestApp({ database: database.config, env });
    try {
      const email = `shared-${randomUUID()}@example.test`;
      const codes: unknown[] = [];
      for (let i = 0; i < 11; i += 1) {
        const instance = i % 2 === 0 ? first : second;
        codes.push(errorCode(await new GraphQLClient(instance).request(SIGN_IN, signInAs(email))));
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
      expect(codes[10]).toBe('RATE_LIMITED');
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  }, 90_000);
});
