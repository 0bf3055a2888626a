import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertServerBuilt,
  freePort,
  startServerProcess,
  waitForOk,
} from '../support/server-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('the server process', () => {
  beforeAll(() => assertServerBuilt());

  it('refuses to start on a bad environment, naming every bad variable and its expected form', async () => {
    const server = startServerProcess({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'prod' });
    const { code } = await server.exited;
    expect(code).toBe(78);
    const output = server.output();
    expect(output).toContain('PORT must be an integer between 0 and 65535');
    expect(output).toContain('DATABASE_URL must be a PostgreSQL URL');
    expect(output).toContain('NODE_ENV must be one of: development, production, test');
    expect(output).not.toMatch(/\n\s+at /);
  });

  describe('when running', () => {
    let database: TestDatabase;
    let dataDir: string;

    beforeAll(async () => {
      database = await createTestDatabase();
      dataDir = mkdtempSync(join(tmpdir(), 'chorus-proc-'));
    });

    afterAll(async () => {
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('becomes ready, then stops cleanly with exit code 0 on SIGTERM', async () => {
      const port = await freePort();
      const server = startServerProcess({
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        CHORUS_DATA_DIR: join(dataDir, 'db'),
        ...(database.config.kind === 'postgres' ? { DATABASE_URL: database.config.url } : {}),
      });
      try {
        await waitForOk(`http://127.0.0.1:${port}/readyz`, 60_000);
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      } finally {
        server.child.kill('SIGTERM');
      }
      const started = Date.now();
      const { code } = await server.exited;
      expect(code).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      const lines = server
        .output()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { msg: string; level: string });
      expect(lines.map((line) => line.msg)).toEqual(
        expect.arrayContaining([
          `Chorus is listening on http://localhost:${port}`,
          'Shutting down',
          'Stopped',
        ]),
      );
    }, 90_000);
  });
});
