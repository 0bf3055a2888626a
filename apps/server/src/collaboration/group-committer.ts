import type { DataSource } from 'typeorm';

interface Pending {
  documentId: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** What the committer needs of a `pg` pool: a query with a named (prepared) statement. */
interface PgPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<unknown>;
}

/** Batches up to this many rows get a prepared statement of their own (per connection). */
const PREPARED_BATCH_SIZES = 16;

/**
 * Appends updates to document_updates in grouped commits: whatever arrived while the
 * previous INSERT was in flight goes into the next one, as one multi-row statement. Under
 * light load each update is its own commit (no added delay); under heavy load commits
 * group themselves. A caller's promise resolves only once its row is durable.
 *
 * On PostgreSQL the INSERT goes straight to the `pg` pool TypeORM already holds, as a
 * named prepared statement (parsed once per connection): the ORM's query path — query
 * runner, logger, result mapping — cost more than the statement on this hot path. On
 * PGlite (no pool) it goes through the data source.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private flushing = false;
  private idle: Array<() => void> = [];
  /** Looked up at the first insert (the data source is initialised by then). */
  private pool: PgPool | null | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxBatch = 500,
    private readonly onCommit?: (rows: number, seconds: number) => void,
  ) {}

  append(documentId: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ documentId, update, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** Resolves when everything queued so far is durable (or failed). */
  drain(): Promise<void> {
    if (!this.flushing && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        const started = process.hrtime.bigint();
        try {
          await this.insert(batch);
          this.onCommit?.(batch.length, Number(process.hrtime.bigint() - started) / 1e9);
          for (const item of batch) item.resolve();
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.flushing = false;
      const waiting = this.idle;
      this.idle = [];
      for (const resolve of waiting) resolve();
    }
  }

  private insert(batch: Pending[]): Promise<unknown> {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const [i, item] of batch.entries()) {
      values.push(
        item.documentId,
        Buffer.from(item.update.buffer, item.update.byteOffset, item.update.byteLength),
      );
      rows.push(`($${i * 2 + 1}, $${i * 2 + 2})`);
    }
    const text = `INSERT INTO document_updates (document_id, "update") VALUES ${rows.join(', ')}`;
    if (this.pool === undefined) this.pool = pgPoolOf(this.dataSource);
    if (!this.pool) return this.dataSource.query(text, values);
    const name =
      batch.length <= PREPARED_BATCH_SIZES ? `chorus_collab_append_${batch.length}` : undefined;
    return this.pool.query({ name, text, values });
  }
}

/** The `pg` pool behind a TypeORM PostgreSQL data source; null for PGlite (a driver of ours). */
function pgPoolOf(dataSource: DataSource): PgPool | null {
  const options = dataSource.options as { type: string; driver?: unknown };
  if (options.type !== 'postgres' || options.driver) return null;
  const master = (dataSource.driver as { master?: Partial<PgPool> }).master;
  return typeof master?.query === 'function' ? (master as PgPool) : null;
}
