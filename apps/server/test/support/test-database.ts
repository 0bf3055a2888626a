import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  createTemporaryDatabase,
  type TemporaryDatabase,
} from '../../src/platform/database/temporary-database.js';
import { createTestApp } from './test-app.js';

export type TestDatabase = TemporaryDatabase;

/**
 * A fresh database for one test file: a new database on the server named by DATABASE_URL
 * (dropped afterwards), or an in-memory PGlite when DATABASE_URL is unset.
 *
 * On PostgreSQL it is a copy of the run's template — migrated, with pg-boss's schema and
 * queues, no rows (no demo workspace either) — built once by the first file that asks (test/global-setup.mjs names it):
 * booting the app then migrates nothing, some 6 s less per boot on a busy machine.
 * `empty: true` gives a database with nothing in it (the migration tests).
 */
export function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  const template = process.env.CHORUS_TEST_TEMPLATE;
  if (!url || !template || options.empty) return createTemporaryDatabase(url, 'chorus_test');
  return ensureTemplate(url, template).then(() =>
    createTemporaryDatabase(url, 'chorus_test', template),
  );
}

/**
 * Like {@link createTestDatabase}, but one that several boots of the server can share:
 * without DATABASE_URL it is a PGlite in a temporary folder (in-memory PGlite lives and
 * dies with one process).
 */
export async function createSharedTestDatabase(): Promise<TestDatabase> {
  if (process.env.DATABASE_URL) return createTestDatabase();
  const folder = mkdtempSync(join(tmpdir(), 'chorus-test-db-'));
  return {
    config: { kind: 'pglite', dataDir: join(folder, 'db') },
    drop: () => {
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

let template: Promise<void> | undefined;

/** Builds the template once per run, whichever worker asks first (an advisory lock). */
function ensureTemplate(url: string, name: string): Promise<void> {
  template ??= buildTemplate(url, name).catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  return template;
}

async function buildTemplate(url: string, name: string): Promise<void> {
  const server = new pg.Client({ connectionString: url });
  await server.connect();
  try {
    await server.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const found = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    // Built under another name and renamed when complete: a copy never sees it half-made.
    const building = `${name}_build`;
    await server.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
    await server.query(`CREATE DATABASE "${building}"`);
    const buildUrl = new URL(url);
    buildUrl.pathname = `/${building}`;
    // No demo workspace: files that want one get it seeded by their own boot, as before.
    const app = await createTestApp({
      database: { kind: 'postgres', url: buildUrl.toString() },
      env: { CHORUS_SEED_DEMO: 'false' },
    });
    await app.close();
    await emptyTables(buildUrl.toString());
    await server.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
  } finally {
    await server.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await server.end();
  }
}

/** Leaves the schema and drops the rows a boot wrote (jobs it scheduled, say). */
async function emptyTables(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DELETE FROM pgboss.job');
    await client.query('DELETE FROM pgboss.archive');
  } finally {
    await client.end();
  }
}
