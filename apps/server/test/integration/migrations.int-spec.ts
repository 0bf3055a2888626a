import { DataSource } from 'typeorm';
import { entities } from '../../src/entities.js';
import { buildDataSourceOptions, pendingSchemaChanges } from '../../src/platform/database/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('database migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    const built = buildDataSourceOptions(database.config, entities);
    dispose = built.dispose;
    dataSource = await new DataSource(built.options).initialize();
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await dispose?.();
    await database?.drop();
  });

  it('apply to an empty database and leave nothing for TypeORM to generate', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBe(dataSource.migrations.length);
    const pending = await pendingSchemaChanges(dataSource);
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are reversible: every migration can be undone and applied again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const tables = await dataSource.query<Array<{ table_name: string }>>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations'",
    );
    expect(tables).toEqual([]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBe(dataSource.migrations.length);
  });
});
