import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../../platform/jobs/index.js';
import { EventLog, type EventType } from '../events/index.js';
import { PostsService } from '../posts/index.js';
import type { ApprovalOutcome } from '@chorus/post-model';
import { ApprovalRequestEntity } from './approval-request.entity.js';
import {
  stepHasClient,
  type ApprovableKind,
  type RecordedDecision,
  type RequestStatus,
} from './approval-steps.js';
import { ApprovalsRepository, resolveApprovers } from './approvals.repository.js';

/** The queue whose delayed jobs remind the approvers of an open step when it is due. */
export const REMINDER_QUEUE = 'approvals.reminder';

/** The queue that checks, after an edit or a decision, whether a request must reopen. */
export const REOPEN_QUEUE = 'approvals.reopen';

/** A reopen check of a document's request. */
export interface ReopenJob {
  documentId: string;
  /** Who edited (null: the server, e.g. a restore; or not known yet for 'decision'). */
  userId: string | null;
  /**
   * 'content': a Yjs edit, compared with the version under review; 'fields': a post's
   * metadata; 'decision': someone decided in a round that held edits made before anyone had
   * (`unreviewedEditAt`), which now reopen it.
   */
  cause: 'content' | 'fields' | 'decision';
  /** For 'fields': the post.updated event, so a rerun of its job reopens nothing twice. */
  causeEventId?: string;
}

export interface ReminderJob {
  requestId: string;
  round: number;
  stepIndex: number;
}

/**
 * The moves of a request every operation shares, each inside the caller's transaction
 * on a locked request: open a step (resolve its approvers, schedule its reminder), close
 * the request, stamp the approved version, and write the events with the ids a
 * notifications processor needs (request, step, submitter, approvers, versions).
 */
@Injectable()
export class ApprovalEngine {
  constructor(
    private readonly repository: ApprovalsRepository,
    private readonly events: EventLog,
    private readonly jobs: JobQueue,
    private readonly posts: PostsService,
  ) {}

  /** Opens step `index` of the request (its approvers as of now) and schedules its reminder. */
  async openStep(
    manager: EntityManager,
    request: ApprovalRequestEntity,
    index: number,
  ): Promise<void> {
    const step = request.steps[index]!;
    const people = await this.repository.brandPeople(request.brandId, manager);
    const approverIds = resolveApprovers(people, request.documentKind as ApprovableKind, step);
    // A client step waits on the client's approve link even when no person is named.
    const waitsOnNobody = approverIds.length === 0 && !stepHasClient(step);
    const [{ now }] = await manager.query<[{ now: Date }]>('SELECT now() AS now');
    Object.assign(request, {
      currentStep: index,
      stepOpenedAt: now,
      openApproverIds: approverIds,
      needsAttention: waitsOnNobody,
      remindedAt: null,
    });
    await manager.update(
      ApprovalRequestEntity,
      { id: request.id },
      {
        currentStep: index,
        stepOpenedAt: now,
        openApproverIds: approverIds,
        needsAttention: waitsOnNobody,
        remindedAt: null,
      },
    );
    if (step.dueMinutes) {
      const job: ReminderJob = { requestId: request.id, round: request.round, stepIndex: index };
      await this.jobs.send(REMINDER_QUEUE, job, {
        manager,
        startAfterSeconds: step.dueMinutes * 60,
      });
    }
    if (waitsOnNobody) {
      await this.record(manager, 'approval.approver_missing', request, null, {
        removedUserIds: [],
        reason: 'no_approver',
      });
    }
  }

  /**
   * After a decision that leaves the request pending or approved: when its round held edits
   * nobody had decided on yet (they made no new round), queue the check that reopens it now
   * that someone has decided on the older version. Sent with the decision's transaction.
   */
  async afterDecision(manager: EntityManager, request: ApprovalRequestEntity): Promise<void> {
    if (!request.unreviewedEditAt) return;
    if (request.status !== 'pending' && request.status !== 'approved') return;
    const job: ReopenJob = { documentId: request.documentId, userId: null, cause: 'decision' };
    await this.jobs.send(REOPEN_QUEUE, job, { manager });
  }

