import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EmailState } from '../notification.entity.js';

/** A notification with what its email needs: the recipient's address and language, names. */
export interface EmailItem {
  id: string;
  userId: string;
  kind: string;
  emailState: EmailState;
  data: Record<string, unknown>;
  actorName: string | null;
  brandName: string | null;
  workspaceId: string;
  brandId: string | null;
  documentId: string | null;
  email: string;
  language: string | null;
  createdAt: Date;
}

const ITEM = `
  SELECT n.id, n.user_id, n.kind, n.email_state, n.data, n.workspace_id, n.brand_id,
         n.document_id, n.created_at, a.display_name AS actor_name, b.name AS brand_name,
         u.email, u.interface_language
    FROM notifications n
    JOIN users u ON u.id = n.user_id
    LEFT JOIN users a ON a.id = n.actor_id
    LEFT JOIN brands b ON b.id = n.brand_id`;

interface RawItem {
  id: string;
  user_id: string;
  kind: string;
  email_state: EmailState;
  data: Record<string, unknown>;
  workspace_id: string;
  brand_id: string | null;
  document_id: string | null;
  created_at: Date;
  actor_name: string | null;
  brand_name: string | null;
  email: string;
  interface_language: string | null;
}

/** The email side's statements. */
@Injectable()
export class EmailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async item(id: string): Promise<EmailItem | null> {
    const [raw] = await this.dataSource.query<RawItem[]>(`${ITEM} WHERE n.id = $1`, [id]);
    return raw ? toItem(raw) : null;
  }

  /** Recipients with notifications waiting for the digest (a batch of them). */
  async digestRecipients(limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ user_id: string }>>(
      `SELECT DISTINCT user_id FROM notifications WHERE email_state = 'digest' LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.user_id);
  }

  /** One recipient's waiting digest items, oldest first. */
  async digestItems(userId: string): Promise<EmailItem[]> {
    const rows = await this.dataSource.query<RawItem[]>(
      `${ITEM} WHERE n.user_id = $1 AND n.email_state = 'digest' ORDER BY n.created_at, n.id`,
      [userId],
    );
    return rows.map(toItem);
  }

  /** Moves rows from one email state to another (only those still in `from`). */
  async setState(ids: readonly string[], from: EmailState, to: EmailState): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE notifications SET email_state = $3 WHERE id = ANY($1::uuid[]) AND email_state = $2`,
      [ids, from, to],
    );
  }

  /** Drops a recipient's waiting emails of some kinds (they unsubscribed). */
  async skipWaiting(userId: string, kinds: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET email_state = 'skipped'
        WHERE user_id = $1 AND kind = ANY($2::varchar[]) AND email_state IN ('queued', 'digest')`,
      [userId, kinds],
    );
  }

  async languageOf(userId: string): Promise<string | null | undefined> {
    const [row] = await this.dataSource.query<Array<{ interface_language: string | null }>>(
      'SELECT interface_language FROM users WHERE id = $1',
      [userId],
    );
    return row ? row.interface_language : undefined;
  }
}

function toItem(raw: RawItem): EmailItem {
  return {
    id: raw.id,
    userId: raw.user_id,
    kind: raw.kind,
    emailState: raw.email_state,
    data: raw.data,
    actorName: raw.actor_name,
    brandName: raw.brand_name,
    workspaceId: raw.workspace_id,
    brandId: raw.brand_id,
    documentId: raw.document_id,
    email: raw.email,
    language: raw.interface_language,
    createdAt: raw.created_at,
  };
}
