import { can, type Role } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { validText } from '../../platform/validation/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { DocumentsService } from '../documents/index.js';
import { VersionsService } from '../versions/index.js';
import { ApprovalClientDecisions } from './approval-client-decisions.js';
import { ApprovalEngine } from './approval-engine.js';
import { ApprovalFlowsService } from './approval-flows.service.js';
import { ApprovalDecisionEntity, ApprovalRequestEntity } from './approval-request.entity.js';
import {
  APPROVABLE_KINDS,
  DECISIONS,
  isApprovableKind,
  stepApproverKeys,
  stepRoles,
  stepSatisfied,
  stepUserIds,
  type ApprovableKind,
  type Decision,
} from './approval-steps.js';
import { ApprovalErrors } from './approvals.errors.js';
import { ApprovalsRepository } from './approvals.repository.js';
import { SubmissionGates } from './submission-gates.js';
import type { DecideApprovalInput, SkipApprovalStepInput } from './dto/approval.inputs.js';

export const MAX_COMMENT = 5000;

/** What a decision did: it moved the request, or arrived after its step had closed. */
export interface DecisionResult {
  requestId: string;
  late: boolean;
}

/**
 * The approval state machine: submit (bound to a new version of the content), decide at
 * the open step (any/all), skip, withdraw. Each runs on the request row locked FOR UPDATE,
 * so two approvers deciding at once are serialised: the first closes an any-of step, the
 * second is recorded as late and changes nothing.
 */
