import { PERMISSIONS } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APPROVABLE_KINDS } from './approval-steps.js';

/**
 * One row of "waiting on me" as the statement answers it, lean: times as epoch
 * milliseconds, and the parts a list rarely shows (steps, approvers, decisions) as JSON
 * text parsed only when a query asks for them (`WaitingRequestModel`).
 */
export interface WaitingRow {
  id: string;
  document_id: string;
  brand_id: string;
  document_kind: string;
  document_title: string;
  flow_id: string | null;
  flow_name: string;
  status: string;
  round: number;
  current_step: number;
  version_id: string;
  submitted_by: string | null;
  submitter_name: string | null;
  needs_attention: boolean;
  step_opened_ms: number;
  created_ms: number;
  closed_ms: number | null;
  steps_json: string;
  approver_ids_json: string;
  decisions_json: string;
}

/** Epoch milliseconds of a timestamptz, as a float8 the driver reads with parseFloat. */
const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

/**
 * "Waiting on me" in ONE statement: requests whose open step waits on the person and that
 * they have not decided, oldest first, with their decisions — only those whose kind they
 * still may approve on the brand (the matrix's roles for each kind's approve action, given
 * as parameters; the person's roles read once per brand).
 */
@Injectable()
export class ApprovalWaitingQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rows(userId: string, limit: number): Promise<WaitingRow[]> {
    return this.dataSource.query<WaitingRow[]>(
      `WITH mine AS (
         SELECT r.id, r.document_id, r.brand_id, r.document_kind, r.flow_id, r.flow_name,
                r.status, r.round, r.current_step, r.version_id, r.submitted_by,
                r.needs_attention, r.step_opened_at, r.created_at, r.closed_at, r.steps,
                r.open_approver_ids, d.title AS document_title, u.display_name AS submitter_name
           FROM approval_requests r
           JOIN documents d ON d.id = r.document_id AND d.archived_at IS NULL
           LEFT JOIN users u ON u.id = r.submitted_by
          WHERE r.status = 'pending' AND r.open_approver_ids @> ARRAY[$1]::uuid[]
            AND NOT EXISTS (
                  SELECT 1 FROM approval_decisions x
                   WHERE x.request_id = r.id AND x.round = r.round
                     AND x.step_index = r.current_step AND x.user_id = $1)
          ORDER BY r.step_opened_at, r.id
          LIMIT $2),
       -- The person's roles once per brand, not once per request: MATERIALIZED, or the
       -- planner inlines it and evaluates the roles subquery on every joined row.
       held AS MATERIALIZED (
         SELECT b.brand_id, ARRAY(
                  SELECT wm.role::text
                    FROM workspace_members wm JOIN brands br ON br.workspace_id = wm.workspace_id
                   WHERE br.id = b.brand_id AND wm.user_id = $1
                  UNION ALL
                  SELECT unnest(tm.roles)::text
                    FROM team_members tm JOIN brand_teams bt ON bt.team_id = tm.team_id
                   WHERE bt.brand_id = b.brand_id AND tm.user_id = $1
                ) AS roles
           FROM (SELECT DISTINCT brand_id FROM mine) b)
       SELECT m.id, m.document_id, m.brand_id, m.document_kind, m.document_title, m.flow_id,
              m.flow_name, m.status, m.round, m.current_step, m.version_id, m.submitted_by,
              m.submitter_name, m.needs_attention,
              ${ms('m.step_opened_at')} AS step_opened_ms, ${ms('m.created_at')} AS created_ms,
              ${ms('m.closed_at')} AS closed_ms,
              m.steps::text AS steps_json,
              array_to_json(m.open_approver_ids)::text AS approver_ids_json,
              COALESCE((
                SELECT json_agg(json_build_object(
                         'id', x.id, 'requestId', x.request_id, 'round', x.round,
                         'stepIndex', x.step_index, 'versionId', x.version_id, 'userId', x.user_id,
                         'userName', COALESCE(xu.display_name, x.guest_name),
                         'byClient', x.guest_session_id IS NOT NULL, 'clientLabel', x.guest_label,
                         'decision', x.decision, 'comment', x.comment,
                         'late', x.late, 'createdAt', ${ms('x.created_at')})
                         ORDER BY x.created_at, x.id)::text
                  FROM approval_decisions x LEFT JOIN users xu ON xu.id = x.user_id
                 WHERE x.request_id = m.id), '[]') AS decisions_json
         FROM mine m JOIN held h ON h.brand_id = m.brand_id
        WHERE h.roles && (CASE m.document_kind
                            WHEN 'post' THEN $3::text[]
                            WHEN 'strategy' THEN $4::text[]
                            WHEN 'media_plan' THEN $5::text[] END)
        ORDER BY m.step_opened_at, m.id`,
      [
        userId,
        limit,
        PERMISSIONS[APPROVABLE_KINDS.post].roles,
        PERMISSIONS[APPROVABLE_KINDS.strategy].roles,
        PERMISSIONS[APPROVABLE_KINDS.media_plan].roles,
      ],
    );
  }
}
