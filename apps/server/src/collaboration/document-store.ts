import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { MetricsService } from '../platform/health/index.js';
import { GroupCommitter } from './group-committer.js';

export interface LoadedState {
  doc: Y.Doc;
  /** Update rows not yet folded into the snapshot. */
  pendingRows: number;
}

/**
 * Where documents live: a snapshot (one Yjs update of everything folded so far) plus the
 * update rows appended since. Loading applies the snapshot and every remaining row — never
 * "rows after seq N", so a row committed late is never skipped. Compaction rebuilds the
 * document from those, writes a new snapshot and deletes exactly the rows it read.
 */
@Injectable()
export class DocumentStore {
  readonly committer: GroupCommitter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    metrics: MetricsService,
  ) {
    this.committer = new GroupCommitter(dataSource, 500, (rows, seconds) => {
      metrics.collabPersistSeconds.observe(seconds);
      metrics.collabPersistedUpdates.inc(rows);
    });
  }

  append(documentId: string, update: Uint8Array): Promise<void> {
    return this.committer.append(documentId, update);
  }

  /**
   * Reads the snapshot and every remaining row in one statement (one snapshot of the
   * database, so a compaction committing meanwhile is seen whole or not at all) and
   * applies them in one transaction.
   */
  async load(documentId: string): Promise<LoadedState> {
    const rows = await this.dataSource.query<Array<{ part: number; data: Buffer }>>(
      `SELECT part, data FROM (
         SELECT 0 AS part, 0::bigint AS seq, state AS data
           FROM document_snapshots WHERE document_id = $1
         UNION ALL
         SELECT 1, seq, "update" FROM document_updates WHERE document_id = $1
       ) AS parts ORDER BY part, seq`,
      [documentId],
    );
    // A guid of our own: Yjs would otherwise draw a random UUID per document.
    const doc = new Y.Doc({ gc: true, guid: documentId });
    doc.transact(() => {
      for (const row of rows) Y.applyUpdate(doc, row.data);
    }, 'store');
    const snapshots = rows.length > 0 && rows[0]!.part === 0 ? 1 : 0;
    return { doc, pendingRows: rows.length - snapshots };
  }

  /**
   * Folds the document's update rows into its snapshot, under a per-document advisory
   * lock (another instance compacting the same document skips). Returns the rows folded.
   */
  async compact(documentId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<[{ locked: boolean }]>(
        "SELECT pg_try_advisory_xact_lock(hashtext('chorus.compact'), hashtext($1)) AS locked",
        [documentId],
      );
      if (!locked) return 0;
      const rows = await manager.query<Array<{ seq: string; update: Buffer }>>(
        'SELECT seq, "update" FROM document_updates WHERE document_id = $1 ORDER BY seq',
        [documentId],
      );
      if (rows.length === 0) return 0;
      const [snapshot] = await manager.query<Array<{ state: Buffer }>>(
        'SELECT state FROM document_snapshots WHERE document_id = $1 FOR UPDATE',
        [documentId],
      );
      const doc = new Y.Doc({ gc: true });
      if (snapshot) Y.applyUpdate(doc, snapshot.state);
      for (const row of rows) Y.applyUpdate(doc, row.update);
      const state = Buffer.from(Y.encodeStateAsUpdate(doc));
      doc.destroy();
      const lastSeq = rows[rows.length - 1]!.seq;
      await manager.query(
        `INSERT INTO document_snapshots (document_id, state, last_seq, size_bytes, updated_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (document_id) DO UPDATE
           SET state = EXCLUDED.state, last_seq = EXCLUDED.last_seq,
               size_bytes = EXCLUDED.size_bytes, updated_at = now()`,
        [documentId, state, lastSeq, state.length],
      );
      await manager.query(
        'DELETE FROM document_updates WHERE document_id = $1 AND seq = ANY($2::bigint[])',
        [documentId, rows.map((row) => row.seq)],
      );
      return rows.length;
    });
  }

  /** Documents with at least `minRows` rows waiting to be folded. */
  async documentsToCompact(minRows: number, limit = 20): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ document_id: string }>>(
      `SELECT document_id FROM document_updates GROUP BY document_id
        HAVING count(*) >= $1 ORDER BY count(*) DESC LIMIT $2`,
      [minRows, limit],
    );
    return rows.map((row) => row.document_id);
  }
}
