import { pendingSchemaChanges } from '../platform/database/index.js';
import { openScriptDataSource } from './script-data-source.js';

/**
 * Fails when the entities differ from what the migrations build: applies every
 * migration to a fresh database and asks TypeORM what it would still generate.
 */
const { dataSource, close } = await openScriptDataSource();
try {
  await dataSource.runMigrations({ transaction: 'each' });
  const pending = await pendingSchemaChanges(dataSource);
  if (pending.upQueries.length > 0) {
    console.error('Entities and migrations disagree; a migration would still be generated:');
    for (const query of pending.upQueries) console.error(`  ${query.query}`);
    process.exitCode = 1;
  } else {
    console.log('migrations: nothing left to generate');
  }
} finally {
  await close();
}
