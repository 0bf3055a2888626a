import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { JobQueue } from '../../platform/jobs/index.js';
import { ROOT_LOGGER } from '../../platform/logging/index.js';
import { DocumentActivity, type DocumentEdited } from '../documents/index.js';
import { EventLog, type RecordedEvent } from '../events/index.js';
import { VersionsService } from '../versions/index.js';
import { ApprovalEngine, REOPEN_QUEUE, type ReopenJob } from './approval-engine.js';
import { ApprovalChangeMarkerEntity, ApprovalRequestEntity } from './approval-request.entity.js';
import { ApprovalsRepository } from './approvals.repository.js';

export { REOPEN_QUEUE } from './approval-engine.js';

/** How long after an edit its check runs: a burst of keystrokes makes one check. */
const SETTLE_SECONDS = 1;

/**
 * Reopen-on-edit: nothing is approved that was not read. A content edit (the documents
 * core's "edited" notice, after the change is durable) or a post's field change (its
 * post.updated event) queues a check; when the document's request is pending or approved
 * and the content differs from the version under review, the request goes back to the
 * flow's reopen step (step 0 unless the flow names another) in a new round, bound to a new version, and everyone who approved it gets a "changed
 * after your approval" marker with both version ids.
 *
 * Once per round: a round that a reopen started and nobody has decided in yet does not
 * reopen again on every burst of typing (that made a round, a version and notices per
 * second). The edit is noted on the request instead (`unreviewedEditAt`); the first
 * decision in that round queues a 'decision' check, which reopens it then, so what was
 * decided on is still compared with what was written.
 */
