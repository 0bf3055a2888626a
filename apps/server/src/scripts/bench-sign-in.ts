import { createApp } from '../bootstrap.js';
import { loadConfig } from '../platform/config/index.js';
import { createRootLogger } from '../platform/logging/index.js';

/**
 * Sign-in latency over HTTP against the real app: N sign-ins (default 50) of N accounts,
 * each from its own client address (X-Forwarded-For from loopback, so the rate limits
 * see N clients), plus the same count of unknown-email and wrong-password attempts.
 * Prints p50/p95/max in milliseconds. DATABASE_URL picks PostgreSQL; else in-memory PGlite.
 */
const count = Number(process.argv[2] ?? 50);
const config = loadConfig({
  ...process.env,
  CHORUS_DATA_DIR: process.env.DATABASE_URL ? (process.env.CHORUS_DATA_DIR ?? '') : 'memory://',
  CHORUS_SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  PORT: '0',
});
const app = await createApp(config, createRootLogger('warn'));
await app.listen(0, '127.0.0.1');
const address = app.getHttpServer().address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
const run = Math.random().toString(36).slice(2, 8);
const password = 'benchmark passphrase 2026';

async function call(
  query: string,
  variables: unknown,
  client: number,
): Promise<{ ms: number; body: string }> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.${run.length}.${client >> 8}.${client & 255}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.text();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, body };
}

const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }';
const email = (i: number) => `bench-${run}-${i}@example.test`;

for (let i = 0; i < count; i += 1) {
  const { body } = await call(
    SIGN_UP,
    { i: { email: email(i), password, displayName: `Bench ${i}` } },
    1000 + i,
  );
  if (body.includes('"errors"')) throw new Error(`sign-up failed: ${body}`);
}

function stats(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `${label.padEnd(22)} n=${samples.length}  p50=${at(0.5).toFixed(1)} ms  p95=${at(0.95).toFixed(1)} ms  max=${sorted.at(-1)!.toFixed(1)} ms`;
}

const ok: number[] = [];
const wrong: number[] = [];
const unknown: number[] = [];
for (let i = 0; i < count; i += 1) {
  const success = await call(SIGN_IN, { i: { email: email(i), password } }, 3000 + i);
  if (success.body.includes('"errors"')) throw new Error(`sign-in failed: ${success.body}`);
  ok.push(success.ms);
  wrong.push(
    (await call(SIGN_IN, { i: { email: email(i), password: 'wrong passphrase!' } }, 5000 + i)).ms,
  );
  unknown.push(
    (await call(SIGN_IN, { i: { email: `ghost-${run}-${i}@example.test`, password } }, 7000 + i))
      .ms,
  );
}
console.log(`sign-in latency (${config.database.kind}, argon2id m=19456 KiB t=2 p=1)`);
console.log(stats('successful sign-in', ok));
console.log(stats('wrong password', wrong));
console.log(stats('unknown email', unknown));
await app.close();
