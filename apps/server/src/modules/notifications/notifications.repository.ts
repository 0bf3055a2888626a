import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RecordedEvent } from '../events/index.js';
import type { NotificationKindDefinition } from './notification-kind.js';
import type { EmailState } from './notification.entity.js';
import type { EmailMode } from './notification-preference.entity.js';

export interface Preference {
  inApp: boolean;
  email: boolean;
  emailMode: EmailMode;
}

export interface CreatedNotification {
  id: string;
  userId: string;
  inApp: boolean;
  emailState: EmailState;
}

/** A notification as the centre shows it, with what a deep link needs. */
export interface NotificationRow {
  id: string;
  kind: string;
  createdAt: Date;
  readAt: Date | null;
  data: Record<string, unknown>;
  actorName: string | null;
  workspaceId: string;
  brandId: string | null;
  brandName: string | null;
  documentId: string | null;
  documentKind: string | null;
  documentTitle: string | null;
}

/** A place in the list, newest first: (created_at, id) of the last row shown. */
export interface Cursor {
  createdAt: string;
  id: string;
}

const ROW = `
  SELECT n.id, n.kind, n.created_at, n.read_at, n.data, n.workspace_id, n.brand_id, n.document_id,
         a.display_name AS actor_name, b.name AS brand_name, d.kind AS document_kind,
         d.title AS document_title
    FROM notifications n
    LEFT JOIN users a ON a.id = n.actor_id
    LEFT JOIN brands b ON b.id = n.brand_id
    LEFT JOIN documents d ON d.id = n.document_id`;

interface RawRow {
  id: string;
  kind: string;
  created_at: Date;
  read_at: Date | null;
  data: Record<string, unknown>;
  workspace_id: string;
  brand_id: string | null;
  document_id: string | null;
  actor_name: string | null;
  brand_name: string | null;
  document_kind: string | null;
  document_title: string | null;
}

/** The notifications module's statements; every read and write is scoped to one recipient. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each user's preference for the kind (the kind's defaults where they never chose). */
  async preferencesOf(
    userIds: readonly string[],
    kind: NotificationKindDefinition,
  ): Promise<Map<string, Preference>> {
    const rows = await this.dataSource.query<
      Array<{ user_id: string; in_app: boolean; email: boolean; email_mode: EmailMode }>
    >(
      `SELECT user_id, in_app, email, email_mode FROM notification_preferences
        WHERE kind = $1 AND user_id = ANY($2::uuid[])`,
      [kind.kind, userIds],
    );
    const chosen = new Map(rows.map((row) => [row.user_id, row]));
    return new Map(
      userIds.map((userId) => {
        const row = chosen.get(userId);
        return [
          userId,
          row ? { inApp: row.in_app, email: row.email, emailMode: row.email_mode } : kind.defaults,
        ];
      }),
    );
  }

  /** One user's choices, by kind (kinds never chosen are absent). */
  async preferencesOfUser(userId: string): Promise<Map<string, Preference>> {
    const rows = await this.dataSource.query<
      Array<{ kind: string; in_app: boolean; email: boolean; email_mode: EmailMode }>
    >('SELECT kind, in_app, email, email_mode FROM notification_preferences WHERE user_id = $1', [
      userId,
    ]);
    return new Map(
      rows.map((row) => [
        row.kind,
        { inApp: row.in_app, email: row.email, emailMode: row.email_mode },
      ]),
    );
  }

  async savePreferences(
    userId: string,
    choices: ReadonlyArray<Preference & { kind: string }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (choices.length === 0) return;
    await manager.query(
      `INSERT INTO notification_preferences (user_id, kind, in_app, email, email_mode)
       SELECT $1, * FROM unnest($2::varchar[], $3::boolean[], $4::boolean[], $5::varchar[])
       ON CONFLICT (user_id, kind) DO UPDATE
          SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, email_mode = EXCLUDED.email_mode`,
      [
        userId,
        choices.map((choice) => choice.kind),
        choices.map((choice) => choice.inApp),
        choices.map((choice) => choice.email),
        choices.map((choice) => choice.emailMode),
      ],
    );
  }

  /** Inserts the rows that do not exist yet (a job run twice inserts nothing the second time). */
  async insert(
    manager: EntityManager,
    kind: string,
    event: RecordedEvent,
    data: Record<string, unknown>,
    rows: ReadonlyArray<{ userId: string; inApp: boolean; emailState: EmailState }>,
  ): Promise<CreatedNotification[]> {
    const created = await manager.query<
      Array<{ id: string; user_id: string; in_app: boolean; email_state: EmailState }>
    >(
      `INSERT INTO notifications (user_id, in_app, email_state, kind, event_id, workspace_id,
                                  brand_id, document_id, actor_id, data, created_at)
       SELECT r.user_id, r.in_app, r.email_state, $4, $5, $6, $7, $8, $9, $10, $11
         FROM unnest($1::uuid[], $2::boolean[], $3::varchar[]) AS r(user_id, in_app, email_state)
         JOIN users u ON u.id = r.user_id
       ON CONFLICT ON CONSTRAINT "UQ_notifications_event_user_kind" DO NOTHING
       RETURNING id, user_id, in_app, email_state`,
      [
        rows.map((row) => row.userId),
        rows.map((row) => row.inApp),
        rows.map((row) => row.emailState),
        kind,
        event.id,
        event.workspaceId,
        event.brandId,
        event.documentId,
        event.actorId,
        JSON.stringify(data),
        event.occurredAt,
      ],
    );
    return created.map((row) => ({
      id: row.id,
      userId: row.user_id,
      inApp: row.in_app,
      emailState: row.email_state,
    }));
  }

  /** One page of a user's notifications, newest first, and whether more follow. */
  async page(
    userId: string,
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: NotificationRow[]; hasMore: boolean }> {
    const raw = await this.dataSource.query<RawRow[]>(
      `${ROW}
        WHERE n.user_id = $1 AND n.in_app
          AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2::timestamptz, $3::uuid))
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $4`,
      [userId, after?.createdAt ?? null, after?.id ?? null, first + 1],
    );
    return { rows: raw.slice(0, first).map(toRow), hasMore: raw.length > first };
  }

  /** One of the user's notifications (null when it is someone else's or unknown). */
  async findOwn(userId: string, id: string): Promise<NotificationRow | null> {
    const [raw] = await this.dataSource.query<RawRow[]>(
      `${ROW} WHERE n.id = $1 AND n.user_id = $2 AND n.in_app`,
      [id, userId],
    );
    return raw ? toRow(raw) : null;
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<[{ n: string }]>(
      'SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND in_app AND read_at IS NULL',
      [userId],
    );
    return Number(row.n);
  }

  /** How many of these ids are the user's own notifications. */
  async countOwn(userId: string, ids: readonly string[]): Promise<number> {
    const [row] = await this.dataSource.query<[{ n: string }]>(
      'SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND id = ANY($2::uuid[])',
      [userId, ids],
    );
    return Number(row.n);
  }

  /** Marks the user's unread notifications among ids (or all of them) read; answers how many. */
  async markRead(userId: string, ids: readonly string[] | 'all'): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids === 'all' ? null : ids],
    );
    return affected;
  }
}

function toRow(raw: RawRow): NotificationRow {
  return {
    id: raw.id,
    kind: raw.kind,
    createdAt: raw.created_at,
    readAt: raw.read_at,
    data: raw.data,
    actorName: raw.actor_name,
    workspaceId: raw.workspace_id,
    brandId: raw.brand_id,
    brandName: raw.brand_name,
    documentId: raw.document_id,
    documentKind: raw.document_kind,
    documentTitle: raw.document_title,
  };
}
