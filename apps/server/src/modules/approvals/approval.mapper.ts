import type { FlowStep } from './approval-steps.js';
import type { FlowView } from './approval-flows.service.js';
import type { WaitingRow } from './approval-waiting.query.js';
import type {
  HistoryEntry,
  MarkerView,
  RequestView,
  StuckView,
} from './approval-queries.service.js';
import {
  type ApprovalDecisionModel,
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
    decisions: view.decisions.map(({ guestName, guestLabel, ...decision }) => ({
      ...decision,
      byClient: guestName !== null,
      clientLabel: guestLabel,
    })),
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

/**
 * A "waiting on me" row as an ApprovalRequest: plain fields copied, and the steps, the open
 * step's approvers and the decisions parsed from their JSON only when a query asks for them
 * (a list of 500 asks for few), once. A prototype getter per lazy field keeps one object
 * shape for all rows.
 */
export class WaitingRequestModel implements ApprovalRequestModel {
  readonly id: string;
  readonly documentId: string;
  readonly documentKind: string;
  readonly documentTitle: string;
  readonly brandId: string;
  readonly flowId: string | null;
  readonly flowName: string;
  readonly status: string;
  readonly round: number;
  readonly currentStep: number;
  readonly versionId: string;
  readonly submittedBy: string | null;
  readonly submitterName: string | null;
  readonly stepOpenedAt: Date;
  readonly needsAttention: boolean;
  readonly canDecide = true;
  readonly createdAt: Date;
  readonly closedAt: Date | null;
  private readonly row: WaitingRow;
  private readonly stepsByJson: Map<string, ApprovalStepModel[]>;
  private parsedSteps: ApprovalStepModel[] | undefined;
  private parsedApprovers: string[] | undefined;
  private parsedDecisions: ApprovalDecisionModel[] | undefined;

  /**
   * @param stepsByJson shared by the rows of one answer: requests of the same flow hold the
   * same steps, parsed once (the lists are read-only).
   */
  constructor(row: WaitingRow, stepsByJson: Map<string, ApprovalStepModel[]> = new Map()) {
    this.row = row;
    this.stepsByJson = stepsByJson;
    this.id = row.id;
    this.documentId = row.document_id;
    this.documentKind = row.document_kind;
    this.documentTitle = row.document_title;
    this.brandId = row.brand_id;
    this.flowId = row.flow_id;
    this.flowName = row.flow_name;
    this.status = row.status;
    this.round = row.round;
    this.currentStep = row.current_step;
    this.versionId = row.version_id;
    this.submittedBy = row.submitted_by;
    this.submitterName = row.submitter_name;
    this.stepOpenedAt = new Date(row.step_opened_ms);
    this.needsAttention = row.needs_attention;
    this.createdAt = new Date(row.created_ms);
    this.closedAt = row.closed_ms === null ? null : new Date(row.closed_ms);
    this.parsedSteps = undefined;
    this.parsedApprovers = undefined;
    this.parsedDecisions = undefined;
  }

  get steps(): ApprovalStepModel[] {
    if (!this.parsedSteps) {
      const json = this.row.steps_json;
      let steps = this.stepsByJson.get(json);
      if (!steps) {
        steps = toStepModels(JSON.parse(json) as FlowStep[]);
        this.stepsByJson.set(json, steps);
      }
      this.parsedSteps = steps;
    }
    return this.parsedSteps;
  }

  get openApproverIds(): string[] {
    // A waiting request is pending, so its open step's approvers are shown.
    this.parsedApprovers ??= JSON.parse(this.row.approver_ids_json) as string[];
    return this.parsedApprovers;
  }

  get decisions(): ApprovalDecisionModel[] {
    if (!this.parsedDecisions) {
      const parsed = JSON.parse(this.row.decisions_json) as Array<{ createdAt: number | Date }>;
      // Epoch milliseconds in the JSON become dates in place (no copy of each decision).
      for (const decision of parsed) decision.createdAt = new Date(decision.createdAt);
      this.parsedDecisions = parsed as ApprovalDecisionModel[];
    }
    return this.parsedDecisions;
  }
}
