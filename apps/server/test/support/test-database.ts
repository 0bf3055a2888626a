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
