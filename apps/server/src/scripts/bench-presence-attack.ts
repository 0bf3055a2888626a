/**
 * `pnpm bench:presence-attack`: another user's `{ me }` latency while one user floods
 * presence (awareness) — ~900 KB states as fast as the socket takes them, reconnecting
 * whenever it is closed — against the same query with the attack off. Chorus runs as a
 * child process (embedded in-memory PGlite unless DATABASE_URL is set); the attacker runs
 * in a worker thread, so its own work (masking megabytes of frames) does not slow the
 * victim's client. Idle and attack windows alternate (`--rounds` of each), so a change in
 * the machine's load during the run weighs on both alike. Prints figures and a closing
 * JSON line; asserts nothing.
 *
 *   node dist/scripts/bench-presence-attack.js [--seconds 10] [--rounds 5] [--watchers 10]
 *     [--state-kb 900] [--mask false]
 *
 * Also reports the server process's CPU time (Linux /proc) per second of each kind of
 * window: the cost of the attack to the server, less noisy than latency on a busy machine.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface AttackerData {
  socketUrl: string;
  cookie: string;
  stateKb: number;
  mask: boolean;
}
type AttackerCommand = 'start' | 'stop' | 'exit';
interface AttackerReport {
  sent: number;
  closes: Record<number, number>;
}

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

/** The worker: floods presence while told to, reconnecting at once after every close. */
function attacker({ socketUrl, cookie, stateKb, mask }: AttackerData): void {
  const port = parentPort!;
  const frame = awarenessFrame(777_000 + Math.floor(Math.random() * 1000), 1, stateKb * 1024);
  let attacking = false;
  let sent = 0;
  const closes: Record<number, number> = {};
  let running: Promise<void> = Promise.resolve();
  const oneSocket = () =>
    new Promise<void>((resolve) => {
      // An all-zero mask spares this side masking megabytes (ws skips it; the server still
      // unmasks): on one machine, the attacker's own work would otherwise be measured as the
      // server's. `--mask true` masks as a stock client does.
      const ws = new WebSocket(socketUrl, {
        headers: { cookie },
        ...(mask ? {} : { generateMask: (bytes: Buffer) => void bytes.fill(0) }),
      });
      const pump = () => {
        while (attacking && ws.readyState === ws.OPEN && ws.bufferedAmount < 4 * frame.byteLength) {
          ws.send(frame);
          sent += 1;
        }
        if (!attacking && ws.readyState === ws.OPEN) ws.close();
      };
      const timer = setInterval(pump, 5);
      ws.on('open', pump);
      ws.on('error', () => undefined);
      ws.on('close', (code) => {
        clearInterval(timer);
        closes[code] = (closes[code] ?? 0) + 1;
        resolve();
      });
    });
  const loop = async () => {
    while (attacking) await oneSocket();
  };
  port.on('message', (command: AttackerCommand) => {
    if (command === 'start') {
      attacking = true;
      running = loop();
    } else if (command === 'stop') {
      attacking = false;
      void running.then(() => port.postMessage({ sent, closes } satisfies AttackerReport));
    } else {
      process.exit(0);
    }
  });
  port.postMessage('ready');
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function client(base: string) {
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

/** CPU milliseconds (user + system) a process has used so far; null off Linux. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const percentile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

async function main(): Promise<void> {
  const args = new Map<string, string>();
  for (let i = 2; i < process.argv.length; i += 2)
    args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
  const SECONDS = Number(args.get('seconds') ?? 10);
  const ROUNDS = Math.max(1, Number(args.get('rounds') ?? 5));
  const WATCHERS = Number(args.get('watchers') ?? 10);
  const STATE_KB = Number(args.get('state-kb') ?? 900);
  const MASK = args.get('mask') === 'true';
  const here = fileURLToPath(new URL('.', import.meta.url));
  const loadBefore = loadavg();

  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/presence-prof'] : []),
      join(here, '../main.js'),
    ],
    {
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
    },
  );
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

  const run = Math.random().toString(36).slice(2, 8);
  const owner = client(base);
  const victim = client(base);
  const signUp = `mutation($e: String!) { signUp(input: { email: $e, password: "bench pass phrase 2026", displayName: "Bench" }) { user { id } } }`;
  await owner.gql(signUp, { e: `attacker-${run}@example.test` });
  await victim.gql(signUp, { e: `victim-${run}@example.test` });
  const { createWorkspace } = await owner.gql<{ createWorkspace: { id: string } }>(
    `mutation { createWorkspace(input: { name: "Bench" }) { id } }`,
  );
  const { createTeam } = await owner.gql<{ createTeam: { id: string } }>(
    `mutation($w: ID!) { createTeam(input: { workspaceId: $w, name: "T" }) { id } }`,
    { w: createWorkspace.id },
  );
  const { me } = await owner.gql<{ me: { id: string } }>(`{ me { id } }`);
  await owner.gql(
    `mutation($t: ID!, $u: ID!) { setTeamMemberRoles(input: { teamId: $t, userId: $u, roles: [STRATEGIST] }) { roles } }`,
    { t: createTeam.id, u: me.id },
  );
  const { createBrand } = await owner.gql<{ createBrand: { id: string } }>(
    `mutation($w: ID!, $t: ID!) { createBrand(input: { workspaceId: $w, name: "B", teamIds: [$t] }) { id } }`,
    { w: createWorkspace.id, t: createTeam.id },
  );
  const { createDocument } = await owner.gql<{ createDocument: { id: string } }>(
    `mutation($b: ID!) { createDocument(input: { brandId: $b, kind: STRATEGY, title: "Doc" }) { id } }`,
    { b: createBrand.id },
  );
  const socketUrl = `ws://127.0.0.1:${port}/collab/${createDocument.id}`;

  // Watchers: ordinary sockets on the document that receive whatever is relayed.
  let relayedBytes = 0;
  const watchers: WebSocket[] = [];
  for (let i = 0; i < WATCHERS; i += 1) {
    const ws = new WebSocket(socketUrl, { headers: { cookie: owner.cookie() } });
    ws.on('message', (data: Buffer) => (relayedBytes += data.byteLength));
    watchers.push(ws);
  }

  const worker = new Worker(fileURLToPath(import.meta.url), {
    workerData: {
      socketUrl,
      cookie: owner.cookie(),
      stateKb: STATE_KB,
      mask: MASK,
    } satisfies AttackerData,
  });
  await new Promise((resolve) => worker.once('message', resolve));
  await sleep(1000);

  async function latencies(seconds: number, into: number[]): Promise<void> {
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end) {
      const started = performance.now();
      await victim.gql(`{ me { id } }`);
      into.push(performance.now() - started);
    }
  }

  await latencies(2, []); // warm-up
  const window = SECONDS / ROUNDS;
  const idle: number[] = [];
  const underAttack: number[] = [];
  let relayedDuring = 0;
  let report: AttackerReport = { sent: 0, closes: {} };
  const cpu = { idle: 0, attack: 0, idleMs: 0, attackMs: 0 };
  const measured = async (kind: 'idle' | 'attack', into: number[]) => {
    const cpuBefore = cpuMs(child.pid);
    const started = performance.now();
    await latencies(window, into);
    const cpuAfter = cpuMs(child.pid);
    if (cpuBefore !== null && cpuAfter !== null) cpu[kind] += cpuAfter - cpuBefore;
    cpu[kind === 'idle' ? 'idleMs' : 'attackMs'] += performance.now() - started;
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    await measured('idle', idle);
    worker.postMessage('start' satisfies AttackerCommand);
    await sleep(300);
    const relayedBefore = relayedBytes;
    await measured('attack', underAttack);
    relayedDuring += relayedBytes - relayedBefore;
    const stopped = new Promise<AttackerReport>((resolve) => worker.once('message', resolve));
    worker.postMessage('stop' satisfies AttackerCommand);
    report = await stopped;
    await sleep(300);
  }
  worker.postMessage('exit' satisfies AttackerCommand);
  for (const ws of watchers) ws.close();
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  const loadAfter = loadavg();

  const f = (n: number) => n.toFixed(1);
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(', ');
  console.log(
    `presence attack on one document (${WATCHERS} watchers, ${STATE_KB} KB states, ${ROUNDS} × ${f(window)} s windows of each)`,
  );
  console.log(`load average before: ${load(loadBefore)}; after: ${load(loadAfter)}`);
  console.log(
    `idle          {me}: n=${idle.length}  p50=${f(percentile(idle, 0.5))} ms  p95=${f(percentile(idle, 0.95))} ms  max=${f(Math.max(...idle))} ms`,
  );
  console.log(
    `under attack  {me}: n=${underAttack.length}  p50=${f(percentile(underAttack, 0.5))} ms  p95=${f(percentile(underAttack, 0.95))} ms  max=${f(Math.max(...underAttack))} ms`,
  );
  const cpuShare = (used: number, elapsed: number) => (elapsed > 0 ? (100 * used) / elapsed : 0);
  const serverCpuIdle = cpuShare(cpu.idle, cpu.idleMs);
  const serverCpuAttack = cpuShare(cpu.attack, cpu.attackMs);
  // The victim's queries cost CPU in both kinds of window, at different rates: take their
  // idle cost per query off the attack windows to estimate what the attack itself costs.
  const perQuery = idle.length > 0 ? cpu.idle / idle.length : 0;
  const attackExtra = cpuShare(cpu.attack - perQuery * underAttack.length, cpu.attackMs);
  console.log(
    `server CPU (one core = 100%): idle windows ${f(serverCpuIdle)}%, attack windows ${f(serverCpuAttack)}%; the attack itself, beyond the victim's queries: ~${f(attackExtra)}%`,
  );
  const closes = Object.entries(report.closes).map(([code, n]) => `${code}×${n}`);
  const closed = Object.values(report.closes).reduce((a, b) => a + b, 0);
  console.log(
    `attacker: ${report.sent} presence frames sent (${((report.sent * STATE_KB) / 1024).toFixed(0)} MiB), ${closed} sockets closed (${closes.join(', ')}); relayed to watchers during the attack: ${(relayedDuring / 1024).toFixed(1)} KiB`,
  );
  const result = {
    idle_p50_ms: Number(f(percentile(idle, 0.5))),
    idle_p95_ms: Number(f(percentile(idle, 0.95))),
    attack_p50_ms: Number(f(percentile(underAttack, 0.5))),
    attack_p95_ms: Number(f(percentile(underAttack, 0.95))),
    ratio_p50: Number((percentile(underAttack, 0.5) / percentile(idle, 0.5)).toFixed(2)),
    ratio_p95: Number((percentile(underAttack, 0.95) / percentile(idle, 0.95)).toFixed(2)),
    idle_samples: idle.length,
    attack_samples: underAttack.length,
    attacker_frames: report.sent,
    attacker_sockets_closed: closed,
    relayed_kib: Number((relayedDuring / 1024).toFixed(1)),
    server_cpu_idle_pct: Number(f(serverCpuIdle)),
    server_cpu_attack_pct: Number(f(serverCpuAttack)),
    server_cpu_attack_extra_pct: Number(f(attackExtra)),
    attacker_masks: MASK,
    load_1m_before: Number(loadBefore[0]!.toFixed(2)),
    load_1m_after: Number(loadAfter[0]!.toFixed(2)),
  };
  console.log(JSON.stringify(result));
  process.exit(0);
}

if (isMainThread) await main();
else attacker(workerData as AttackerData);
