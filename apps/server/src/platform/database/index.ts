export { buildDataSourceOptions } from './data-source-options.js';
export { DatabaseModule, ensureDataDir } from './database.module.js';
export { countStatements, type StatementCounter } from './statement-counter.js';
export { SystemMetadataEntity } from './system-metadata.entity.js';
export { SystemMetadataService, type Installation } from './system-metadata.service.js';
export { createTemporaryDatabase, type TemporaryDatabase } from './temporary-database.js';
