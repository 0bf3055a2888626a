import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * How long a test waits for a spawned server's /readyz. A quiet machine needs 3–10 s (the first
 * start on a fresh database applies every migration); under load (6–16 on 2 cores) several
 * times that, so the bound is far above both and only a server that never gets ready hits it.
 */
export const SERVER_READY_TIMEOUT_MS = 180_000;

/** The built server entry point; the root test command builds it first. */
export const serverEntry = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export function assertServerBuilt(): void {
  if (!existsSync(serverEntry)) {
    throw new Error(
      `${serverEntry} is missing: run "npx -y pnpm@10.34.9 --filter @chorus/server build" first`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node dist/main.js` with the given environment (plus PATH). A process still
 * running after `killAfterMs` is killed, so a start that hangs fails its test with a
 * signal instead of hanging the run.
 */
export function startServerProcess(
  env: Record<string, string>,
  options: { cwd?: string; nodeArgs?: string[]; killAfterMs?: number } = {},
): RunningServer {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverEntry], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: options.cwd,
  });
  if (options.killAfterMs) {
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.once('exit', () => clearTimeout(timer));
  }
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => text, exited };
}

/** Polls a URL until it answers 200 or the time runs out. */
export async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not listening yet, or too busy to answer within 5 s
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}
