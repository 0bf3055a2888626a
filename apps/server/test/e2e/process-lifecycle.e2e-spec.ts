import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  assertServerBuilt,
  freePort,
  SERVER_READY_TIMEOUT_MS,
  startServerProcess,
  waitForOk,
} from '../support/server-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// A refused start takes 1–2 s on a quiet machine (a bad PORT is refused before the app
// loads; an unreachable database after DATABASE_CONNECT_TIMEOUT_MS) and several times that
// under load. Each test gets its own timeout far above both, and a child that hangs is
// killed first, so the test fails with the child's output rather than Jest's timeout.
const KILL_AFTER_MS = 90_000;
const START_TIMEOUT_MS = KILL_AFTER_MS + 30_000;

/** Starts the server expecting it to refuse; resolves with its exit code and output. */
async function refusedStart(
  env: Record<string, string>,
  options: { cwd?: string; nodeArgs?: string[] } = {},
): Promise<{ code: number | null; output: string }> {
  const server = startServerProcess(env, { ...options, killAfterMs: KILL_AFTER_MS });
  const { code } = await server.exited;
  return { code, output: server.output() };
}

const noStack = /\n\s+at /;

describe('the server process', () => {
  let scratch: string;

  beforeAll(() => {
    assertServerBuilt();
    scratch = mkdtempSync(join(tmpdir(), 'chorus-start-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(
    'refuses to start on a bad environment, naming every bad variable and its expected form',
    async () => {
      const { code, output } = await refusedStart({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        NODE_ENV: 'prod',
      });
      expect(code).toBe(78);
      expect(output).toContain('PORT must be an integer between 0 and 65535');
      expect(output).toContain('DATABASE_URL must be a PostgreSQL URL');
      expect(output).toContain('NODE_ENV must be one of: development, production, test');
      expect(output).not.toMatch(noStack);
    },
    START_TIMEOUT_MS,
  );

  it(
    "checks the configuration before loading any of the app's modules",
    async () => {
      // A module-resolution hook records every import the process makes.
      const trace = join(scratch, 'imports.txt');
      const hook = join(scratch, 'trace-hook.mjs');
      writeFileSync(
        hook,
        `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  appendFileSync(${JSON.stringify(trace)}, specifier + '\\n');
  return next(specifier, context);
}`,
      );
      const register = join(scratch, 'register.mjs');
      writeFileSync(
        register,
        `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});`,
      );
      const { code } = await refusedStart({ PORT: 'abc' }, { nodeArgs: ['--import', register] });
      expect(code).toBe(78);
      const imported = readFileSync(trace, 'utf8');
      expect(imported).toContain('app-config.js');
      expect(imported).not.toMatch(/@nestjs|typeorm|bootstrap\.js|app\.module\.js/);
    },
    START_TIMEOUT_MS,
  );

  it(
    'reads .env from the folder it starts in, the environment winning over the file',
    async () => {
      const folder = mkdtempSync(join(scratch, 'dotenv-'));
      writeFileSync(join(folder, '.env'), 'PORT=not-a-port\nLOG_LEVEL=loud\n');
      const { code, output } = await refusedStart({ LOG_LEVEL: 'info' }, { cwd: folder });
      expect(code).toBe(78);
      expect(output).toContain('PORT must be an integer');
      expect(output).not.toContain('LOG_LEVEL');
    },
    START_TIMEOUT_MS,
  );

  it(
    'refuses to publish the demo accounts on every interface unless told to',
    async () => {
      const { code, output } = await refusedStart({ HOST: '0.0.0.0', PORT: '0' });
      expect(code).toBe(78);
      expect(output).toContain('HOST=0.0.0.0 would publish the demo accounts');
    },
    START_TIMEOUT_MS,
  );

  it.each(['/proc/x', '/dev/null/x', '/sys/x'])(
    'stops with a message naming CHORUS_DATA_DIR when it is %s (no hang, no stack)',
    async (dataDir) => {
      const { code, output } = await refusedStart({ CHORUS_DATA_DIR: dataDir, PORT: '0' });
      expect(code).toBe(78);
      expect(output).toContain(`CHORUS_DATA_DIR=${dataDir} cannot hold the database`);
      expect(output).not.toMatch(noStack);
      expect(existsSync(dataDir)).toBe(false);
    },
    START_TIMEOUT_MS,
  );

  describe('with an unreachable DATABASE_URL', () => {
    let silent: Server;
    let silentPort: number;
    const sockets = new Set<Socket>();

    beforeAll(async () => {
      // Accepts connections and never answers: the connect timeout is all that ends the wait.
      silent = createServer((socket) => sockets.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const address = silent.address();
      silentPort = typeof address === 'object' && address ? address.port : 0;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });

    it(
      'stops with exit code 78 naming the variable and the address refused',
      async () => {
        const port = await freePort();
        const { code, output } = await refusedStart({
          DATABASE_URL: `postgres://someone:secret@127.0.0.1:${port}/chorus`,
          PORT: '0',
        });
        expect(code).toBe(78);
        expect(output).toContain(`DATABASE_URL: PostgreSQL at 127.0.0.1:${port} refused`);
        expect(output).not.toContain('secret');
        expect(output).not.toMatch(noStack);
      },
      START_TIMEOUT_MS,
    );

    it(
      'gives up after DATABASE_CONNECT_TIMEOUT_MS on a server that never answers',
      async () => {
        const { code, output } = await refusedStart({
          DATABASE_URL: `postgres://postgres@127.0.0.1:${silentPort}/chorus`,
          DATABASE_CONNECT_TIMEOUT_MS: '1000',
          PORT: '0',
        });
        expect(code).toBe(78);
        expect(output).toContain(
          `DATABASE_URL: PostgreSQL at 127.0.0.1:${silentPort} did not answer within 1000 ms`,
        );
        expect(output).not.toMatch(noStack);
      },
      START_TIMEOUT_MS,
    );
  });

  describe('when running', () => {
    let database: TestDatabase;
    let dataDir: string;

    beforeAll(async () => {
      database = await createTestDatabase();
      dataDir = mkdtempSync(join(tmpdir(), 'chorus-proc-'));
    }, START_TIMEOUT_MS);

    afterAll(async () => {
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it(
      'becomes ready, then stops cleanly with exit code 0 on SIGTERM',
      async () => {
        const port = await freePort();
        const server = startServerProcess({
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          CHORUS_DATA_DIR: join(dataDir, 'db'),
          ...(database.config.kind === 'postgres' ? { DATABASE_URL: database.config.url } : {}),
        });
        try {
          await waitForOk(`http://127.0.0.1:${port}/readyz`, SERVER_READY_TIMEOUT_MS);
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __typename }' }),
          });
          expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
        } finally {
          server.child.kill('SIGTERM');
        }
        const { code } = await server.exited;
        expect(code).toBe(0);
        const lines = server
          .output()
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { msg: string; level: string });
        expect(lines.map((line) => line.msg)).toEqual(
          expect.arrayContaining([
            `Chorus is listening on http://127.0.0.1:${port}`,
            'Shutting down',
            'Stopped',
          ]),
        );
      },
      SERVER_READY_TIMEOUT_MS + 60_000,
    );
  });
});
