import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../config/index.js';

export interface TemporaryDatabase {
  config: DatabaseConfig;
  /** Drops the database (PostgreSQL); nothing to do for in-memory PGlite. */
  drop: () => Promise<void>;
}

/** Database names this module writes into SQL: letters, digits and underscores only. */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * A fresh database for tests and tooling: a new database on the server that `serverUrl`
 * points to (drop it afterwards) — empty, or a copy of `template` (PostgreSQL copies its
 * files, far faster than migrating) — or an in-memory PGlite when no server is given.
 */
export async function createTemporaryDatabase(
  serverUrl: string | undefined,
  prefix = 'chorus_tmp',
  template?: string,
): Promise<TemporaryDatabase> {
  if (!serverUrl) {
    return { config: { kind: 'pglite', dataDir: 'memory://' }, drop: () => Promise.resolve() };
  }
  if (template !== undefined && !PLAIN_NAME.test(template)) {
    throw new Error(`Not a plain database name: ${template}`);
  }
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const copy = template ? ` TEMPLATE "${template}"` : '';
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${copy}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: () =>
      withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ),
  };
}

async function withClient(
  url: string,
  action: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await action(client);
  } finally {
    await client.end();
  }
}
