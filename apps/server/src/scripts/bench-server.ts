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
