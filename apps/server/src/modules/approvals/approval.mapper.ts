import type { FlowStep } from './approval-steps.js';
import type { FlowView } from './approval-flows.service.js';
import type {
  HistoryEntry,
  MarkerView,
  RequestView,
  StuckView,
} from './approval-queries.service.js';
import {
  type ApprovalChangeMarkerModel,
  type ApprovalFlowModel,
  type ApprovalHistoryEntryModel,
  type ApprovalRequestModel,
  type ApprovalStepModel,
  type StuckApprovalModel,
} from './approval.model.js';

export function toStepModels(
  steps: readonly FlowStep[],
  names: ReadonlyMap<string, string> = new Map(),
): ApprovalStepModel[] {
  return steps.map((step, index) => ({
    index,
    name: step.name,
    rule: step.rule,
    dueInMinutes: step.dueMinutes,
    skippable: step.skippable,
    approvers: step.approvers.map((a) => ({
      kind: a.kind,
      role: a.kind === 'role' ? a.role : null,
      userId: a.kind === 'user' ? a.userId : null,
      userName: a.kind === 'user' ? (names.get(a.userId) ?? null) : null,
    })),
  }));
}

export function toFlowModel({ flow, missing, names }: FlowView): ApprovalFlowModel {
  return {
    id: flow.id,
    brandId: flow.brandId,
    name: flow.name,
    documentKind: flow.documentKind,
    isDefault: flow.isDefault,
    steps: toStepModels(flow.steps, names),
    missingApprovers: missing,
    reopenToStep: flow.reopenToStep,
    createdAt: flow.createdAt,
    updatedAt: flow.updatedAt,
  };
}

export function toRequestModel(view: RequestView): ApprovalRequestModel {
  const r = view.request;
  return {
    id: r.id,
    documentId: r.documentId,
    documentKind: r.documentKind,
    documentTitle: view.documentTitle,
    brandId: r.brandId,
    flowId: r.flowId,
    flowName: r.flowName,
    status: r.status,
    round: r.round,
    currentStep: r.currentStep,
    versionId: r.versionId,
    submittedBy: r.submittedBy,
    submitterName: view.submitterName,
    stepOpenedAt: r.stepOpenedAt,
    openApproverIds: r.status === 'pending' ? r.openApproverIds : [],
    needsAttention: r.needsAttention,
    steps: toStepModels(r.steps),
    decisions: view.decisions,
    canDecide: view.canDecide,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
  };
}

export function toStuckModel({ row, waitingOn }: StuckView): StuckApprovalModel {
  const r = row.request;
  const step = r.steps[r.currentStep]!;
  return {
    request: toRequestModel({ ...row, decisions: [], canDecide: false }),
    stepIndex: r.currentStep,
    stepName: step.name,
    since: r.stepOpenedAt,
    dueAt: step.dueMinutes ? new Date(r.stepOpenedAt.getTime() + step.dueMinutes * 60_000) : null,
    waitingOn,
  };
}

export function toHistoryModel(entry: HistoryEntry): ApprovalHistoryEntryModel {
  const d = entry.data;
  const str = (key: string): string | null => (typeof d[key] === 'string' ? d[key] : null);
  const int = (key: string): number | null => (typeof d[key] === 'number' ? d[key] : null);
  return {
    id: entry.id,
    type: entry.type,
    actorId: entry.actorId,
    actorName: entry.actorName,
    occurredAt: entry.occurredAt,
    requestId: str('requestId'),
    round: int('round'),
    stepIndex: int('stepIndex'),
    versionId: str('versionId'),
    fromVersionId: str('fromVersionId'),
    toVersionId: str('toVersionId'),
    comment: str('comment') ?? str('reason'),
    details: JSON.stringify(d),
  };
}

export function toMarkerModel(marker: MarkerView): ApprovalChangeMarkerModel {
  return { ...marker };
}
