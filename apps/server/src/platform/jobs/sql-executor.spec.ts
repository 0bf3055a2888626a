import type { DataSource } from 'typeorm';
import { dataSourceExecutor } from './sql-executor.js';

/** A data source whose statements finish when the test says so. */
function heldDataSource() {
  const held: Array<() => void> = [];
  let released = 0;
  const dataSource = {
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
});
