import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../../src/platform/config/index.js';
import { SystemMetadataService } from '../../src/platform/database/index.js';
import { createTestApp } from '../support/test-app.js';
import { createSharedTestDatabase, type TestDatabase } from '../support/test-database.js';

async function installationIdAfterBoot(database: DatabaseConfig): Promise<string> {
  const app = await createTestApp({ database });
  try {
    // The id is no longer public (issue 12 item 13); read it where the server keeps it.
    return (await app.get(SystemMetadataService).installation()).id;
  } finally {
    await app.close();
  }
}

describe('data survives a restart', () => {
  it('keeps the installation id across two boots of the server on the same database', async () => {
    const database: TestDatabase = await createSharedTestDatabase();
    try {
      const first = await installationIdAfterBoot(database.config);
      const second = await installationIdAfterBoot(database.config);
      expect(first).toMatch(/^[0-9a-f-]{36}$/);
      expect(second).toBe(first);
    } finally {
      await database.drop();
    }
  }, 120_000);

  it('keeps data in the embedded database folder between runs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chorus-pglite-'));
    try {
      const config: DatabaseConfig = { kind: 'pglite', dataDir: join(dataDir, 'db') };
      const first = await installationIdAfterBoot(config);
      const second = await installationIdAfterBoot(config);
      expect(second).toBe(first);
      const fresh = await installationIdAfterBoot({
        kind: 'pglite',
        dataDir: join(dataDir, 'other'),
      });
      expect(fresh).not.toBe(first);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    // Three boots of the embedded (WebAssembly) PostgreSQL, each migrating a fresh folder:
    // ~20 s on a quiet machine, over 90 s with a CI sharing two cores with other work.
  }, 300_000);
});
