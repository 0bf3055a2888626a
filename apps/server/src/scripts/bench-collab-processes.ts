/**
 * The processes `bench-collab.ts` measures: Chorus as a child process (persistence on) and a
 * bare @y/websocket-server baseline, with the /proc readings and number helpers it reports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remoteStrategies } from './remote-strategies.js';

const here = fileURLToPath(new URL('.', import.meta.url));
/**
 * Extra Node flags for the Chorus processes, e.g. `BENCH_COLLAB_NODE_ARGS="--cpu-prof
 * --cpu-prof-dir=/tmp/prof"` to profile the server under the benchmark's load.
 */
const NODE_ARGS = (process.env.BENCH_COLLAB_NODE_ARGS ?? '').split(' ').filter(Boolean);
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- processes

export interface Target {
  name: string;
  url: (documentId: string) => string;
  child: ChildProcess;
  headers: Record<string, string>;
  documentIds: string[];
  metrics?: () => Promise<string>;
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

export async function waitUntil(
  check: () => Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** /metrics answers only with the bearer token (issue 12); the bench sets one for its servers. */
const METRICS_TOKEN = randomBytes(24).toString('hex');
export const METRICS_AUTH = { authorization: `Bearer ${METRICS_TOKEN}` };

export async function spawnChorus(extraEnv: Record<string, string>, dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_ARGS, join(here, '../main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CHORUS_SEED_DEMO: 'false',
      // The load generator connects every client as one user: lift the per-user socket cap.
      COLLAB_MAX_SOCKETS_PER_USER: '10000',
      METRICS_TOKEN,
      CHORUS_DATA_DIR: join(dataDir, 'db'),
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${base}/readyz`)).ok, 60_000, 'Chorus to be ready');
  return { port, child, base };
}

export async function startChorus(documents: number): Promise<Target & { dataDir: string }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  const child = spawn(process.execPath, [...NODE_ARGS, join(here, '../main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CHORUS_SEED_DEMO: 'false',
      // The load generator connects every client as one user: lift the per-user socket cap.
      COLLAB_MAX_SOCKETS_PER_USER: '10000',
      METRICS_TOKEN,
      CHORUS_DATA_DIR: join(dataDir, 'db'),
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${base}/readyz`)).ok, 60_000, 'Chorus to be ready');
  const { cookie, documentIds } = await remoteStrategies(
    base,
    { email: 'bench@example.test', password: 'load generator phrase', name: 'Bench' },
    documents,
  );
  return {
    name: 'chorus',
    child,
    dataDir,
    documentIds,
    headers: { cookie },
    url: (id) => `ws://127.0.0.1:${port}/collab/${id}`,
    metrics: async () => (await fetch(`${base}/metrics`, { headers: METRICS_AUTH })).text(),
  };
}

export async function startBaseline(documentIds: string[]): Promise<Target> {
  const port = await freePort();
  const entry = join(require.resolve('@y/websocket-server/package.json'), '../src/server.js');
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitUntil(
    async () => (await fetch(`http://127.0.0.1:${port}/`)).ok,
    20_000,
    'the baseline server',
  );
  return {
    name: 'y-websocket-server 0.1.1',
    child,
    documentIds,
    headers: {},
    url: (id) => `ws://127.0.0.1:${port}/${id}`,
  };
}

/** SIGTERM, then waits (up to 20 s) for the process to exit (a CPU profile is written then). */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(20_000)]);
}

export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS'));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
