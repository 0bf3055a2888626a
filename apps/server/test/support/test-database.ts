import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTemporaryDatabase,
  type TemporaryDatabase,
} from '../../src/platform/database/temporary-database.js';

export type TestDatabase = TemporaryDatabase;

/**
 * A fresh, empty database for one test file: a new database on the server
 * named by DATABASE_URL (dropped afterwards), or an in-memory PGlite when
 * DATABASE_URL is unset.
 */
export function createTestDatabase(): Promise<TestDatabase> {
  return createTemporaryDatabase(process.env.DATABASE_URL, 'chorus_test');
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
