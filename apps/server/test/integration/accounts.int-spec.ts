import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { SessionEntity, UserEntity } from '../../src/modules/accounts/index.js';
import { Factories, TEST_PASSWORD } from '../support/factories.js';
import { errorCode, GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id email displayName } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id email } } }`;
const ME = `{ me { id email displayName } }`;

describe('accounts: sign-up, sign-in, sessions', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    db = app.get(DataSource);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const client = () => new GraphQLClient(app);

  it('signs up, sets an HttpOnly SameSite session cookie, and knows who is signed in', async () => {
    const browser = client();
    const result = await browser.request(SIGN_UP, {
      input: {
        email: ' Linh.Tran@Example.test ',
        password: 'trà sen thơm buổi sáng',
        displayName: 'Linh Trần',
      },
    });
    expect(result.errors).toBeUndefined();
    const cookie = String(result.headers['set-cookie']);
    expect(cookie).toMatch(/^chorus_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await browser.ok<{ me: { email: string; displayName: string } }>(ME);
    expect(me.me).toMatchObject({ email: 'Linh.Tran@Example.test', displayName: 'Linh Trần' });
    const user = await db.manager.findOneByOrFail(UserEntity, {
      emailNormalized: 'linh.tran@example.test',
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const [session] = await db.manager.findBy(SessionEntity, { userId: user.id });
    expect(session?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie).not.toContain(session!.tokenHash);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email', undefined],
    [{ password: 'short' }, 'password', 'too_short'],
    [{ password: 'Password123' }, 'password', 'common'],
    [{ displayName: '   ' }, 'displayName', undefined],
  ])(
    'refuses a bad sign-up %p with VALIDATION on %p and creates nothing',
    async (bad, field, rule) => {
      const before = await factories.snapshot();
      const result = await client().request(SIGN_UP, {
        input: {
          email: 'fresh@example.test',
          password: 'a long enough passphrase',
          displayName: 'Fresh',
          ...bad,
        },
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field,
        ...(rule ? { rule } : {}),
      });
      expect(result.headers['set-cookie']).toBeUndefined();
      expect(await factories.snapshot()).toBe(before);
    },
  );

  it('refuses a duplicate sign-up, whatever the case of the email, and changes nothing', async () => {
    await factories.buildUser({ email: 'taken@example.test' });
    const before = await factories.snapshot();
    const result = await client().request(SIGN_UP, {
      input: {
        email: 'TAKEN@example.test',
        password: 'a long enough passphrase',
        displayName: 'Dup',
      },
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'email' });
    expect(await factories.snapshot()).toBe(before);
  });

  it('answers an unknown email and a wrong password identically', async () => {
    await factories.buildUser({ email: 'known@example.test' });
    const unknown = await client().request(SIGN_IN, {
      input: { email: 'nobody@example.test', password: 'whatever-123' },
    });
    const wrong = await client().request(SIGN_IN, {
      input: { email: 'known@example.test', password: 'whatever-123' },
    });
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.data).toEqual(wrong.data);
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'The email or password is incorrect.',
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
    expect(unknown.headers['set-cookie']).toBeUndefined();
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    await factories.buildUser({ email: 'timing@example.test' });
    let address = 0;
    const time = async (email: string): Promise<number> => {
      // A fresh address each time, so the growing delays after failures stay out of it.
      const browser = client();
      address += 1;
      browser.address = `198.51.100.${address}`;
      const started = process.hrtime.bigint();
      await browser.request(SIGN_IN, { input: { email, password: 'not-the-password' } });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      unknown.push(await time(`ghost${i}@example.test`));
      wrong.push(await time('timing@example.test'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Both run one argon2id verification; without the dummy hash an unknown email would
    // answer in ~1 ms against ~40 ms.
    // Wide bounds so a loaded machine's noise does not fail it; ~0.03 without the dummy hash.
    expect(median(unknown) / median(wrong)).toBeGreaterThan(0.3);
    expect(median(unknown) / median(wrong)).toBeLessThan(3);
  }, 120_000);

  it('signs in with the right password and reads the user behind the cookie', async () => {
    const user = await factories.buildUser({ email: 'right@example.test' });
    const browser = client();
    await browser.ok(SIGN_IN, { input: { email: 'RIGHT@example.test', password: TEST_PASSWORD } });
    const me = await browser.ok<{ me: { id: string } }>(ME);
    expect(me.me.id).toBe(user.id);
  });

  it('ends a session on sign-out; the old cookie no longer works', async () => {
    const user = await factories.buildUser();
    const browser = await factories.signedIn(user);
    const stolen = new GraphQLClient(app, browser.cookie);
    await browser.ok('mutation { signOut }');
    expect(browser.cookie).toBeUndefined();
    expect((await stolen.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('signs out everywhere: every session of the user ends', async () => {
    const user = await factories.buildUser();
    const laptop = await factories.signedIn(user);
    const phone = await factories.signedIn(user);
    const result = await laptop.ok<{ signOutEverywhere: number }>('mutation { signOutEverywhere }');
    expect(result.signOutEverywhere).toBe(2);
    expect((await phone.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const user = await factories.buildUser();
    const laptop = await factories.signedIn(user);
    const phone = await factories.signedIn(user);
    const change = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrongCurrent = await laptop.request(change, {
      input: { currentPassword: 'nope-nope-nope', newPassword: 'a brand new passphrase' },
    });
    expect(wrongCurrent.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION',
      field: 'currentPassword',
    });
    const weak = await laptop.request(change, {
      input: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'newPassword',
      rule: 'too_short',
    });
    await laptop.ok(change, {
      input: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect((await laptop.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    expect((await phone.ok<{ me: unknown }>(ME)).me).toBeNull();
    const again = client();
    await again.ok(SIGN_IN, { input: { email: user.email, password: 'a brand new passphrase' } });
  });

  it('ends a session idle for longer than the idle limit', async () => {
    const user = await factories.buildUser();
    const browser = await factories.signedIn(user);
    const idleHours = 168;
    await db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '${idleHours + 1} hours' WHERE user_id = $1`,
      [user.id],
    );
    expect((await browser.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('ends a session at its absolute expiry, however active', async () => {
    const user = await factories.buildUser();
    const browser = await factories.signedIn(user);
    await db.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );
    expect((await browser.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('ignores a forged or malformed cookie', async () => {
    const forged = new GraphQLClient(app, 'chorus_session=forged-token-value');
    expect((await forged.ok<{ me: unknown }>(ME)).me).toBeNull();
    const huge = new GraphQLClient(app, `chorus_session=${'x'.repeat(5000)}`);
    expect((await huge.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('needs a session for account actions', async () => {
    const result = await client().request('mutation { signOutEverywhere }');
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});

describe('session cookies behind https', () => {
  it('are Secure and carry the __Host- prefix when PUBLIC_URL is https', async () => {
    const database = await createTestDatabase();
    const app = await createTestApp({
      database: database.config,
      env: { PUBLIC_URL: 'https://chorus.example.com', CHORUS_SEED_DEMO: 'false' },
    });
    try {
      const result = await new GraphQLClient(app).request(SIGN_UP, {
        input: {
          email: 'secure@example.test',
          password: 'a long enough passphrase',
          displayName: 'S',
        },
      });
      const cookie = String(result.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-chorus_session=/);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Domain=/);
    } finally {
      await app.close();
      await database.drop();
    }
  }, 120_000);
});