@Injectable()
export class ApprovalRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
    private readonly versions: VersionsService,
    private readonly flows: ApprovalFlowsService,
    private readonly repository: ApprovalsRepository,
    private readonly engine: ApprovalEngine,
    private readonly gates: SubmissionGates,
    private readonly clients: ApprovalClientDecisions,
  ) {}

  /**
   * Submits a document for approval through the flow given, the one it picked or its
   * brand's default (APPROVAL_NO_FLOW without any): the live content becomes an
   * 'approval' version, and the request is bound to it, in one transaction. The registered
   * submission gates (tone of voice) inspect that version inside the transaction; a refusal
   * leaves nothing behind. `gateOptions` are handed to them (`toneOverrideReason`).
   */
  async submit(
    principal: Principal,
    documentId: string,
    flowId?: string | null,
    gateOptions: Readonly<Record<string, string | null | undefined>> = {},
  ): Promise<string> {
    const user = this.access.requireUser(principal);
    const view = await this.documents.open(principal, documentId);
    const { document } = view;
    if (view.capability !== 'edit') throw AppError.forbidden();
    if (document.archivedAt) throw AppError.conflict('The document is archived.');
    if (!isApprovableKind(document.kind)) throw ApprovalErrors.noFlow();
    const flow = await this.flows.flowFor(document, flowId);
    if (!flow) throw ApprovalErrors.noFlow();
    const state = await this.versions.readLiveState(document.id);
    return this.dataSource.transaction(async (manager) => {
      // One submission per document at a time, on every instance. NO KEY UPDATE: a version
      // written meanwhile (its foreign key takes KEY SHARE on this row) must not deadlock.
      await manager.query('SELECT id FROM documents WHERE id = $1 FOR NO KEY UPDATE', [
        document.id,
      ]);
      const open = await this.repository.active(document.id, manager);
      if (open) throw ApprovalErrors.alreadyOpen(open.id);
      const version = await this.versions.createWithin(
        manager,
        { documentId: document.id, kind: 'approval', name: flow.name, createdBy: user.userId },
        state,
      );
      const inserted = await manager.insert(ApprovalRequestEntity, {
        documentId: document.id,
        brandId: document.brandId,
        documentKind: document.kind,
        flowId: flow.id,
        flowName: flow.name,
        steps: flow.steps,
        reopenToStep: flow.reopenToStep,
        status: 'pending',
        round: 1,
        currentStep: 0,
        versionId: version.id,
        submittedBy: user.userId,
        stepOpenedAt: new Date(),
        openApproverIds: [],
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      const roles =
        (await this.access.rolesOnBrands(user.userId, [document.brandId], manager)).get(
          document.brandId,
        ) ?? [];
      await this.gates.inspect({
        manager,
        requestId: id,
        versionId: version.id,
        versionNumber: version.number,
        state,
        document: {
          id: document.id,
          brandId: document.brandId,
          kind: document.kind as ApprovableKind,
          title: document.title,
          language: document.language,
        },
        workspaceId: view.workspaceId,
        submitterId: user.userId,
        roles,
        options: gateOptions,
      });
      const request = (await this.repository.lock(manager, id))!;
      await this.engine.openStep(manager, request, 0);
      await this.engine.postOutcome(manager, request, 'submitted', user.userId);
      await this.engine.record(manager, 'approval.submitted', request, user.userId, {
        flowId: flow.id,
        versionNumber: version.number,
      });
      return id;
    });
  }

  /** Picks the flow a document follows (editors); answers the flow it now follows, or null. */
  async choose(
    principal: Principal,
    documentId: string,
    flowId: string | null,
  ): Promise<string | null> {
    const view = await this.documents.open(principal, documentId);
    if (view.capability !== 'edit') throw AppError.forbidden();
    if (!isApprovableKind(view.document.kind)) throw ApprovalErrors.noFlow();
    return (await this.flows.choose(view.document, flowId))?.id ?? null;
  }

  /** The flow a document follows now (its pick or the brand default), or null. */
  async flowOf(principal: Principal, documentId: string): Promise<string | null> {
    const { document } = await this.documents.open(principal, documentId);
    if (!isApprovableKind(document.kind)) return null;
    return (await this.flows.flowFor(document, null))?.id ?? null;
  }

  /**
   * A decision at the open step on the version under review. Refusals (typed, nothing
   * changes): not the current version, a step not open yet, not an approver, decided
   * already, a closed or withdrawn request. A decision on a step that closed meanwhile
   * is recorded as late and changes nothing else.
   */
  async decide(principal: Principal, input: DecideApprovalInput): Promise<DecisionResult> {
    if (principal.kind === 'guest') return this.clients.decide(principal, input);
    const user = this.access.requireUser(principal);
    const decision = input.decision as Decision;
    if (!DECISIONS.includes(decision)) throw AppError.validation('decision', 'Unknown decision.');
    const comment = input.comment ? validText(input.comment, 'comment', MAX_COMMENT) : '';
    if (decision !== 'approve' && !comment) {
      throw AppError.validation('comment', 'Say what has to change (a comment is required).');
    }
    return this.dataSource.transaction(async (manager) => {
      const { request, roles } = await this.lockVisible(manager, principal, input.requestId);
      if (request.status === 'withdrawn') throw ApprovalErrors.closed(request.status);
      if (input.versionId !== request.versionId) {
        throw ApprovalErrors.versionNotCurrent(request.versionId);
      }
      const step = request.steps[input.stepIndex];
      if (!step || input.stepIndex > request.currentStep) {
        throw ApprovalErrors.stepNotOpen(input.stepIndex, request.currentStep);
      }
      const kind = request.documentKind as ApprovableKind;
      const closed = request.status !== 'pending' || input.stepIndex < request.currentStep;
      const isApprover =
        can(roles, APPROVABLE_KINDS[kind]) &&
        (closed
          ? stepUserIds(step).includes(user.userId) ||
            stepRoles(step).some((role) => roles.includes(role))
          : request.openApproverIds.includes(user.userId));
      if (!isApprover) throw ApprovalErrors.notYourStep();
      const [already] = await manager.query<unknown[]>(
        `SELECT 1 FROM approval_decisions
          WHERE request_id = $1 AND round = $2 AND step_index = $3 AND user_id = $4`,
        [request.id, request.round, input.stepIndex, user.userId],
      );
      if (already) throw ApprovalErrors.alreadyDecided();
      await manager.insert(ApprovalDecisionEntity, {
        requestId: request.id,
        round: request.round,
        stepIndex: input.stepIndex,
        versionId: request.versionId,
        userId: user.userId,
        decision,
        comment: comment || null,
        late: closed,
      });
      if (closed) {
        await this.engine.record(manager, 'approval.decision_late', request, user.userId, {
          stepIndex: input.stepIndex,
          decision,
          currentStatus: request.status,
        });
        return { requestId: request.id, late: true };
      }
      if (decision === 'request_changes' || decision === 'reject') {
        await this.engine.close(
          manager,
          request,
          decision === 'reject' ? 'rejected' : 'changes_requested',
          decision,
          user.userId,
        );
        await this.engine.record(
          manager,
          decision === 'reject' ? 'approval.rejected' : 'approval.changes_requested',
          request,
          user.userId,
          { decision, comment },
        );
        return { requestId: request.id, late: false };
      }
      const approvedBy = await this.repository.approvedAtStep(manager, request);
      if (!stepSatisfied(step.rule, stepApproverKeys(step, request.openApproverIds), approvedBy)) {
        await this.engine.record(manager, 'approval.step_approved', request, user.userId, {
          stepClosed: false,
          comment: comment || null,
        });
      } else {
        await this.engine.advance(manager, request, user.userId, 'approval.step_approved', {
          comment: comment || null,
        });
      }
      await this.engine.afterDecision(manager, request);
      return { requestId: request.id, late: false };
    });
  }

  /** Skips the open step (matrix `approval.skip`, a skippable step only); audited. */
  async skip(principal: Principal, input: SkipApprovalStepInput): Promise<string> {
    const user = this.access.requireUser(principal);
    const reason = input.reason ? validText(input.reason, 'reason', MAX_COMMENT) : null;
    return this.dataSource.transaction(async (manager) => {
      const { request, roles } = await this.lockVisible(manager, principal, input.requestId);
      if (!can(roles, 'approval.skip')) throw AppError.forbidden();
      if (request.status !== 'pending') throw ApprovalErrors.closed(request.status);
      if (input.stepIndex !== request.currentStep) {
        throw ApprovalErrors.stepNotOpen(input.stepIndex, request.currentStep);
      }
      if (!request.steps[request.currentStep]!.skippable) throw ApprovalErrors.notSkippable();
      await manager.insert(ApprovalDecisionEntity, {
        requestId: request.id,
        round: request.round,
        stepIndex: request.currentStep,
        versionId: request.versionId,
        userId: user.userId,
        decision: 'skip',
        comment: reason,
        late: false,
      });
      await this.engine.advance(manager, request, user.userId, 'approval.skipped', { reason });
      await this.engine.afterDecision(manager, request);
      return request.id;
    });
  }

  /** The submitter takes a pending request back; a post returns to ready. */
  async withdraw(principal: Principal, requestId: string): Promise<string> {
    const user = this.access.requireUser(principal);
    return this.dataSource.transaction(async (manager) => {
      const { request } = await this.lockVisible(manager, principal, requestId);
      if (request.submittedBy !== user.userId) throw AppError.forbidden();
      if (request.status !== 'pending') throw ApprovalErrors.closed(request.status);
      await this.engine.close(manager, request, 'withdrawn', null, user.userId);
      await this.engine.record(manager, 'approval.withdrawn', request, user.userId);
      return request.id;
    });
  }

  /**
   * The request, locked, and the caller's roles on its brand; NOT_FOUND unless they may
   * read its document.
   */
  private async lockVisible(
    manager: EntityManager,
    principal: Principal,
    requestId: string,
  ): Promise<{ request: ApprovalRequestEntity; roles: Role[] }> {
    const user = this.access.requireUser(principal);
    const request = await this.repository.lock(manager, requestId);
    if (!request || !isApprovableKind(request.documentKind)) {
      throw AppError.notFound('The approval request');
    }
    const roles = (await this.access.rolesOnBrands(user.userId, [request.brandId], manager)).get(
      request.brandId,
    );
    if (!roles || !can(roles, readAction(request.documentKind))) {
      throw AppError.notFound('The approval request');
    }
    return { request, roles };
  }
}

/** The matrix action that reads documents of an approvable kind. */
export function readAction(kind: ApprovableKind): 'post.read' | 'strategy.read' | 'mediaPlan.read' {
  return kind === 'post' ? 'post.read' : kind === 'strategy' ? 'strategy.read' : 'mediaPlan.read';
}
