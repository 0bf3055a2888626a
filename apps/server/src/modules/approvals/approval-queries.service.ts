import { can } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { AccessService, isUuid, type Principal } from '../access/index.js';
import { DocumentsService } from '../documents/index.js';
import { ApprovalClientDecisions } from './approval-client-decisions.js';
import { APPROVABLE_KINDS, isApprovableKind, type ApprovableKind } from './approval-steps.js';
import { readAction } from './approval-requests.service.js';
import { ApprovalWaitingQuery, type WaitingRow } from './approval-waiting.query.js';
import { ApprovalsRepository, type DecisionRow, type RequestRow } from './approvals.repository.js';

export interface RequestView extends RequestRow {
  decisions: DecisionRow[];
  canDecide: boolean;
}

export interface HistoryEntry {
  id: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export interface StuckView {
  row: RequestRow;
  waitingOn: Array<{ userId: string; name: string }>;
}

export interface MarkerView {
  id: string;
  requestId: string;
  documentId: string;
  documentTitle: string;
  fromVersionId: string;
  toVersionId: string;
  round: number;
  createdAt: Date;
  seenAt: Date | null;
}

/** The most "waiting on me" answers at once. */
export const WAITING_LIMIT = 500;

/** Reading approvals: one request, a document's requests and trail, what waits on whom. */
@Injectable()
export class ApprovalQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
    private readonly repository: ApprovalsRepository,
    private readonly waiting: ApprovalWaitingQuery,
    private readonly clients: ApprovalClientDecisions,
  ) {}

  async request(principal: Principal, requestId: string): Promise<RequestView> {
    if (principal.kind !== 'guest') this.access.requireUser(principal);
    const [row] = isUuid(requestId)
      ? await this.repository.withNames('r.id = :p0', [requestId])
      : [];
    if (!row) throw AppError.notFound('The approval request');
    await this.documents.open(principal, row.request.documentId).catch(() => {
      throw AppError.notFound('The approval request');
    });
    return (await this.withDecisions(principal, [row]))[0]!;
  }

  /** The document's requests, newest first (the first is the current one). */
  async forDocument(principal: Principal, documentId: string): Promise<RequestView[]> {
    if (principal.kind !== 'guest') this.access.requireUser(principal);
    const { document } = await this.documents.open(principal, documentId);
    const rows = await this.repository.withNames('r.document_id = :p0', [document.id]);
    return this.withDecisions(principal, rows);
  }

  /** Every approval event of the document, oldest first (anyone who may read it). */
  async history(principal: Principal, documentId: string): Promise<HistoryEntry[]> {
    const { document, workspaceId } = await this.documents.open(principal, documentId);
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        type: string;
        actor_id: string | null;
        actor_name: string | null;
        occurred_at: Date;
        data: Record<string, unknown>;
      }>
    >(
      `SELECT e.id, e.type, e.actor_id, u.display_name AS actor_name, e.occurred_at, e.data
         FROM events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.document_id = $1 AND e.workspace_id = $2 AND e.type LIKE 'approval.%'
        ORDER BY e.occurred_at, e.id`,
      [document.id, workspaceId],
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      actorId: row.actor_id,
      actorName: row.actor_name,
      occurredAt: row.occurred_at,
      data: row.data,
    }));
  }

  /**
   * Requests whose open step waits on the caller, oldest first, in ONE statement (with
   * their decisions; only those whose kind the caller still may approve on the brand).
   */
  async waitingOnMe(principal: Principal): Promise<WaitingRow[]> {
    const user = this.access.requireUser(principal);
    return this.waiting.rows(user.userId, WAITING_LIMIT);
  }

  /** The brand's pending requests, longest waiting first, with whom each waits on (leads). */
  async stuck(principal: Principal, brandId: string): Promise<StuckView[]> {
    await this.access.authorizeBrand(principal, brandId, 'approval.monitor');
    const rows = await this.repository.withNames(
      "r.brand_id = :p0 AND r.status = 'pending'",
      [brandId],
      ['r.stepOpenedAt', 'ASC'],
    );
    const ids = [...new Set(rows.flatMap((row) => row.request.openApproverIds))];
    const names = new Map<string, string>();
    if (ids.length > 0) {
      const users = await this.dataSource.query<Array<{ id: string; display_name: string }>>(
        'SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])',
        [ids],
      );
      for (const u of users) names.set(u.id, u.display_name);
    }
    const decided = await this.repository.decisions(rows.map((row) => row.request.id));
    return rows.map((row) => {
      const done = new Set(
        decided
          .filter(
            (d) =>
              d.requestId === row.request.id &&
              d.round === row.request.round &&
              d.stepIndex === row.request.currentStep &&
              !d.late,
          )
          .map((d) => d.userId),
      );
      return {
        row,
        waitingOn: row.request.openApproverIds
          .filter((id) => !done.has(id))
          .map((userId) => ({ userId, name: names.get(userId) ?? '' })),
      };
    });
  }

  /** The caller's "changed after your approval" markers, newest first (unseen ones unless asked). */
  async myMarkers(principal: Principal, includeSeen = false): Promise<MarkerView[]> {
    const user = this.access.requireUser(principal);
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        request_id: string;
        document_id: string;
        title: string;
        from_version_id: string;
        to_version_id: string;
        round: number;
        created_at: Date;
        seen_at: Date | null;
        brand_id: string;
        document_kind: string;
      }>
    >(
      `SELECT m.id, m.request_id, r.document_id, d.title, m.from_version_id, m.to_version_id,
              m.round, m.created_at, m.seen_at, r.brand_id, r.document_kind
         FROM approval_change_markers m
         JOIN approval_requests r ON r.id = m.request_id
         JOIN documents d ON d.id = r.document_id
        WHERE m.user_id = $1 AND ($2 OR m.seen_at IS NULL)
        ORDER BY m.created_at DESC
        LIMIT 200`,
      [user.userId, includeSeen],
    );
    const roles = await this.access.rolesOnBrands(
      user.userId,
      rows.map((row) => row.brand_id),
    );
    return rows
      .filter((row) =>
        can(roles.get(row.brand_id) ?? [], readAction(row.document_kind as ApprovableKind)),
      )
      .map((row) => ({
        id: row.id,
        requestId: row.request_id,
        documentId: row.document_id,
        documentTitle: row.title,
        fromVersionId: row.from_version_id,
        toVersionId: row.to_version_id,
        round: row.round,
        createdAt: row.created_at,
        seenAt: row.seen_at,
      }));
  }

  /** Marks one of the caller's markers seen. */
  async markSeen(principal: Principal, markerId: string): Promise<boolean> {
    const user = this.access.requireUser(principal);
    const result = isUuid(markerId)
      ? await this.dataSource.query<[unknown[], number]>(
          `UPDATE approval_change_markers SET seen_at = COALESCE(seen_at, now())
            WHERE id = $1 AND user_id = $2`,
          [markerId, user.userId],
        )
      : [[], 0];
    if (result[1] === 0) throw AppError.notFound('The marker');
    return true;
  }

  /** The requests with their decisions and whether the viewer (a user or a guest) may decide. */
  private async withDecisions(principal: Principal, rows: RequestRow[]): Promise<RequestView[]> {
    const decisions = await this.repository.decisions(rows.map((row) => row.request.id));
    if (principal.kind === 'guest') {
      return rows.map((row) => {
        const mine = decisions.filter((d) => d.requestId === row.request.id);
        return {
          ...row,
          decisions: mine,
          canDecide: this.clients.canDecide(principal, row.request, mine),
        };
      });
    }
    const userId = this.access.requireUser(principal).userId;
    const roles = await this.access.rolesOnBrands(
      userId,
      rows.map((row) => row.request.brandId),
    );
    return rows.map((row) => {
      const mine = decisions.filter((d) => d.requestId === row.request.id);
      const r = row.request;
      const kind = r.documentKind;
      const canDecide =
        r.status === 'pending' &&
        isApprovableKind(kind) &&
        can(roles.get(r.brandId) ?? [], APPROVABLE_KINDS[kind]) &&
        r.openApproverIds.includes(userId) &&
        !mine.some(
          (d) => d.round === r.round && d.stepIndex === r.currentStep && d.userId === userId,
        );
      return { ...row, decisions: mine, canDecide };
    });
  }
}
