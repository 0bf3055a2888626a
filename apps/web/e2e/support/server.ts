import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { artifactsDir, serverEntry, webDist } from './paths';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

// A fresh database takes 3–10 s to get ready on a quiet machine (every migration, the demo
// seed) and several times that under load (6–16 on 2 cores): the bound only catches a server
// that never gets ready. Stopping waits past the server's own SHUTDOWN_TIMEOUT_MS (10 s).
const readyTimeoutMs = 180_000;
const stopTimeoutMs = 30_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function logTail(logPath: string): Promise<string> {
  const text = await readFile(logPath, 'utf8').catch(() => '');
  return text.split('\n').slice(-30).join('\n');
}

/**
 * Starts the real server (`node apps/server/dist/main.js`) on a free port with a fresh data
 * folder (or the given one, kept when it stops: a restart finds its data), serving the built
 * web app, and resolves once `GET /readyz` answers 200.
 */
export async function startServer(options: { dataDir?: string } = {}): Promise<RunningServer> {
  if (!existsSync(serverEntry)) {
    throw new Error(
      `${serverEntry} does not exist: run \`npx -y pnpm@10.34.9 --filter @chorus/server build\`.`,
    );
  }
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(
      `${webDist}/index.html does not exist: run \`npx -y pnpm@10.34.9 --filter @chorus/web build\`.`,
    );
  }

  const port = await freePort();
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'chorus-e2e-data-')));
  mkdirSync(artifactsDir, { recursive: true });
  const logPath = path.join(artifactsDir, 'server.log');
  const log = createWriteStream(logPath);

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    PORT: String(port),
    // Loopback only: nothing outside this machine needs to reach a test server.
    HOST: '127.0.0.1',
    CHORUS_DATA_DIR: dataDir,
    CHORUS_WEB_DIST: webDist,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  };
  if (process.env.DATABASE_URL !== undefined) env.DATABASE_URL = process.env.DATABASE_URL;

  const child = spawn(process.execPath, ['--enable-source-maps', serverEntry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      await exited(child);
      clearTimeout(timer);
    }
    log.end();
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `The server exited (${child.exitCode ?? child.signalCode}) before it was ready. ` +
          `Last lines of ${logPath}:\n${await logTail(logPath)}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return { baseUrl, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `The server did not answer 200 on /readyz within ${readyTimeoutMs / 1000} s. ` +
          `Last lines of ${logPath}:\n${await logTail(logPath)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
