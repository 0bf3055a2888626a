import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuditCursor, AuditFilter } from './audit-filter.js';

/** One audit entry with the names a reader needs. */
export interface AuditEntryView {
  id: string;
  occurredAt: Date;
  /** occurred_at as PostgreSQL prints it (microseconds kept), for the cursor. */
  occurredKey: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  brandId: string | null;
  brandName: string | null;
  documentId: string | null;
  documentTitle: string | null;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

interface Row {
  id: string;
  occurred_at: Date;
  occurred_key: string;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  brand_id: string | null;
  brand_name: string | null;
  document_id: string | null;
  document_title: string | null;
  subject_type: string;
  subject_id: string;
  data: Record<string, unknown>;
}

/**
 * Keyset pages of a workspace's audit log, newest first, ordered by
 * (occurred_at, id) and served by the (workspace_id, …, occurred_at, id) indexes.
 */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    workspaceId: string,
    filter: AuditFilter,
    after: AuditCursor | undefined,
    limit: number,
  ): Promise<AuditEntryView[]> {
    const values: unknown[] = [workspaceId];
    const where = ['a.workspace_id = $1'];
    const add = (sql: (param: string) => string, value: unknown): void => {
      values.push(value);
      where.push(sql(`$${values.length}`));
    };
    if (filter.actorId) add((p) => `a.actor_id = ${p}`, filter.actorId);
    if (filter.brandId) add((p) => `a.brand_id = ${p}`, filter.brandId);
    if (filter.action) add((p) => `a.action = ${p}`, filter.action);
    if (filter.from) add((p) => `a.occurred_at >= ${p}`, filter.from);
    if (filter.to) add((p) => `a.occurred_at < ${p}`, filter.to);
    if (after) {
      values.push(after.at, after.id);
      where.push(
        `(a.occurred_at, a.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`,
      );
    }
    values.push(limit);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT a.id, a.occurred_at, a.occurred_at::text AS occurred_key, a.action,
              a.actor_id, u.display_name AS actor_name, a.brand_id, b.name AS brand_name,
              a.document_id, d.title AS document_title, a.subject_type, a.subject_id, a.data
         FROM audit_entries a
         LEFT JOIN users u ON u.id = a.actor_id
         LEFT JOIN brands b ON b.id = a.brand_id
         LEFT JOIN documents d ON d.id = a.document_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT $${values.length}`,
      values,
    );
    return rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at,
      occurredKey: row.occurred_key,
      action: row.action,
      actorId: row.actor_id,
      actorName: row.actor_name,
      brandId: row.brand_id,
      brandName: row.brand_name,
      documentId: row.document_id,
      documentTitle: row.document_title,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      data: row.data,
    }));
  }
}
