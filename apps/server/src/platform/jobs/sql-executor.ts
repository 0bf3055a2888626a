import type { DataSource, EntityManager } from 'typeorm';

/** What pg-boss calls to reach the database (its `db` option). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

interface DriverClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Only the embedded PGlite client has it: several statements over the simple protocol. */
  exec?: (text: string) => Promise<{ rows: unknown[] }>;
}

async function run(
  client: DriverClient,
  text: string,
  values?: unknown[],
): Promise<{ rows: unknown[] }> {
  // pg sends a query without values over the simple protocol (several statements
  // allowed); pg-boss relies on that to install its schema. PGlite needs `exec` for it.
  if (values === undefined && client.exec) return client.exec(text);
  const result = await client.query(text, values);
  return { rows: Array.isArray(result.rows) ? result.rows : [] };
}

/** An executor that can wait for the statements it has started. */
export interface SettlingExecutor extends SqlExecutor {
  /** Resolves once no statement it started is still running. */
  settle(): Promise<void>;
}

/**
 * Runs pg-boss's statements through the app's data source, one query runner per
 * statement: on PGlite that runner holds the single session, so pg-boss's calls
 * queue behind TypeORM's instead of interleaving with a transaction.
 *
 * pg-boss marks a finished job complete without awaiting it; {@link SettlingExecutor.settle}
 * lets shutdown wait for such statements before the data source closes under them.
 */
export function dataSourceExecutor(dataSource: DataSource): SettlingExecutor {
  const running = new Set<Promise<unknown>>();
  return {
    executeSql(text, values) {
      const statement = (async () => {
        const runner = dataSource.createQueryRunner();
        try {
          const client = (await runner.connect()) as DriverClient;
          return await run(client, text, values);
        } finally {
          await runner.release();
        }
      })();
      running.add(statement);
      const forget = () => running.delete(statement);
      statement.then(forget, forget);
      return statement;
    },
    async settle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

/** Runs pg-boss's statements inside the caller's transaction (a job sent with the change). */
export function managerExecutor(manager: EntityManager): SqlExecutor {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('A job sent with a change needs the transaction’s EntityManager');
  return {
    async executeSql(text, values) {
      const client = (await runner.connect()) as DriverClient;
      return run(client, text, values ?? []);
    },
  };
}
