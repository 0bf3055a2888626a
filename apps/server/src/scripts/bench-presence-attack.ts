/**
 * `pnpm bench:presence-attack`: another user's `{ me }` latency while one socket floods
 * presence (awareness) — ~900 KB states as fast as the socket takes them, reconnecting
 * whenever it is closed — against the same query with the server idle. Chorus runs as a
 * child process (embedded in-memory PGlite unless DATABASE_URL is set). Prints figures and
 * a closing JSON line; asserts nothing.
 *
 *   node dist/scripts/bench-presence-attack.js [--seconds 10] [--watchers 10] [--state-kb 900]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const SECONDS = Number(args.get('seconds') ?? 10);
const WATCHERS = Number(args.get('watchers') ?? 10);
const STATE_KB = Number(args.get('state-kb') ?? 900);
const here = fileURLToPath(new URL('.', import.meta.url));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const port = await freePort();
const child = spawn(process.execPath, [join(here, '../main.js')], {
  env: {
    PATH: process.env.PATH ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    CHORUS_SEED_DEMO: 'false',
    CHORUS_DATA_DIR: 'memory://',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
process.once('exit', () => child.kill('SIGKILL'));
const base = `http://127.0.0.1:${port}`;
for (let deadline = Date.now() + 90_000; ; await sleep(200)) {
  if (
    await fetch(`${base}/readyz`)
      .then((r) => r.ok)
      .catch(() => false)
  )
    break;
  if (Date.now() > deadline) throw new Error('Chorus did not become ready');
}

function client() {
  let cookie = '';
  return {
    cookie: () => cookie,
    gql: async <T>(query: string, variables: unknown = {}): Promise<T> => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0]!;
      const body = (await response.json()) as { data: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
  };
}

const run = Math.random().toString(36).slice(2, 8);
const attacker = client();
const victim = client();
const signUp = `mutation($e: String!) { signUp(input: { email: $e, password: "bench pass phrase 2026", displayName: "Bench" }) { user { id } } }`;
await attacker.gql(signUp, { e: `attacker-${run}@example.test` });
await victim.gql(signUp, { e: `victim-${run}@example.test` });
const { createWorkspace } = await attacker.gql<{ createWorkspace: { id: string } }>(
  `mutation { createWorkspace(input: { name: "Bench" }) { id } }`,
);
const { createTeam } = await attacker.gql<{ createTeam: { id: string } }>(
  `mutation($w: ID!) { createTeam(input: { workspaceId: $w, name: "T" }) { id } }`,
  { w: createWorkspace.id },
);
const { me } = await attacker.gql<{ me: { id: string } }>(`{ me { id } }`);
await attacker.gql(
  `mutation($t: ID!, $u: ID!) { setTeamMemberRoles(input: { teamId: $t, userId: $u, roles: [STRATEGIST] }) { roles } }`,
  { t: createTeam.id, u: me.id },
);
const { createBrand } = await attacker.gql<{ createBrand: { id: string } }>(
  `mutation($w: ID!, $t: ID!) { createBrand(input: { workspaceId: $w, name: "B", teamIds: [$t] }) { id } }`,
  { w: createWorkspace.id, t: createTeam.id },
);
const { createDocument } = await attacker.gql<{ createDocument: { id: string } }>(
  `mutation($b: ID!) { createDocument(input: { brandId: $b, kind: STRATEGY, title: "Doc" }) { id } }`,
  { b: createBrand.id },
);
const socketUrl = `ws://127.0.0.1:${port}/collab/${createDocument.id}`;
const headers = { cookie: attacker.cookie() };

// Watchers: ordinary sockets on the document that receive whatever is relayed.
let relayedBytes = 0;
const watchers: WebSocket[] = [];
for (let i = 0; i < WATCHERS; i += 1) {
  const ws = new WebSocket(socketUrl, { headers });
  ws.on('message', (data: Buffer) => (relayedBytes += data.byteLength));
  watchers.push(ws);
}
await sleep(1000);

function awarenessFrame(client: number, clock: number, bytes: number): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, client);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify({ cursor: { pad: 'x'.repeat(bytes) } }));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

async function latencies(seconds: number): Promise<number[]> {
  const samples: number[] = [];
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const started = performance.now();
    await victim.gql(`{ me { id } }`);
    samples.push(performance.now() - started);
  }
  return samples;
}

const percentile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

await latencies(2); // warm-up
const idle = await latencies(SECONDS);

let attacking = true;
let sent = 0;
let closes = 0;
const closeCodes = new Map<number, number>();
const frame = awarenessFrame(777_000 + Math.floor(Math.random() * 1000), 1, STATE_KB * 1024);
async function attack(): Promise<void> {
  while (attacking) {
    const ws = new WebSocket(socketUrl, { headers });
    await new Promise<void>((resolve) => {
      const pump = () => {
        while (attacking && ws.readyState === ws.OPEN && ws.bufferedAmount < 4 * frame.byteLength) {
          ws.send(frame);
          sent += 1;
        }
      };
      const timer = setInterval(pump, 5);
      ws.on('open', pump);
      ws.on('error', () => undefined);
      ws.on('close', (code) => {
        clearInterval(timer);
        closes += 1;
        closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
        resolve();
      });
      const stop = setInterval(() => {
        if (!attacking) {
          clearInterval(stop);
          ws.close();
        }
      }, 50);
    });
  }
}
const attackDone = attack();
await sleep(500);
const relayedBefore = relayedBytes;
const underAttack = await latencies(SECONDS);
const relayedDuring = relayedBytes - relayedBefore;
attacking = false;
await attackDone;

for (const ws of watchers) ws.close();
child.kill('SIGTERM');

const f = (n: number) => n.toFixed(1);
console.log(`presence attack on one document (${WATCHERS} watchers, ${STATE_KB} KB states)`);
console.log(
  `idle          {me}: n=${idle.length}  p50=${f(percentile(idle, 0.5))} ms  p95=${f(percentile(idle, 0.95))} ms  max=${f(Math.max(...idle))} ms`,
);
console.log(
  `under attack  {me}: n=${underAttack.length}  p50=${f(percentile(underAttack, 0.5))} ms  p95=${f(percentile(underAttack, 0.95))} ms  max=${f(Math.max(...underAttack))} ms`,
);
console.log(
  `attacker: ${sent} presence frames sent, ${closes} sockets closed (${[...closeCodes].map(([c, n]) => `${c}×${n}`).join(', ')}); relayed to watchers during the attack: ${(relayedDuring / 1024).toFixed(1)} KiB`,
);
const result = {
  idle_p50_ms: Number(f(percentile(idle, 0.5))),
  attack_p50_ms: Number(f(percentile(underAttack, 0.5))),
  attack_p95_ms: Number(f(percentile(underAttack, 0.95))),
  ratio_p50: Number((percentile(underAttack, 0.5) / percentile(idle, 0.5)).toFixed(2)),
};
console.log(JSON.stringify(result));
process.exit(0);