  /**
   * Ends a pending request: approved (stamps the version), changes requested, rejected or
   * withdrawn; a post's status follows.
   */
  async close(
    manager: EntityManager,
    request: ApprovalRequestEntity,
    status: Exclude<RequestStatus, 'pending'>,
    decision: RecordedDecision | null,
    actorId: string | null,
  ): Promise<void> {
    const [{ now }] = await manager.query<[{ now: Date }]>('SELECT now() AS now');
    Object.assign(request, { status, closedAt: now, lastDecision: decision });
    await manager.update(
      ApprovalRequestEntity,
      { id: request.id },
      { status, closedAt: now, lastDecision: decision },
    );
    if (status === 'approved') await this.stamp(manager, request, now);
    await this.postOutcome(
      manager,
      request,
      status === 'approved' ? 'approved' : 'returned',
      actorId,
    );
  }

  /** A post's status after an approval outcome (other kinds have no status). */
  async postOutcome(
    manager: EntityManager,
    request: ApprovalRequestEntity,
    outcome: ApprovalOutcome,
    actorId: string | null,
  ): Promise<void> {
    if (request.documentKind !== 'post') return;
    await this.posts.applyApprovalOutcome(manager, request.documentId, outcome, actorId);
  }

  /** Records an approval event with the ids notifications need. */
  async record(
    manager: EntityManager,
    type: EventType,
    request: ApprovalRequestEntity,
    actorId: string | null,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    const [doc] = await manager.query<Array<{ workspace_id: string; title: string }>>(
      `SELECT b.workspace_id, d.title FROM documents d JOIN brands b ON b.id = d.brand_id
        WHERE d.id = $1`,
      [request.documentId],
    );
    await this.events.record(manager, {
      type,
      workspaceId: doc!.workspace_id,
      brandId: request.brandId,
      documentId: request.documentId,
      actorId,
      subject: { type: 'approval_request', id: request.id },
      data: {
        // `name` is what the Activity shows as the subject.
        name: doc!.title,
        requestId: request.id,
        documentKind: request.documentKind,
        documentTitle: doc!.title,
        flowName: request.flowName,
        round: request.round,
        stepIndex: request.currentStep,
        versionId: request.versionId,
        submitterId: request.submittedBy,
        approverIds: request.status === 'pending' ? request.openApproverIds : [],
        ...data,
      },
    });
  }

  /**
   * Closes the open step: opens the next one (recording `type` with the next step's
   * approvers), or, after the last, approves the content (`approval.approved`).
   */
  async advance(
    manager: EntityManager,
    request: ApprovalRequestEntity,
    actorId: string | null,
    type: 'approval.step_approved' | 'approval.skipped',
    data: Record<string, unknown>,
  ): Promise<void> {
    const closedStep = request.currentStep;
    const next = closedStep + 1;
    if (next < request.steps.length) {
      await this.openStep(manager, request, next);
      await this.record(manager, type, request, actorId, {
        ...data,
        stepIndex: closedStep,
        stepClosed: true,
        nextStepIndex: next,
      });
      return;
    }
    if (type === 'approval.skipped') {
      await this.record(manager, type, request, actorId, { ...data, stepClosed: true });
    }
    await this.close(
      manager,
      request,
      'approved',
      type === 'approval.skipped' ? 'skip' : 'approve',
      actorId,
    );
    await this.record(manager, 'approval.approved', request, actorId, {
      ...(type === 'approval.step_approved' ? data : {}),
      approvedVersionId: request.versionId,
    });
  }

  /** Stamps the approved version with who approved it at each step of this round. */
  private async stamp(
    manager: EntityManager,
    request: ApprovalRequestEntity,
    at: Date,
  ): Promise<void> {
    const decisions = (await this.repository.decisions([request.id], manager)).filter(
      (d) => d.round === request.round && d.decision === 'approve' && !d.late,
    );
    const approval = {
      approvedAt: at.toISOString(),
      requestId: request.id,
      approvers: decisions.map((d) => ({
        userId: d.userId,
        name: d.userName,
        stepIndex: d.stepIndex,
        at: d.createdAt.toISOString(),
      })),
    };
    await manager.query('UPDATE document_versions SET approval = $2 WHERE id = $1', [
      request.versionId,
      JSON.stringify(approval),
    ]);
  }
}