@Injectable()
export class ApprovalReopenService implements OnModuleDestroy {
  /** Per document, when this instance last queued a check not yet due (debounce). */
  private readonly queued = new Map<string, number>();
  private readonly stopListening: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ApprovalsRepository,
    private readonly versions: VersionsService,
    private readonly engine: ApprovalEngine,
    private readonly jobs: JobQueue,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    events: EventLog,
    activity: DocumentActivity,
  ) {
    jobs.register(REOPEN_QUEUE, (data) => this.check(data as ReopenJob).then(() => undefined));
    events.registerProcessor('approvals-reopen-on-fields', ['post.updated'], (event) =>
      this.onPostUpdated(event),
    );
    this.stopListening = activity.onEdited((edit) => this.onEdited(edit));
  }

  onModuleDestroy(): void {
    this.stopListening();
  }

  /**
   * Queues a check a moment after an edit. While a check of this document is queued and
   * not yet due, further edits need none: it reads the content when it runs.
   */
  private onEdited({ documentId, userId }: DocumentEdited): void {
    const now = Date.now();
    const due = this.queued.get(documentId);
    if (due !== undefined && now < due - 200) return;
    this.queued.set(documentId, now + SETTLE_SECONDS * 1000);
    if (this.queued.size > 10_000) this.queued.clear();
    const job: ReopenJob = { documentId, userId, cause: 'content' };
    this.jobs
      .send(REOPEN_QUEUE, job, { startAfterSeconds: SETTLE_SECONDS })
      .catch((error: unknown) => {
        this.queued.delete(documentId);
        this.logger.warn({ err: error, documentId }, 'Approval reopen check not queued');
      });
  }

  private async onPostUpdated(event: RecordedEvent): Promise<void> {
    if (!event.documentId) return;
    await this.check({
      documentId: event.documentId,
      userId: event.actorId,
      cause: 'fields',
      causeEventId: event.id,
    });
  }

  /** Reopens the document's pending or approved request when its content moved on. */
  async check(job: ReopenJob): Promise<boolean> {
    const found = await this.repository.active(job.documentId);
    if (!found) return false;
    if (job.cause === 'decision' && !found.unreviewedEditAt) return false;
    const live = await this.versions.readLiveState(job.documentId);
    if (job.cause === 'content' && !(await this.differs(found.versionId, live))) return false;
    return this.dataSource.transaction(async (manager) => {
      const request = await this.repository.lock(manager, found.id);
      // Someone else decided or reopened it meanwhile: the next edit's check takes over.
      if (!request || !['pending', 'approved'].includes(request.status)) return false;
      if (request.versionId !== found.versionId) return false;
      if (job.causeEventId) {
        const [done] = await manager.query<unknown[]>(
          `SELECT 1 FROM events WHERE document_id = $1 AND type = 'approval.reopened'
              AND data->>'causeEventId' = $2 LIMIT 1`,
          [request.documentId, job.causeEventId],
        );
        if (done) return false;
      }
      if (job.cause === 'decision') {
        if (!request.unreviewedEditAt) return false;
      } else if (await this.quietRound(manager, request)) {
        await this.noteUnreviewedEdit(manager, request, job.userId);
        return false;
      }
      await this.reopen(manager, request, job, live);
      return true;
    });
  }

  /**
   * A round a reopen started (round 2 on; a submission starts round 1) in which nobody has
   * decided yet: its edits wait for the first decision instead of making rounds.
   */
  private async quietRound(
    manager: EntityManager,
    request: ApprovalRequestEntity,
  ): Promise<boolean> {
    if (request.status !== 'pending' || request.round <= 1) return false;
    const [decided] = await manager.query<unknown[]>(
      'SELECT 1 FROM approval_decisions WHERE request_id = $1 AND round = $2 LIMIT 1',
      [request.id, request.round],
    );
    return !decided;
  }

  /** Notes the first unreviewed edit of a quiet round (and who made it), once. */
  private async noteUnreviewedEdit(
    manager: EntityManager,
    request: ApprovalRequestEntity,
    userId: string | null,
  ): Promise<void> {
    if (request.unreviewedEditAt) return;
    await manager.query(
      `UPDATE approval_requests SET unreviewed_edit_at = now(), unreviewed_edit_by = $2
        WHERE id = $1`,
      [request.id, userId],
    );
  }

  /**
   * The request goes back to the flow's reopen step (the first unless it names another) in round + 1, bound to a new version of the live
   * content; everyone who approved it gets a marker from their version to the new one.
   */
  private async reopen(
    manager: EntityManager,
    request: ApprovalRequestEntity,
    job: ReopenJob,
    live: Uint8Array,
  ): Promise<void> {
    const actorId = job.cause === 'decision' ? request.unreviewedEditBy : job.userId;
    const fromVersionId = request.versionId;
    const previous = request.status;
    const version = await this.versions.createWithin(
      manager,
      {
        documentId: request.documentId,
        kind: 'approval',
        name: previous === 'approved' ? 'Changed after approval' : 'Changed during review',
        createdBy: actorId,
      },
      live,
    );
    const approvers = await this.pastApprovers(manager, request);
    for (const approver of approvers) {
      await manager.insert(ApprovalChangeMarkerEntity, {
        requestId: request.id,
        userId: approver.userId,
        fromVersionId: approver.versionId,
        toVersionId: version.id,
        round: request.round + 1,
      });
    }
    request.round += 1;
    request.status = 'pending';
    request.versionId = version.id;
    await manager.update(
      ApprovalRequestEntity,
      { id: request.id },
      {
        round: request.round,
        status: 'pending',
        versionId: version.id,
        closedAt: null,
        lastDecision: null,
        unreviewedEditAt: null,
        unreviewedEditBy: null,
      },
    );
    const reopenTo = Math.min(request.reopenToStep, request.steps.length - 1);
    await this.engine.openStep(manager, request, reopenTo);
    await this.engine.postOutcome(manager, request, 'submitted', actorId);
    await this.engine.record(manager, 'approval.reopened', request, actorId, {
      cause: job.cause,
      ...(job.causeEventId ? { causeEventId: job.causeEventId } : {}),
      previousStatus: previous,
      fromVersionId,
      toVersionId: version.id,
      versionNumber: version.number,
      changedAfterApprovalUserIds: approvers.map((a) => a.userId),
    });
  }

  /** Whether the live content holds edits the version does not (their state vectors differ). */
  private async differs(versionId: string, live: Uint8Array): Promise<boolean> {
    const [row] = await this.dataSource.query<Array<{ state: Buffer }>>(
      'SELECT state FROM document_versions WHERE id = $1',
      [versionId],
    );
    if (!row) return true;
    const a = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(new Uint8Array(row.state)));
    const b = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(live));
    if (a.size !== b.size) return true;
    for (const [client, clock] of b) if (a.get(client) !== clock) return true;
    return false;
  }

  /** Everyone who approved this request in any round, each with the last version they approved. */
  private async pastApprovers(
    manager: EntityManager,
    request: ApprovalRequestEntity,
  ): Promise<Array<{ userId: string; versionId: string }>> {
    return manager.query<Array<{ userId: string; versionId: string }>>(
      `SELECT DISTINCT ON (user_id) user_id AS "userId", version_id AS "versionId"
         FROM approval_decisions
        WHERE request_id = $1 AND decision = 'approve' AND NOT late AND user_id IS NOT NULL
        ORDER BY user_id, created_at DESC`,
      [request.id],
    );
  }
}
