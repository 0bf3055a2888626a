import { DataSource } from 'typeorm';
import { entities } from '../entities.js';
import { loadConfig } from '../platform/config/index.js';
import { buildDataSourceOptions, ensureDataDir } from '../platform/database/index.js';

/** Applies pending migrations to the configured database (the server also does this at boot). */
const config = loadConfig();
ensureDataDir(config);
const built = buildDataSourceOptions(config.database, entities);
const dataSource = await new DataSource(built.options).initialize();
const applied = await dataSource.runMigrations({ transaction: 'each' });
console.log(
  applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'nothing to apply',
);
await dataSource.destroy();
await built.dispose();
