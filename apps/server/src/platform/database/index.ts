export { buildDataSourceOptions } from './data-source-options.js';
export { DatabaseModule } from './database.module.js';
export { checkDataDir, ensureDataDir } from './data-dir.js';
export { checkDatabaseReachable } from './database-reachable.js';
export { countStatements, type StatementCounter } from './statement-counter.js';
export { SystemMetadataEntity } from './system-metadata.entity.js';
export { SystemMetadataService, type Installation } from './system-metadata.service.js';
export { createTemporaryDatabase, type TemporaryDatabase } from './temporary-database.js';
export { withStartupLock } from './startup-lock.js';
