import type { PostStatus } from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A post as the calendar and the post's page read it: metadata joined with names. */
export interface PostRow {
  id: string;
  brandId: string;
  workspaceId: string;
  title: string;
  networks: string[];
  publishAt: Date | null;
  publishAtLocal: string | null;
  timeZone: string;
  format: string;
  categoryId: string | null;
  categoryName: string | null;
  categoryKey: string | null;
  categoryColor: string | null;
  categoryPromotional: boolean | null;
  promotionalOverride: boolean | null;
  promotional: boolean;
  goalId: string | null;
  mediaPlanId: string | null;
  mediaPlanRowId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  status: PostStatus;
  /** The status of its latest approval request (pending, approved…), or null: never submitted. */
  approvalStatus: string | null;
  /** Whether an approval flow applies to it (its pick, or the brand's default for posts). */
  needsApproval: boolean;
  documentArchivedAt: Date | null;
  brandArchivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CalendarQuery {
  brandId: string;
  from: Date;
  to: Date;
  networks: string[] | null;
  statuses: string[];
  categoryIds: string[] | null;
  goalIds: string[] | null;
  mediaPlanRowIds: string[] | null;
  assigneeIds: string[] | null;
  includeUnscheduled: boolean;
  limit: number;
}

/** What the content mix counts of one post. */
export interface MixRow {
  localDay: string;
  promotional: boolean;
  categoryId: string | null;
  categoryName: string | null;
  categoryColor: string | null;
  networks: string[];
}

/**
 * A timestamp as milliseconds since the epoch (float8): the driver reads a number where it
 * would run a date-string parser per value, which a 1,000-post calendar pays 5,000 times.
 */
const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

const SELECT_POST = `
  SELECT p.document_id AS id, p.brand_id, b.workspace_id, d.title, p.networks,
         ${epochMs('p.publish_at')} AS publish_at,
         to_char(p.publish_at AT TIME ZONE b.time_zone, 'YYYY-MM-DD"T"HH24:MI') AS publish_at_local,
         b.time_zone, p.format, p.category_id, c.name AS category_name, c.key AS category_key,
         c.color AS category_color, c.promotional AS category_promotional,
         p.promotional AS promotional_override,
         COALESCE(p.promotional, c.promotional, false) AS promotional,
         p.goal_id, p.media_plan_id, p.media_plan_row_id, p.assignee_id,
         u.display_name AS assignee_name, p.status,
         ${epochMs('d.archived_at')} AS document_archived_at,
         ${epochMs('b.archived_at')} AS brand_archived_at,
         ${epochMs('p.created_at')} AS created_at, ${epochMs('p.updated_at')} AS updated_at,
         (SELECT ar.status FROM approval_requests ar WHERE ar.document_id = p.document_id
           ORDER BY ar.created_at DESC LIMIT 1) AS approval_status,
         (fc.document_id IS NOT NULL OR df.id IS NOT NULL) AS needs_approval
    FROM posts p
    JOIN documents d ON d.id = p.document_id
    JOIN brands b ON b.id = p.brand_id
    LEFT JOIN content_categories c ON c.id = p.category_id
    LEFT JOIN users u ON u.id = p.assignee_id
    -- A flow applies: the post picked one, or its brand has a default for posts (at most
    -- one row each: a primary key and a partial unique index), joined once, not per row.
    LEFT JOIN approval_flow_choices fc ON fc.document_id = p.document_id
    LEFT JOIN approval_flows df
      ON df.brand_id = p.brand_id AND df.document_kind = 'post' AND df.is_default`;

/** The post module's SQL: one statement per read, whatever the number of posts. */
@Injectable()
export class PostsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One post, or null; `lock` takes the row for the caller's transaction (FOR UPDATE). */
  async findOne(
    postId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<PostRow | null> {
    const rows = await manager.query<RawPost[]>(
      `${SELECT_POST} WHERE p.document_id = $1${lock ? ' FOR UPDATE OF p' : ''}`,
      [postId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * A range of one brand's calendar in ONE statement: posts of active documents whose
   * publish time is in [from, to) (and, when asked, those without one), filtered,
   * with category, assignee and local time joined in.
   */
  async calendar(query: CalendarQuery): Promise<PostRow[]> {
    const rows = await this.dataSource.query<RawPost[]>(
      `${SELECT_POST}
        WHERE p.brand_id = $1 AND d.archived_at IS NULL
          AND ((p.publish_at >= $2 AND p.publish_at < $3) OR ($4 AND p.publish_at IS NULL))
          AND p.status = ANY($5::text[])
          AND ($6::text[] IS NULL OR p.networks && $6::varchar[])
          AND ($7::uuid[] IS NULL OR p.category_id = ANY($7::uuid[]))
          AND ($8::text[] IS NULL OR p.goal_id = ANY($8::text[]))
          AND ($9::text[] IS NULL OR p.media_plan_row_id = ANY($9::text[]))
          AND ($10::uuid[] IS NULL OR p.assignee_id = ANY($10::uuid[]))
        ORDER BY p.publish_at ASC NULLS LAST, d.title, p.document_id
        LIMIT $11`,
      [
        query.brandId,
        query.from,
        query.to,
        query.includeUnscheduled,
        query.statuses,
        query.networks,
        query.categoryIds,
        query.goalIds,
        query.mediaPlanRowIds,
        query.assigneeIds,
        query.limit,
      ],
    );
    return rows.map(toRow);
  }

  /** What the content mix counts, in ONE statement: planned posts of active documents in [from, to). */
  async mixRows(brandId: string, timeZone: string, from: Date, to: Date): Promise<MixRow[]> {
    const rows = await this.dataSource.query<
      Array<{
        local_day: string;
        promotional: boolean;
        category_id: string | null;
        category_name: string | null;
        category_color: string | null;
        networks: string[];
      }>
    >(
      `SELECT to_char(p.publish_at AT TIME ZONE $2, 'YYYY-MM-DD') AS local_day,
              COALESCE(p.promotional, c.promotional, false) AS promotional,
              p.category_id, c.name AS category_name, c.color AS category_color, p.networks
         FROM posts p
         JOIN documents d ON d.id = p.document_id
         LEFT JOIN content_categories c ON c.id = p.category_id
        WHERE p.brand_id = $1 AND d.archived_at IS NULL AND p.status <> 'archived'
          AND p.publish_at >= $3 AND p.publish_at < $4`,
      [brandId, timeZone, from, to],
    );
    return rows.map((row) => ({
      localDay: row.local_day,
      promotional: row.promotional,
      categoryId: row.category_id,
      categoryName: row.category_name,
      categoryColor: row.category_color,
      networks: row.networks,
    }));
  }
}

interface RawPost {
  id: string;
  brand_id: string;
  workspace_id: string;
  title: string;
  networks: string[];
  publish_at: number | null;
  publish_at_local: string | null;
  time_zone: string;
  format: string;
  category_id: string | null;
  category_name: string | null;
  category_key: string | null;
  category_color: string | null;
  category_promotional: boolean | null;
  promotional_override: boolean | null;
  promotional: boolean;
  goal_id: string | null;
  media_plan_id: string | null;
  media_plan_row_id: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  status: PostStatus;
  approval_status: string | null;
  needs_approval: boolean;
  document_archived_at: number | null;
  brand_archived_at: number | null;
  created_at: number;
  updated_at: number;
}

function toRow(raw: RawPost): PostRow {
  return {
    id: raw.id,
    brandId: raw.brand_id,
    workspaceId: raw.workspace_id,
    title: raw.title,
    networks: raw.networks,
    publishAt: toDate(raw.publish_at),
    publishAtLocal: raw.publish_at_local,
    timeZone: raw.time_zone,
    format: raw.format,
    categoryId: raw.category_id,
    categoryName: raw.category_name,
    categoryKey: raw.category_key,
    categoryColor: raw.category_color,
    categoryPromotional: raw.category_promotional,
    promotionalOverride: raw.promotional_override,
    promotional: raw.promotional,
    goalId: raw.goal_id,
    mediaPlanId: raw.media_plan_id,
    mediaPlanRowId: raw.media_plan_row_id,
    assigneeId: raw.assignee_id,
    assigneeName: raw.assignee_name,
    status: raw.status,
    approvalStatus: raw.approval_status,
    needsApproval: raw.needs_approval,
    documentArchivedAt: toDate(raw.document_archived_at),
    brandArchivedAt: toDate(raw.brand_archived_at),
    createdAt: new Date(raw.created_at),
    updatedAt: new Date(raw.updated_at),
  };
}

function toDate(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}
