import { DataSource } from 'typeorm';
import { entities } from '../entities.js';
import { buildDataSourceOptions } from '../platform/database/index.js';
import { createTemporaryDatabase } from '../platform/database/temporary-database.js';

/**
 * A data source on a fresh, empty database for the migration tooling: a
 * temporary database on the PostgreSQL server of DATABASE_URL (dropped at
 * close), otherwise an in-memory PGlite. Never touches real data.
 */
export async function openScriptDataSource(): Promise<{
  dataSource: DataSource;
  close: () => Promise<void>;
}> {
  const database = await createTemporaryDatabase(
    process.env.DATABASE_URL || undefined,
    'chorus_tool',
  );
  const built = buildDataSourceOptions(database.config, entities);
  const dataSource = await new DataSource(built.options).initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await built.dispose();
      await database.drop();
    },
  };
}
