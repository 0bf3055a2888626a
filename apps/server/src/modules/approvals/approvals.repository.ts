import { can, type Role } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../access/index.js';
import { ApprovalRequestEntity } from './approval-request.entity.js';
import {
  APPROVABLE_KINDS,
  CLIENT_APPROVER,
  stepRoles,
  stepUserIds,
  type ApprovableKind,
  type FlowStep,
} from './approval-steps.js';

/** A person of the brand's workspace and their roles on the brand. */
export interface BrandPerson {
  userId: string;
  name: string;
  roles: Role[];
}

/** A request with the names lists show. */
export interface RequestRow {
  request: ApprovalRequestEntity;
  documentTitle: string;
  submitterName: string | null;
}

export interface DecisionRow {
  id: string;
  requestId: string;
  round: number;
  stepIndex: number;
  versionId: string;
  userId: string | null;
  userName: string | null;
  /** Set for a client's decision (an approve share link): the name they gave and the link's label. */
  guestName: string | null;
  guestLabel: string | null;
  decision: string;
  comment: string | null;
  late: boolean;
  createdAt: Date;
}

/** The queries of approvals that are more than a lookup by id. */
@Injectable()
export class ApprovalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everyone of the brand's workspace with their roles on the brand, in ONE statement. */
  async brandPeople(
    brandId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BrandPerson[]> {
    const rows = await manager.query<Array<{ user_id: string; name: string; roles: Role[] }>>(
      `SELECT wm.user_id, u.display_name AS name,
              ARRAY(
                SELECT DISTINCT r FROM (
                  SELECT wm.role::text AS r
                  UNION ALL
                  SELECT unnest(tm.roles)::text
                    FROM team_members tm JOIN brand_teams bt ON bt.team_id = tm.team_id
                   WHERE bt.brand_id = b.id AND tm.user_id = wm.user_id
                ) AS all_roles
              ) AS roles
         FROM brands b
         JOIN workspace_members wm ON wm.workspace_id = b.workspace_id
         JOIN users u ON u.id = wm.user_id
        WHERE b.id = $1
        ORDER BY wm.user_id`,
      [brandId],
    );
    return rows.map((row) => ({ userId: row.user_id, name: row.name, roles: row.roles }));
  }

  /** Loads a request, locking its row for the rest of the transaction. */
  async lock(manager: EntityManager, requestId: string): Promise<ApprovalRequestEntity | null> {
    if (!isUuid(requestId)) return null;
    return manager
      .createQueryBuilder(ApprovalRequestEntity, 'r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id: requestId })
      .getOne();
  }

  /** The document's open or approved request (the one an edit reopens), if any. */
  async active(
    documentId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ApprovalRequestEntity | null> {
    const query = manager
      .createQueryBuilder(ApprovalRequestEntity, 'r')
      .where('r.document_id = :documentId', { documentId })
      .andWhere("r.status IN ('pending', 'approved')")
      .orderBy('r.createdAt', 'DESC')
      .limit(1);
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** Requests with their document title and submitter name, newest first. */
  async withNames(
    where: string,
    params: unknown[],
    order: [string, 'ASC' | 'DESC'] = ['r.createdAt', 'DESC'],
  ): Promise<RequestRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(ApprovalRequestEntity, 'r')
      .innerJoin('documents', 'd', 'd.id = r.document_id')
      .leftJoin('users', 'u', 'u.id = r.submitted_by')
      .addSelect('d.title', 'document_title')
      .addSelect('u.display_name', 'submitter_name')
      .where(where, Object.fromEntries(params.map((value, i) => [`p${i}`, value])))
      .orderBy(order[0], order[1])
      .addOrderBy('r.id', 'ASC')
      .getRawAndEntities<{ document_title: string; submitter_name: string | null }>();
    return rows.entities.map((request, i) => ({
      request,
      documentTitle: rows.raw[i]?.document_title ?? '',
      submitterName: rows.raw[i]?.submitter_name ?? null,
    }));
  }

  /**
   * Who approved the open step in this round, not late: user ids, and `client` for an
   * approval through an approve share link (see stepApproverKeys).
   */
  async approvedAtStep(
    manager: EntityManager,
    request: ApprovalRequestEntity,
  ): Promise<Set<string>> {
    const rows = await manager.query<Array<{ key: string }>>(
      `SELECT CASE WHEN guest_session_id IS NOT NULL THEN '${CLIENT_APPROVER}' ELSE user_id::text END AS key
         FROM approval_decisions
        WHERE request_id = $1 AND round = $2 AND step_index = $3
          AND decision = 'approve' AND NOT late
          AND (user_id IS NOT NULL OR guest_session_id IS NOT NULL)`,
      [request.id, request.round, request.currentStep],
    );
    return new Set(rows.map((row) => row.key));
  }

  /** The decisions of many requests in ONE statement, oldest first. */
  async decisions(
    requestIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DecisionRow[]> {
    if (requestIds.length === 0) return [];
    const rows = await manager.query<
      Array<{
        id: string;
        request_id: string;
        round: number;
        step_index: number;
        version_id: string;
        user_id: string | null;
        user_name: string | null;
        guest_name: string | null;
        guest_label: string | null;
        decision: string;
        comment: string | null;
        late: boolean;
        created_at: Date;
      }>
    >(
      `SELECT x.id, x.request_id, x.round, x.step_index, x.version_id, x.user_id,
              u.display_name AS user_name, x.guest_name, x.guest_label, x.decision, x.comment, x.late, x.created_at
         FROM approval_decisions x LEFT JOIN users u ON u.id = x.user_id
        WHERE x.request_id = ANY($1::uuid[])
        ORDER BY x.created_at, x.id`,
      [requestIds],
    );
    return rows.map((row) => ({
      id: row.id,
      requestId: row.request_id,
      round: row.round,
      stepIndex: row.step_index,
      versionId: row.version_id,
      userId: row.user_id,
      userName: row.user_name ?? row.guest_name,
      guestName: row.guest_name,
      guestLabel: row.guest_label,
      decision: row.decision,
      comment: row.comment,
      late: row.late,
      createdAt: row.created_at,
    }));
  }
}

/**
 * The people who may decide at a step now: holders of the kind's approve right who hold a
 * role the step names or are named in it.
 */
export function resolveApprovers(
  people: readonly BrandPerson[],
  kind: ApprovableKind,
  step: FlowStep,
): string[] {
  const roles = new Set<string>(stepRoles(step));
  const named = new Set(stepUserIds(step));
  const action = APPROVABLE_KINDS[kind];
  return people
    .filter((p) => can(p.roles, action))
    .filter((p) => named.has(p.userId) || p.roles.some((role) => roles.has(role)))
    .map((p) => p.userId);
}
