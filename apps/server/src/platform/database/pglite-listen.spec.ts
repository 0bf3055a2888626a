import { DataSource } from 'typeorm';
import { createPgliteDriver } from './pglite-pool.js';

describe('LISTEN on the PGlite driver', () => {
  let dataSource: DataSource;
  let driver: ReturnType<typeof createPgliteDriver>;

  beforeAll(async () => {
    driver = createPgliteDriver({ dataDir: 'memory://' });
    dataSource = await new DataSource({
      type: 'postgres',
      driver,
      database: 'postgres',
      uuidExtension: 'pgcrypto',
      installExtensions: false,
    }).initialize();
  }, 60_000);

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('delivers notices of committed transactions only', async () => {
    const received: string[] = [];
    const stop = await driver.listen('test_commits', (payload) => received.push(payload));
    await dataSource
      .transaction(async (manager) => {
        await manager.query("SELECT pg_notify('test_commits', 'rolled back')");
        throw new Error('abort');
      })
      .catch(() => undefined);
    await dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_notify('test_commits', 'committed')");
    });
    expect(received).toEqual(['committed']);
    await stop();
  });

  it('waits for an open transaction instead of joining it (its rollback cannot undo the LISTEN)', async () => {
    const received: string[] = [];
    let listening: Promise<() => Promise<void>> | undefined;
    await dataSource
      .transaction(async (manager) => {
        await manager.query('SELECT 1');
        // Asked for while the transaction holds the session; it must wait for the rollback.
        listening = driver.listen('test_waits', (payload) => received.push(payload));
        throw new Error('abort');
      })
      .catch(() => undefined);
    const stop = await listening!;
    await dataSource.query("SELECT pg_notify('test_waits', 'after')");
    expect(received).toEqual(['after']);

    await stop();
    await dataSource.query("SELECT pg_notify('test_waits', 'after stopping')");
    expect(received).toEqual(['after']);
  });
});
