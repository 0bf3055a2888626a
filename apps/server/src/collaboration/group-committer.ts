import type { DataSource } from 'typeorm';

interface Pending {
  documentId: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Appends updates to document_updates in grouped commits: whatever arrived while the
 * previous INSERT was in flight goes into the next one, as one multi-row statement. Under
 * light load each update is its own commit (no added delay); under heavy load commits
 * group themselves. A caller's promise resolves only once its row is durable.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private flushing = false;

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
  async drain(): Promise<void> {
    while (this.flushing || this.queue.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        const started = process.hrtime.bigint();
        try {
          const values: unknown[] = [];
          const rows = batch.map((item, i) => {
            values.push(
              item.documentId,
              Buffer.from(item.update.buffer, item.update.byteOffset, item.update.byteLength),
            );
            return `($${i * 2 + 1}, $${i * 2 + 2})`;
          });
          await this.dataSource.query(
            `INSERT INTO document_updates (document_id, "update") VALUES ${rows.join(', ')}`,
            values,
          );
          this.onCommit?.(batch.length, Number(process.hrtime.bigint() - started) / 1e9);
          for (const item of batch) item.resolve();
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
