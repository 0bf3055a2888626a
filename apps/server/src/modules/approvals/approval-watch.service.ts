import { can } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, pairKey } from '../access/index.js';
import { EventLog, type RecordedEvent } from '../events/index.js';
import { JobQueue } from '../../platform/jobs/index.js';
import { ApprovalEngine, REMINDER_QUEUE, type ReminderJob } from './approval-engine.js';
import { ApprovalRequestEntity } from './approval-request.entity.js';
import { APPROVABLE_KINDS, isApprovableKind } from './approval-steps.js';
import { ApprovalsRepository } from './approvals.repository.js';

/**
 * Keeps pending requests from hanging silently: the reminder of a step that is due (a
 * delayed job, once across instances, nothing after the step closed), and approvers who
 * left the brand or lost the right (the step is marked as needing attention and an
 * `approval.approver_missing` event tells whoever must act).
 */
@Injectable()
export class ApprovalWatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: ApprovalsRepository,
    private readonly engine: ApprovalEngine,
    jobs: JobQueue,
    events: EventLog,
  ) {
    jobs.register(REMINDER_QUEUE, (data) => this.remind(data as ReminderJob).then(() => undefined));
    events.registerProcessor(
      'approvals-approvers-left',
      [
        'member.removed',
        'member.role_changed',
        'team.member_roles_changed',
        'team.deleted',
        'brand.teams_changed',
      ],
      (event) => this.recheck(event).then(() => undefined),
    );
  }

  /**
   * A step's due time passed: records `approval.reminder_due` when the step is still the
   * open one of the same round and was not reminded yet. The row lock and `reminded_at`
   * make it once, whichever instance runs the job and however often it runs.
   */
  async remind(job: ReminderJob): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.repository.lock(manager, job.requestId);
      if (
        !request ||
        request.status !== 'pending' ||
        request.round !== job.round ||
        request.currentStep !== job.stepIndex ||
        request.remindedAt
      ) {
        return false;
      }
      const [{ now }] = await manager.query<[{ now: Date }]>('SELECT now() AS now');
      await manager.update(ApprovalRequestEntity, { id: request.id }, { remindedAt: now });
      const decided = await manager.query<Array<{ user_id: string }>>(
        `SELECT user_id FROM approval_decisions
          WHERE request_id = $1 AND round = $2 AND step_index = $3 AND user_id IS NOT NULL`,
        [request.id, request.round, request.currentStep],
      );
      const done = new Set(decided.map((row) => row.user_id));
      await this.engine.record(manager, 'approval.reminder_due', request, null, {
        dueMinutes: request.steps[request.currentStep]?.dueMinutes ?? null,
        stepOpenedAt: request.stepOpenedAt.toISOString(),
        waitingOnUserIds: request.openApproverIds.filter((id) => !done.has(id)),
      });
      return true;
    });
  }

  /**
   * After a membership or role change in a workspace: every pending request there whose
   * open step lists someone who can no longer approve drops them, is marked as needing
   * attention, and records `approval.approver_missing` with who left and who remains.
   */
  async recheck(event: RecordedEvent): Promise<number> {
    const pending = await this.dataSource.query<
      Array<{ id: string; brand_id: string; document_kind: string; open_approver_ids: string[] }>
    >(
      `SELECT r.id, r.brand_id, r.document_kind, r.open_approver_ids
         FROM approval_requests r JOIN brands b ON b.id = r.brand_id
        WHERE b.workspace_id = $1 AND r.status = 'pending'
          AND cardinality(r.open_approver_ids) > 0`,
      [event.workspaceId],
    );
    const pairs = pending.flatMap((r) =>
      r.open_approver_ids.map((userId) => ({ userId, brandId: r.brand_id })),
    );
    const roles = await this.access.rolesOfPairs(pairs);
    let changed = 0;
    for (const row of pending) {
      if (!isApprovableKind(row.document_kind)) continue;
      const action = APPROVABLE_KINDS[row.document_kind];
      const gone = row.open_approver_ids.filter(
        (userId) => !can(roles.get(pairKey(userId, row.brand_id)) ?? [], action),
      );
      if (gone.length === 0) continue;
      changed += 1;
      await this.dataSource.transaction(async (manager) => {
        const request = await this.repository.lock(manager, row.id);
        if (!request || request.status !== 'pending') return;
        const remaining = request.openApproverIds.filter((id) => !gone.includes(id));
        if (remaining.length === request.openApproverIds.length) return;
        request.openApproverIds = remaining;
        request.needsAttention = true;
        await manager.update(
          ApprovalRequestEntity,
          { id: request.id },
          { openApproverIds: remaining, needsAttention: true },
        );
        await this.engine.record(manager, 'approval.approver_missing', request, event.actorId, {
          removedUserIds: gone,
          remainingApproverIds: remaining,
          reason: remaining.length === 0 ? 'no_approver' : 'approver_left',
          causeEventId: event.id,
        });
      });
    }
    return changed;
  }
}
