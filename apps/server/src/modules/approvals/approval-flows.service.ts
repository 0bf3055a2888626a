import { can } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { validName } from '../../platform/validation/index.js';
import { AccessService, isUuid, type Principal } from '../access/index.js';
import { assertBrandActive } from '../brands/index.js';
import { actorOf, EventLog, type EventType } from '../events/index.js';
import { ApprovalFlowChoiceEntity, ApprovalFlowEntity } from './approval-flow.entity.js';
import { checkKind, checkReopenTo, checkSteps } from './approval-flow-check.js';
import { APPROVABLE_KINDS, type ApprovableKind, type FlowStep } from './approval-steps.js';
import { ApprovalsRepository, type BrandPerson } from './approvals.repository.js';
import type { CreateApprovalFlowInput, UpdateApprovalFlowInput } from './dto/approval.inputs.js';

/** A gap in a flow: a named approver who can no longer approve, or a role nobody holds. */
export interface MissingApprover {
  stepIndex: number;
  kind: 'role' | 'user';
  role: string | null;
  userId: string | null;
}

export interface FlowView {
  flow: ApprovalFlowEntity;
  missing: MissingApprover[];
  names: Map<string, string>;
}

/**
 * Approval flows of a brand: designed by those holding `approvalFlow.manage`, read by
 * everyone on the brand. Every change writes its event; a bad flow changes nothing.
 */
@Injectable()
export class ApprovalFlowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: ApprovalsRepository,
    private readonly events: EventLog,
  ) {}

  async list(principal: Principal, brandId: string, kind?: string | null): Promise<FlowView[]> {
    await this.access.authorizeBrand(principal, brandId, 'brand.read');
    const flows = await this.dataSource.manager.find(ApprovalFlowEntity, {
      where: { brandId, ...(kind ? { documentKind: kind } : {}) },
      order: { documentKind: 'ASC', isDefault: 'DESC', name: 'ASC' },
    });
    const people = await this.repository.brandPeople(brandId);
    return flows.map((flow) => view(flow, people));
  }

  async get(principal: Principal, flowId: string): Promise<FlowView> {
    const flow = await this.find(principal, flowId, 'brand.read');
    return view(flow, await this.repository.brandPeople(flow.brandId));
  }

  async create(principal: Principal, input: CreateApprovalFlowInput): Promise<FlowView> {
    const { brand } = await this.access.authorizeBrand(
      principal,
      input.brandId,
      'approvalFlow.manage',
    );
    assertBrandActive(brand);
    const kind = checkKind(input.documentKind);
    const name = validName(input.name, 'name', 200);
    const steps = checkSteps(kind, input.steps);
    const reopenToStep = checkReopenTo(input.reopenToStep, steps.length);
    const people = await this.repository.brandPeople(brand.id);
    checkNamedPeople(kind, steps, people);
    const id = await this.dataSource.transaction(async (manager) => {
      if (input.isDefault) await this.clearDefault(manager, brand.id, kind);
      const inserted = await manager.insert(ApprovalFlowEntity, {
        brandId: brand.id,
        name,
        documentKind: kind,
        isDefault: input.isDefault ?? false,
        steps,
        reopenToStep,
        createdBy: actorOf(principal),
      });
      const flowId = (inserted.identifiers[0] as { id: string }).id;
      await this.record(
        manager,
        'approval_flow.created',
        principal,
        brand.workspaceId,
        brand.id,
        flowId,
        {
          name,
          documentKind: kind,
          isDefault: input.isDefault ?? false,
          steps: steps.length,
          reopenToStep,
        },
      );
      return flowId;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, input: UpdateApprovalFlowInput): Promise<FlowView> {
    const flow = await this.find(principal, input.flowId, 'approvalFlow.manage');
    const kind = checkKind(flow.documentKind);
    const name =
      input.name !== undefined && input.name !== null
        ? validName(input.name, 'name', 200)
        : flow.name;
    const steps = input.steps ? checkSteps(kind, input.steps) : flow.steps;
    if (input.steps) checkNamedPeople(kind, steps, await this.repository.brandPeople(flow.brandId));
    const reopenToStep = checkReopenTo(input.reopenToStep ?? flow.reopenToStep, steps.length);
    const isDefault = input.isDefault ?? flow.isDefault;
    await this.dataSource.transaction(async (manager) => {
      if (isDefault && !flow.isDefault) await this.clearDefault(manager, flow.brandId, kind);
      await manager.update(
        ApprovalFlowEntity,
        { id: flow.id },
        { name, steps, isDefault, reopenToStep },
      );
      const workspaceId = await this.workspaceOf(manager, flow.brandId);
      await this.record(
        manager,
        'approval_flow.updated',
        principal,
        workspaceId,
        flow.brandId,
        flow.id,
        {
          name,
          documentKind: kind,
          before: {
            name: flow.name,
            isDefault: flow.isDefault,
            steps: flow.steps.length,
            reopenToStep: flow.reopenToStep,
          },
          after: { name, isDefault, steps: steps.length, reopenToStep },
        },
      );
    });
    return this.get(principal, flow.id);
  }

  /** Deletes a flow; requests under way keep their copy of its steps. */
  async delete(principal: Principal, flowId: string): Promise<boolean> {
    const flow = await this.find(principal, flowId, 'approvalFlow.manage');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ApprovalFlowEntity, { id: flow.id });
      const workspaceId = await this.workspaceOf(manager, flow.brandId);
      await this.record(
        manager,
        'approval_flow.deleted',
        principal,
        workspaceId,
        flow.brandId,
        flow.id,
        {
          name: flow.name,
          documentKind: flow.documentKind,
        },
      );
    });
    return true;
  }

  /**
   * The flow a document follows: the one given (checked against its brand and kind), else
   * the one it picked, else its brand's default for its kind; null: no approval needed.
   */
  async flowFor(
    document: { id: string; brandId: string; kind: string },
    flowId: string | null | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ApprovalFlowEntity | null> {
    if (flowId) {
      const flow = isUuid(flowId)
        ? await manager.findOneBy(ApprovalFlowEntity, { id: flowId })
        : null;
      if (!flow || flow.brandId !== document.brandId || flow.documentKind !== document.kind) {
        throw AppError.validation('flowId', "Pick one of the brand's flows for this kind.");
      }
      return flow;
    }
    const [chosen] = await manager.query<Array<{ flow_id: string }>>(
      'SELECT flow_id FROM approval_flow_choices WHERE document_id = $1',
      [document.id],
    );
    if (chosen) return manager.findOneBy(ApprovalFlowEntity, { id: chosen.flow_id });
    return manager.findOneBy(ApprovalFlowEntity, {
      brandId: document.brandId,
      documentKind: document.kind,
      isDefault: true,
    });
  }

  /** Records the flow a document picks (null: back to the brand's default). */
  async choose(
    document: { id: string; brandId: string; kind: string },
    flowId: string | null,
  ): Promise<ApprovalFlowEntity | null> {
    if (!flowId) {
      await this.dataSource.manager.delete(ApprovalFlowChoiceEntity, { documentId: document.id });
      return this.flowFor(document, null);
    }
    const flow = await this.flowFor(document, flowId);
    await this.dataSource.manager.upsert(
      ApprovalFlowChoiceEntity,
      { documentId: document.id, flowId: flow!.id },
      ['documentId'],
    );
    return flow;
  }

  private async find(
    principal: Principal,
    flowId: string,
    action: 'brand.read' | 'approvalFlow.manage',
  ): Promise<ApprovalFlowEntity> {
    this.access.requireUser(principal);
    const flow = isUuid(flowId)
      ? await this.dataSource.manager.findOneBy(ApprovalFlowEntity, { id: flowId })
      : null;
    if (!flow) throw AppError.notFound('The approval flow');
    const { brand } = await this.access
      .authorizeBrand(principal, flow.brandId, action)
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') {
          throw AppError.notFound('The approval flow');
        }
        throw error;
      });
    if (action !== 'brand.read') assertBrandActive(brand);
    return flow;
  }

  private async clearDefault(manager: EntityManager, brandId: string, kind: string): Promise<void> {
    await manager.update(
      ApprovalFlowEntity,
      { brandId, documentKind: kind, isDefault: true },
      { isDefault: false },
    );
  }

  private async workspaceOf(manager: EntityManager, brandId: string): Promise<string> {
    const [brand] = await manager.query<Array<{ workspace_id: string }>>(
      'SELECT workspace_id FROM brands WHERE id = $1',
      [brandId],
    );
    return brand!.workspace_id;
  }

  private async record(
    manager: EntityManager,
    type: EventType,
    principal: Principal,
    workspaceId: string,
    brandId: string,
    flowId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId,
      brandId,
      actorId: actorOf(principal),
      subject: { type: 'approval_flow', id: flowId },
      data: { flowId, ...data },
    });
  }
}

