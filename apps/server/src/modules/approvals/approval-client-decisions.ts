import { can } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, notFoundAs } from '../../platform/errors/index.js';
import { validText } from '../../platform/validation/index.js';
import { AccessService, guestRoleOf, type GuestPrincipal } from '../access/index.js';
import { GuestSessionsService } from '../share-links/index.js';
import { ApprovalEngine } from './approval-engine.js';
import { ApprovalDecisionEntity, type ApprovalRequestEntity } from './approval-request.entity.js';
import {
  APPROVABLE_KINDS,
  DECISIONS,
  isApprovableKind,
  stepApproverKeys,
  stepHasClient,
  stepSatisfied,
  type Decision,
} from './approval-steps.js';
import { ApprovalErrors } from './approvals.errors.js';
import { ApprovalsRepository } from './approvals.repository.js';
import type { DecideApprovalInput } from './dto/approval.inputs.js';

const MAX_COMMENT = 5000;

/**
 * Decisions of the client at a CLIENT step: a guest holding an approve share link to the
 * request's document (its email confirmed by the one-time code when mail is configured;
 * without mail, recorded with the name the guest gave and the link's label). The client
 * decides once per step and round, whichever guest of the link it is; the decision row
 * and its events carry the guest's name (no user: the actor is null).
 */
@Injectable()
export class ApprovalClientDecisions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly guests: GuestSessionsService,
    private readonly repository: ApprovalsRepository,
    private readonly engine: ApprovalEngine,
  ) {}

  /** Whether this guest may decide now on the request (for `canDecide`). */
  canDecide(
    guest: GuestPrincipal,
    request: ApprovalRequestEntity,
    decisions: ReadonlyArray<{ round: number; stepIndex: number; guestName: string | null }>,
  ): boolean {
    const step = request.steps[request.currentStep];
    return (
      request.status === 'pending' &&
      isApprovableKind(request.documentKind) &&
      can([guestRoleOf(guest)], APPROVABLE_KINDS[request.documentKind]) &&
      step !== undefined &&
      stepHasClient(step) &&
      !decisions.some(
        (d) =>
          d.round === request.round && d.stepIndex === request.currentStep && d.guestName !== null,
      )
    );
  }

  async decide(
    guest: GuestPrincipal,
    input: DecideApprovalInput,
  ): Promise<{ requestId: string; late: boolean }> {
    const decision = input.decision as Decision;
    if (!DECISIONS.includes(decision)) throw AppError.validation('decision', 'Unknown decision.');
    const comment = input.comment ? validText(input.comment, 'comment', MAX_COMMENT) : '';
    if (decision !== 'approve' && !comment) {
      throw AppError.validation('comment', 'Say what has to change (a comment is required).');
    }
    return this.dataSource.transaction(async (manager) => {
      const request = await this.repository.lock(manager, input.requestId);
      if (!request || !isApprovableKind(request.documentKind)) {
        throw AppError.notFound('The approval request');
      }
      // The request's document must be one the link covers; the approve right comes from
      // the link's capability (guest_approve), checked by the matrix.
      await this.access
        .authorizeDocument(
          guest,
          request.documentId,
          APPROVABLE_KINDS[request.documentKind],
          manager,
        )
        .catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'FORBIDDEN') {
            throw ApprovalErrors.notYourStep();
          }
          return notFoundAs('The approval request')(error);
        });
      const identity = await this.guests.decisionIdentity(guest);
      if (request.status !== 'pending') throw ApprovalErrors.closed(request.status);
      if (input.versionId !== request.versionId) {
        throw ApprovalErrors.versionNotCurrent(request.versionId);
      }
      const step = request.steps[input.stepIndex];
      if (!step || input.stepIndex !== request.currentStep) {
        throw ApprovalErrors.stepNotOpen(input.stepIndex, request.currentStep);
      }
      if (!stepHasClient(step)) throw ApprovalErrors.notYourStep();
      const [already] = await manager.query<unknown[]>(
        `SELECT 1 FROM approval_decisions
          WHERE request_id = $1 AND round = $2 AND step_index = $3 AND guest_session_id IS NOT NULL`,
        [request.id, request.round, input.stepIndex],
      );
      if (already) throw ApprovalErrors.alreadyDecided();
      await manager.insert(ApprovalDecisionEntity, {
        requestId: request.id,
        round: request.round,
        stepIndex: input.stepIndex,
        versionId: request.versionId,
        userId: null,
        guestSessionId: guest.guestSessionId,
        guestName: identity.name,
        guestLabel: identity.label,
        guestEmail: identity.email,
        decision,
        comment: comment || null,
        late: false,
      });
      const who = { guestName: identity.name, clientLabel: identity.label, byClient: true };
      if (decision === 'request_changes' || decision === 'reject') {
        await this.engine.close(
          manager,
          request,
          decision === 'reject' ? 'rejected' : 'changes_requested',
          decision,
          null,
        );
        await this.engine.record(
          manager,
          decision === 'reject' ? 'approval.rejected' : 'approval.changes_requested',
          request,
          null,
          { decision, comment, ...who },
        );
        return { requestId: request.id, late: false };
      }
      const approvedBy = await this.repository.approvedAtStep(manager, request);
      if (!stepSatisfied(step.rule, stepApproverKeys(step, request.openApproverIds), approvedBy)) {
        await this.engine.record(manager, 'approval.step_approved', request, null, {
          stepClosed: false,
          comment: comment || null,
          ...who,
        });
      } else {
        await this.engine.advance(manager, request, null, 'approval.step_approved', {
          comment: comment || null,
          ...who,
        });
      }
      await this.engine.afterDecision(manager, request);
      return { requestId: request.id, late: false };
    });
  }
}
