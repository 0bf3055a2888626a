// Only configuration code is imported statically: the environment, the data folder and the
// database are checked before the app's modules (Nest, GraphQL, TypeORM…) are loaded, so a
// bad start fails in well under a second with one message and exit code 78.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { loadConfig, type AppConfig } from './platform/config/app-config.js';
import { InvalidEnvironmentError, isLoopbackHost } from './platform/config/environment.js';
import { checkDatabaseReachable } from './platform/database/database-reachable.js';
import { ensureDataDir } from './platform/database/data-dir.js';
import { createRootLogger } from './platform/logging/logger.js';

/** Exit code for a configuration error (sysexits EX_CONFIG). */
const EX_CONFIG = 78;

/**
 * Reads `.env` from the folder the server starts in (the repository root for `pnpm start`).
 * Variables already set in the environment win over the file.
 */
function readDotEnv(): string | undefined {
  const file = resolve(process.cwd(), '.env');
  if (!existsSync(file)) return undefined;
  const values = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [key, value] of Object.entries(values)) process.env[key] ??= value;
  return file;
}

function refuse(error: InvalidEnvironmentError): never {
  process.stderr.write(`Chorus cannot start.\n${error.message}\nSee .env.example.\n`);
  process.exit(EX_CONFIG);
}

async function checkedConfig(): Promise<{ config: AppConfig; envFile?: string }> {
  try {
    const envFile = readDotEnv();
    const config = loadConfig();
    ensureDataDir(config);
    await checkDatabaseReachable(config.database);
    return { config, envFile };
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) refuse(error);
    throw error;
  }
}

/** The address people can open, from the address the socket is really bound to. */
function describeAddress(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::') return `http://${host}:${port} (every interface)`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function main(): Promise<void> {
  const { config, envFile } = await checkedConfig();
  const logger = createRootLogger(config.logLevel);
  if (envFile) logger.info({ envFile }, 'Read variables from .env');
  const { createApp } = await import('./bootstrap.js');
  const app = await createApp(config, logger);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    const timer = setTimeout(() => {
      logger.error('Shutdown timed out; exiting');
      process.exit(1);
    }, config.http.shutdownTimeoutMs);
    timer.unref();
    app.close().then(
      () => {
        logger.info('Stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  await app.listen(config.http.port, config.http.host);
  const address = app.getHttpServer().address();
  const bound =
    typeof address === 'object' && address
      ? { host: address.address, port: address.port }
      : { host: config.http.host, port: config.http.port };
  logger.info(
    {
      host: bound.host,
      port: bound.port,
      publicUrl: config.publicUrl,
      reachableFromNetwork: !isLoopbackHost(bound.host),
      database: config.database.kind,
      ...(config.database.kind === 'pglite' ? { dataDir: config.database.dataDir } : {}),
    },
    `Chorus is listening on ${describeAddress(bound.host, bound.port)}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Chorus failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