/** Named approvers must be people of the workspace who may approve the kind on the brand. */
function checkNamedPeople(kind: ApprovableKind, steps: FlowStep[], people: BrandPerson[]): void {
  const byId = new Map(people.map((p) => [p.userId, p]));
  steps.forEach((step, i) =>
    step.approvers.forEach((approver, j) => {
      if (approver.kind !== 'user') return;
      const person = byId.get(approver.userId);
      if (!person || !can(person.roles, APPROVABLE_KINDS[kind])) {
        throw AppError.validation(
          `steps.${i}.approvers.${j}.userId`,
          'This person is not someone who may approve on this brand.',
        );
      }
    }),
  );
}

function view(flow: ApprovalFlowEntity, people: BrandPerson[]): FlowView {
  return {
    flow,
    missing: missingApprovers(flow.documentKind as ApprovableKind, flow.steps, people),
    names: new Map(people.map((p) => [p.userId, p.name])),
  };
}

/** Named approvers who can no longer approve, and roles no one on the brand holds. */
export function missingApprovers(
  kind: ApprovableKind,
  steps: readonly FlowStep[],
  people: readonly BrandPerson[],
): MissingApprover[] {
  const action = APPROVABLE_KINDS[kind];
  const approvers = people.filter((p) => can(p.roles, action));
  const missing: MissingApprover[] = [];
  steps.forEach((step, stepIndex) => {
    for (const approver of step.approvers) {
      if (approver.kind === 'user' && !approvers.some((p) => p.userId === approver.userId)) {
        missing.push({ stepIndex, kind: 'user', role: null, userId: approver.userId });
      }
      if (approver.kind === 'role' && !approvers.some((p) => p.roles.includes(approver.role))) {
        missing.push({ stepIndex, kind: 'role', role: approver.role, userId: null });
      }
    }
  });
  return missing;
}
