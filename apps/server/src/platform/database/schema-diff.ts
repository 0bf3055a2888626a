import type { DataSource, QueryRunner } from 'typeorm';
import type { SqlInMemory } from 'typeorm/driver/SqlInMemory.js';

/**
 * The SQL that would bring the database to the entities (what a new migration must hold).
 * TypeORM 1.1's schema builder reads enum type names with `Promise.all` on one query runner
 * (`RdbmsSchemaBuilder.loadTables` → `getUserDefinedTypeName`): pg queues them and prints
 * its pg@9 deprecation ("client.query() when the client is already executing a query").
 * The runners handed to the schema builder here run their queries one after another
 * instead, which is what pg did anyway, without the warning.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SqlInMemory> {
  const own = Object.getOwnPropertyDescriptor(dataSource, 'createQueryRunner');
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) =>
    serialized(createQueryRunner(...args));
  try {
    return await dataSource.driver.createSchemaBuilder().log();
  } finally {
    if (own) Object.defineProperty(dataSource, 'createQueryRunner', own);
    else delete (dataSource as Partial<Pick<DataSource, 'createQueryRunner'>>).createQueryRunner;
  }
}

function serialized(runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner);
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = last.then(
      () => query(...args),
      () => query(...args),
    );
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
}
