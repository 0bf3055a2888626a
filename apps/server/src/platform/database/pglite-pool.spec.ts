import { DataSource } from 'typeorm';
import { createPgliteDriver } from './pglite-pool.js';

describe('the PGlite driver for TypeORM', () => {
  let dataSource: DataSource;
  let driver: ReturnType<typeof createPgliteDriver>;

  beforeAll(async () => {
    driver = createPgliteDriver({ dataDir: 'memory://' });
    dataSource = await new DataSource({
      type: 'postgres',
      driver,
      database: 'postgres',
      uuidExtension: 'pgcrypto',
      installExtensions: false,
    }).initialize();
    await dataSource.query(
      'CREATE TABLE item (id int PRIMARY KEY, note text, big bigint, raw bytea)',
    );
  }, 60_000);

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('keeps a rolled-back insert out even while another transaction commits', async () => {
    const committing = dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO item (id, note) VALUES (1, $1)', ['kept']);
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const rollingBack = dataSource
      .transaction(async (manager) => {
        await manager.query('INSERT INTO item (id, note) VALUES (2, $1)', ['discarded']);
        throw new Error('abort');
      })
      .catch((error: Error) => error.message);
    await expect(Promise.all([committing, rollingBack])).resolves.toEqual([undefined, 'abort']);
    const rows = await dataSource.query<Array<{ id: number }>>('SELECT id FROM item ORDER BY id');
    expect(rows.map((row) => row.id)).toEqual([1]);
  });

  it('turns a failed query into a rejected promise the caller can catch', async () => {
    await expect(dataSource.query('SELECT * FROM missing_table')).rejects.toThrow(/missing_table/);
    await expect(dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });

  it('parses bigint as a string and bytea as a Buffer, like pg', async () => {
    await dataSource.query('INSERT INTO item (id, big, raw) VALUES (3, $1, $2)', [
      '9007199254740993',
      Buffer.from([1, 2, 255]),
    ]);
    const [row] = await dataSource.query<Array<{ big: string; raw: Buffer }>>(
      'SELECT big, raw FROM item WHERE id = 3',
    );
    expect(row?.big).toBe('9007199254740993');
    expect(Buffer.isBuffer(row?.raw)).toBe(true);
    expect([...(row?.raw ?? [])]).toEqual([1, 2, 255]);
  });

  it('reports affected rows for updates and deletes', async () => {
    const result = await dataSource
      .createQueryBuilder()
      .update('item')
      .set({ note: 'changed' })
      .where('id IN (1, 3)')
      .execute();
    expect(result.affected).toBe(2);
  });
});
