import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/index.js';
import { migrations } from './migrations/index.js';
import { createPgliteDriver } from './pglite-pool.js';

export interface BuiltDataSourceOptions {
  options: DataSourceOptions;
  /** Releases resources the driver holds beyond the data source (the embedded database). */
  dispose: () => Promise<void>;
}

/**
 * The one place that turns configuration into TypeORM options, shared by the
 * app, the migration scripts and the tests. `synchronize` is always off:
 * the schema changes only through migrations. The platform knows no module's
 * entities: the app registers them per module (`TypeOrmModule.forFeature`), the
 * scripts and tests pass the full list (`src/entities.ts`).
 */
export function buildDataSourceOptions(
  database: DatabaseConfig,
  entities: NonNullable<DataSourceOptions['entities']> = [],
): BuiltDataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logging: false,
  };
  if (database.kind === 'postgres') {
    return {
      options: {
        ...common,
        url: database.url,
        poolSize: 10,
        applicationName: 'chorus',
        connectTimeoutMS: database.connectTimeoutMs ?? 10_000,
      },
      dispose: () => Promise.resolve(),
    };
  }
  const driver = createPgliteDriver({ dataDir: database.dataDir });
  return {
    options: { ...common, driver, database: 'postgres' },
    dispose: () => driver.close(),
  };
}
