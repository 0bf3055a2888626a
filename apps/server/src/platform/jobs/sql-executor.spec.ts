import type { DataSource } from 'typeorm';
import { dataSourceExecutor } from './sql-executor.js';

/** A data source whose statements finish when the test says so. */
function heldDataSource() {
  const held: Array<() => void> = [];
  let released = 0;
  const dataSource = {
    isInitialized: true,
    createQueryRunner: () => ({
      connect: () =>
        Promise.resolve({
          query: () =>
            new Promise<{ rows: unknown[] }>((resolve) => held.push(() => resolve({ rows: [] }))),
        }),
      release: () => {
        released += 1;
        return Promise.resolve();
      },
    }),
  } as unknown as DataSource;
  return { dataSource, held, released: () => released };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('dataSourceExecutor', () => {
  it('settles only once the statements started without being awaited have finished', async () => {
    const { dataSource, held, released } = heldDataSource();
    const executor = dataSourceExecutor(dataSource);
    // pg-boss marks a job complete this way: the statement is started and not awaited.
    void executor.executeSql('UPDATE pgboss.job SET state = $1', ['completed']);
    await tick();

    let settled = false;
    const settling = executor.settle().then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);

    held[0]?.();
    await settling;
    expect(settled).toBe(true);
    expect(released()).toBe(1);
  });

  it('waits for a statement that starts while it is settling', async () => {
    const { dataSource, held } = heldDataSource();
    const executor = dataSourceExecutor(dataSource);
    const first = executor.executeSql('SELECT 1', []);
    await tick();
    const settling = executor.settle();
    const second = executor.executeSql('SELECT 2', []);
    await tick();
    held[0]?.();
    await first;
    let settled = false;
    void settling.then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    held[1]?.();
    await second;
    await settling;
    expect(settled).toBe(true);
  });

  it('answers settle at once when nothing runs', async () => {
    const { dataSource } = heldDataSource();
    await expect(dataSourceExecutor(dataSource).settle()).resolves.toBeUndefined();
  });

  it('drops a statement that comes after the data source closed instead of rejecting it', async () => {
    const { dataSource } = heldDataSource();
    const dropped: string[] = [];
    const executor = dataSourceExecutor(dataSource, (text) => dropped.push(text));
    (dataSource as { isInitialized: boolean }).isInitialized = false;
    // pg-boss completes a job that outlived shutdown without awaiting the statement.
    await expect(
      executor.executeSql('UPDATE pgboss.job SET state = $1', ['completed']),
    ).resolves.toEqual({ rows: [] });
    expect(dropped).toEqual(['UPDATE pgboss.job SET state = $1']);
  });

  it('answers a dropped statement with no rows whose first row still counts 0 (pg-boss reads it)', async () => {
    const { dataSource } = heldDataSource();
    const executor = dataSourceExecutor(dataSource);
    executor.close();
    const result = await executor.executeSql('UPDATE pgboss.job SET state = $1', ['failed']);
    expect(result.rows).toHaveLength(0);
    expect([...result.rows]).toEqual([]);
    // What pg-boss's complete/fail/cancel do with the answer (mapCommandResponse).
    expect(parseInt((result.rows[0] as { count: string }).count)).toBe(0);
  });

  it('drops a statement whose connection the closing data source cut, and rejects other failures', async () => {
    let initialized = true;
    const dataSource = {
      get isInitialized() {
        return initialized;
      },
      createQueryRunner: () => ({
        connect: () => Promise.reject(new Error('Driver not Connected')),
        release: () => Promise.reject(new Error('already released')),
      }),
    } as unknown as DataSource;
    const dropped: string[] = [];
    const executor = dataSourceExecutor(dataSource, (text) => dropped.push(text));
    await expect(executor.executeSql('SELECT 1', [])).rejects.toThrow('Driver not Connected');
    initialized = false;
    await expect(executor.executeSql('SELECT 2', [])).resolves.toEqual({ rows: [] });
    expect(dropped).toEqual(['SELECT 2']);
  });

  it('drops what comes after close, while the data source is still open', async () => {
    const { dataSource, held } = heldDataSource();
    const dropped: string[] = [];
    const executor = dataSourceExecutor(dataSource, (text) => dropped.push(text));
    executor.close();
    await expect(executor.executeSql('SELECT 1', [])).resolves.toEqual({ rows: [] });
    expect(held).toHaveLength(0);
    expect(dropped).toEqual(['SELECT 1']);
  });
});
