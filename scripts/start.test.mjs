// `node --test scripts/start.test.mjs`: how `npx -y pnpm@10.34.9 start` stops. Each test starts the real
// command (server and web app already built: `pnpm test` builds first) on a free port with a
// throw-away database, waits for /readyz, stops it the way people and process managers do,
// and checks that the server shut down cleanly, nothing was left running and pnpm printed
// no "ELIFECYCLE Command failed".
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { PNPM_HINT, root } from './lib.mjs';

// Starting takes ~10 s on a quiet machine and several times that under load.
const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = READY_TIMEOUT_MS + STOP_TIMEOUT_MS + 30_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForReady(url, exited) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited.done) throw new Error('the command ended before the server was ready');
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${READY_TIMEOUT_MS} ms`);
}

function processGroupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts `npx -y pnpm@10.34.9 start` in a process group of its own. */
async function startChorus() {
  const port = await freePort();
  const [command, ...args] = PNPM_HINT.split(' ');
  const child = spawn(command, [...args, 'start'], {
    cwd: root,
    detached: true, // its own process group, like a job in a terminal
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      CHORUS_DATA_DIR: 'memory://',
      LOG_LEVEL: 'info',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = { done: false };
  exited.promise = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exited.done = true;
      resolve({ code, signal });
    }),
  );
  try {
    await waitForReady(`http://127.0.0.1:${port}/readyz`, exited);
  } catch (error) {
    if (processGroupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
    throw new Error(`${error.message}\n${output}`);
  }
  return { child, exited, output: () => output };
}

/** Waits until every process of the group has ended; kills what is left after the timeout. */
async function groupEnded(pgid) {
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (processGroupAlive(pgid)) {
    if (Date.now() > deadline) {
      process.kill(-pgid, 'SIGKILL');
      return false;
    }
    await sleep(200);
  }
  return true;
}

function assertCleanStop(output) {
  const messages = output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line).msg);
  assert.ok(messages.includes('Shutting down'), output);
  assert.ok(messages.includes('Stopped'), output);
  assert.doesNotMatch(output, /ELIFECYCLE|Command failed/);
  assert.doesNotMatch(output, /Shutdown (timed out|failed)/);
}

for (const [title, signal, toGroup] of [
  ['SIGTERM to the whole process group (systemd, docker stop of a shell)', 'SIGTERM', true],
  ['Ctrl-C (SIGINT to the whole process group)', 'SIGINT', true],
  ['SIGTERM to npx alone (kill <pid>)', 'SIGTERM', false],
]) {
  test(`start stops cleanly on ${title}`, { timeout: TEST_TIMEOUT_MS }, async () => {
    const { child, exited, output } = await startChorus();
    process.kill(toGroup ? -child.pid : child.pid, signal);
    await exited.promise;
    assert.ok(await groupEnded(child.pid), `processes were left running:\n${output()}`);
    assertCleanStop(output());
  });
}
