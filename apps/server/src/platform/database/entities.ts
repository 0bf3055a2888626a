import { SystemMetadataEntity } from './system-metadata.entity.js';

/**
 * Every TypeORM entity of the server. The app, the migration scripts and the
 * tests build their data source from this one list.
 */
export const entities = [SystemMetadataEntity];
