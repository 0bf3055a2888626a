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

/**
 * The rows of a dropped statement: none to iterate, yet `rows[0].count` reads "0". pg-boss
 * reads that unguarded after complete, fail and cancel (`parseInt(result.rows[0].count)`),
 * so a plain `[]` made a job that outlived shutdown throw there, unawaited, as an unhandled
 * rejection in whatever ran next (a test file's 100 tests failed with it under load).
 */
function noRows(): unknown[] {
  const none = { count: '0' };
  return new Proxy<unknown[]>([], {
    get: (target, key, receiver): unknown =>
      key === '0' ? none : (Reflect.get(target, key, receiver) as unknown),
  });
}

/** An executor that can wait for the statements it has started. */
export interface SettlingExecutor extends SqlExecutor {
  /** Resolves once no statement it started is still running. */
  settle(): Promise<void>;
  /** From now on, statements are dropped (the data source is about to close). */
  close(): void;
}

/**
 * Runs pg-boss's statements through the app's data source, one query runner per
 * statement: on PGlite that runner holds the single session, so pg-boss's calls
 * queue behind TypeORM's instead of interleaving with a transaction.
 *
 * pg-boss marks a finished job complete without awaiting it; {@link SettlingExecutor.settle}
 * lets shutdown wait for such statements before the data source closes under them.
 *
 * A job still running when shutdown gave up waiting finishes after the data source closed;
 * pg-boss then completes or fails it without awaiting, and a rejection there would surface
 * as an unhandled error somewhere else entirely. Such a statement is dropped instead
 * (`onDropped` is told): the job stays active in the table, expires and is retried, as any
 * job of a process that stopped mid-way — handlers are written to run more than once.
 */
export function dataSourceExecutor(
  dataSource: DataSource,
  onDropped: (text: string) => void = () => {},
): SettlingExecutor {
  const running = new Set<Promise<unknown>>();
  let closed = false;
  const open = () => !closed && dataSource.isInitialized;
  const dropped = (text: string) => {
    onDropped(text);
    return { rows: noRows() };
  };
  return {
    executeSql(text, values) {
      const statement = (async () => {
        if (!open()) return dropped(text);
        const runner = dataSource.createQueryRunner();
        try {
          const client = (await runner.connect()) as DriverClient;
          return await run(client, text, values);
        } catch (error) {
          if (!open()) return dropped(text);
          throw error;
        } finally {
          await runner.release().catch(() => undefined);
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
    close() {
      closed = true;
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
