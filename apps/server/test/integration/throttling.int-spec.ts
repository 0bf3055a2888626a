import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
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
  }, 120_000);

  afterEach(async () => {
    await app?.close();
  });

  afterAll(async () => {
    await database?.drop();
  });

  const from = (address: string, cookie?: string) => {
    const browser = new GraphQLClient(app, cookie);
    browser.address = address;
    return browser;
  };
  const guess = async (browser: GraphQLClient, email: string) =>
    errorCode(await browser.request(SIGN_IN, signInAs(email)));
  const signIn = (browser: GraphQLClient, email: string) =>
    browser.request(SIGN_IN, { input: { email, password: TEST_PASSWORD } });

  it('does not lock the owner, signing in from a known browser, after ten wrong passwords from address A', async () => {
    const owner = await factories.buildUser();
    const laptop = from('203.0.113.7');
    expect((await signIn(laptop, owner.email)).errors).toBeUndefined();
    expect(laptop.cookie).toMatch(/chorus_device=d1\./);
    await laptop.request('mutation { signOut }');
    expect(laptop.cookie).toMatch(/^chorus_device=/); // signing out keeps the device cookie

    const attacker = from('192.0.2.10');
    const codes: unknown[] = [];
    for (let i = 0; i < 10; i += 1) codes.push(await guess(attacker, owner.email));
    // Three free tries, then growing delays for that (account, address) pair.
    expect(codes.slice(0, 3)).toEqual(Array(3).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(3)).toEqual(Array(7).fill('RATE_LIMITED'));

    const back = await signIn(laptop, owner.email);
    expect(back.errors).toBeUndefined();
    // Another address without the cookie is not held by A's delays either.
    expect((await signIn(from('198.51.100.3'), owner.email)).errors).toBeUndefined();
  }, 120_000);

  it('lets a known browser in after strangers from many addresses hit the account limit', async () => {
    const owner = await factories.buildUser();
    const laptop = from('203.0.113.8');
    await signIn(laptop, owner.email);
    const codes: unknown[] = [];
    for (let i = 0; i < 11; i += 1) codes.push(await guess(from(`192.0.2.${20 + i}`), owner.email));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(codes[10]).toBe('RATE_LIMITED');

    // A new browser is refused, even with the right password, and gets no session...
    const stranger = await signIn(from('198.51.100.4'), owner.email);
    expect(errorCode(stranger)).toBe('RATE_LIMITED');
    expect(stranger.headers['set-cookie']).toBeUndefined();
    // ...but the owner's browser, from the same address as a guesser or not, still signs in.
    expect((await signIn(laptop, owner.email)).errors).toBeUndefined();
    laptop.address = '192.0.2.20';
    expect((await signIn(laptop, owner.email)).errors).toBeUndefined();
  }, 90_000);

  it('does not trust a device cookie that was forged or issued to another account', async () => {
    const owner = await factories.buildUser();
    const other = await factories.buildUser();
    const otherLaptop = from('203.0.113.9');
    await signIn(otherLaptop, other.email);
    const otherCookie = otherLaptop.cookie!.match(/chorus_device=[^;]+/)![0];
    const [, , deviceId] = otherCookie.split('.');
    const forged = `chorus_device=d1.${owner.id}.${deviceId}.AAAA`;
    for (let i = 0; i < 10; i += 1) await guess(from(`192.0.2.${40 + i}`), owner.email);
    for (const cookie of [otherCookie, forged]) {
      expect(errorCode(await signIn(from('198.51.100.5', cookie), owner.email))).toBe(
        'RATE_LIMITED',
      );
    }
  }, 90_000);

  it('does not count successful sign-ins toward any limit', async () => {
    const user = await factories.buildUser();
    const browser = from('203.0.113.10');
    for (let i = 0; i < 40; i += 1) {
      // A fresh browser each time: no device cookie helps.
      const result = await signIn(from('203.0.113.10'), user.email);
      expect(result.errors).toBeUndefined();
    }
    // The pair's failures also start afresh after a success.
    for (let round = 0; round < 3; round += 1) {
      expect(await guess(browser, user.email)).toBe('INVALID_CREDENTIALS');
      expect(await guess(browser, user.email)).toBe('INVALID_CREDENTIALS');
      expect((await signIn(browser, user.email)).errors).toBeUndefined();
    }
  }, 120_000);

  it('limits one address to 30 failed sign-ins across accounts', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 31; i += 1) {
      const email = `spray-${i}-${randomUUID()}@example.test`;
      codes.push(await guess(from('192.0.2.99'), email));
    }
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(30);
    expect(codes[30]).toBe('RATE_LIMITED');
  }, 90_000);

  it('throttles changePassword like sign-in: growing delays after wrong current passwords', async () => {
    const user = await factories.buildUser();
    const session = await factories.signedIn(user);
    session.address = '203.0.113.11';
    const change = (currentPassword: string) =>
      session.request(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
        input: { currentPassword, newPassword: 'a brand new passphrase' },
      });
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i += 1) codes.push(errorCode(await change('wrong-password-here')));
    expect(codes).toEqual([
      'VALIDATION',
      'VALIDATION',
      'VALIDATION',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    // While delayed, even the right password is not checked.
    const right = await change(TEST_PASSWORD);
    expect(errorCode(right)).toBe('RATE_LIMITED');
    expect(right.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.errors?.[0]?.message).toMatch(/^Too many attempts\. Try again in \d+ seconds?\.$/);
  }, 120_000);

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
  }, 120_000);
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
        const browser = new GraphQLClient(i % 2 === 0 ? first : second);
        browser.address = `192.0.2.${100 + i}`;
        codes.push(errorCode(await browser.request(SIGN_IN, signInAs(email))));
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
      expect(codes[10]).toBe('RATE_LIMITED');
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  }, 90_000);
});
