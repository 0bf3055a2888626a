import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../platform/config/index.js';
import { createTemporaryDatabase } from '../platform/database/index.js';
import { createRootLogger } from '../platform/logging/index.js';

export interface BenchServer {
  app: NestExpressApplication;
  /** The app's GraphQL endpoint. */
  url: string;
  /** Which database it runs on (`postgres` or `pglite`), for the report. */
  databaseKind: string;
  /** Closes the app and drops its throw-away database. */
  close: () => Promise<void>;
}

/**
 * The real app on a free local port, for benchmarks that call it over HTTP: on a
 * temporary database of the DATABASE_URL server (dropped by `close`), else in-memory
 * PGlite; no demo seed, warnings only.
 */
export async function startBenchServer(): Promise<BenchServer> {
  const database = await createTemporaryDatabase(
    process.env.DATABASE_URL || undefined,
    'chorus_bench',
  );
  const config = {
    ...loadConfig({
      ...process.env,
      CHORUS_DATA_DIR: 'memory://',
      CHORUS_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
    }),
    database: database.config,
  };
  const app = await createApp(config, createRootLogger('warn'));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}/graphql`,
    databaseKind: config.database.kind,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A signed-in GraphQL caller of a bench server and the server time of every request. */
export interface BenchClient {
  /** One operation; throws on GraphQL errors; keeps the session cookie it is given. */
  call: <T>(query: string, variables?: unknown) => Promise<{ ms: number; data: T }>;
  /** The session cookie (`name=value`), for callers in other threads. */
  readonly cookie: string;
  /** Server time of each request so far: from its arrival to its answer's last byte. */
  readonly serverMs: number[];
}

export function benchClient({ app, url }: BenchServer): BenchClient {
  let cookie = '';
  const serverMs: number[] = [];
  app
    .getHttpServer()
    .on('request', (_request: unknown, response: import('node:http').ServerResponse) => {
      const started = process.hrtime.bigint();
      response.on('finish', () => serverMs.push(Number(process.hrtime.bigint() - started) / 1e6));
    });
  return {
    serverMs,
    get cookie() {
      return cookie;
    },
    call: async <T>(query: string, variables: unknown = {}) => {
      const started = process.hrtime.bigint();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0]!;
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, data: body.data! };
    },
  };
}

/** Signs a new person up through the client and has them create a workspace and a brand. */
export async function benchBrand(
  client: BenchClient,
  email: string,
  displayName: string,
): Promise<{ userId: string; workspaceId: string; brandId: string }> {
  const { data: me } = await client.call<{ signUp: { user: { id: string } } }>(
    `mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`,
    { i: { email, password: 'benchmark passphrase 2026', displayName } },
  );
  const { data: ws } = await client.call<{ createWorkspace: { id: string } }>(
    `mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`,
    { i: { name: 'Bench agency' } },
  );
  const { data: br } = await client.call<{ createBrand: { id: string } }>(
    `mutation($i: CreateBrandInput!) { createBrand(input: $i) { id } }`,
    { i: { workspaceId: ws.createWorkspace.id, name: 'Bench brand', timeZone: 'Europe/Berlin' } },
  );
  return {
    userId: me.signUp.user.id,
    workspaceId: ws.createWorkspace.id,
    brandId: br.createBrand.id,
  };
}
