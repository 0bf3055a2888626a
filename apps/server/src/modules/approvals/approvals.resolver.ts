import { Args, ID, Mutation, ObjectType, Field, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { DocumentKindEnum } from '../documents/index.js';
import { ApprovalDiffService } from './approval-diff.service.js';
import { VersionDiffModel } from './approval-diff.model.js';
import { ApprovalFlowsService } from './approval-flows.service.js';
import { ApprovalQueriesService } from './approval-queries.service.js';
import { ApprovalRequestsService } from './approval-requests.service.js';
import {
  toFlowModel,
  toHistoryModel,
  toMarkerModel,
  toRequestModel,
  toStuckModel,
} from './approval.mapper.js';
import {
  ApprovalChangeMarkerModel,
  ApprovalFlowModel,
  ApprovalHistoryEntryModel,
  ApprovalRequestModel,
  StuckApprovalModel,
} from './approval.model.js';
import {
  CreateApprovalFlowInput,
  DecideApprovalInput,
  SkipApprovalStepInput,
  UpdateApprovalFlowInput,
} from './dto/approval.inputs.js';

@ObjectType('ApprovalDecisionPayload', { description: 'What a decision did' })
export class ApprovalDecisionPayloadModel {
  @Field(() => ApprovalRequestModel, { description: 'The request as it is now' })
  request: ApprovalRequestModel;

  @Field({
    description:
      'The step had closed before this decision arrived (another approver was first): it was recorded and changed nothing',
  })
  late: boolean;
}

@Resolver()
export class ApprovalsResolver {
  constructor(
    private readonly flows: ApprovalFlowsService,
    private readonly requests: ApprovalRequestsService,
    private readonly queries: ApprovalQueriesService,
    private readonly diffs: ApprovalDiffService,
  ) {}

  @Query(() => VersionDiffModel, {
    description:
      "What changed between two versions of a document (e.g. a marker's fromVersionId → toVersionId): a word diff for posts and strategies, cells for media plans",
  })
  async versionDiff(
    @CurrentPrincipal() principal: Principal,
    @Args('fromVersionId', { type: () => ID }) fromVersionId: string,
    @Args('toVersionId', { type: () => ID }) toVersionId: string,
  ): Promise<VersionDiffModel> {
    const diff = await this.diffs.diff(principal, fromVersionId, toVersionId);
    return { ...diff, mediaPlan: diff.plan };
  }

  @Query(() => [ApprovalFlowModel], {
    description: "A brand's approval flows (anyone on the brand)",
  })
  async approvalFlows(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('documentKind', { type: () => DocumentKindEnum, nullable: true }) documentKind?: string,
  ): Promise<ApprovalFlowModel[]> {
    return (await this.flows.list(principal, brandId, documentKind)).map(toFlowModel);
  }

  @Query(() => ApprovalFlowModel, { description: 'One approval flow' })
  async approvalFlow(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApprovalFlowModel> {
    return toFlowModel(await this.flows.get(principal, id));
  }

  @Mutation(() => ApprovalFlowModel, {
    description: 'Creates an approval flow (approvalFlow.manage; VALIDATION names the bad field)',
  })
  async createApprovalFlow(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateApprovalFlowInput,
  ): Promise<ApprovalFlowModel> {
    return toFlowModel(await this.flows.create(principal, input));
  }

  @Mutation(() => ApprovalFlowModel, {
    description: 'Changes an approval flow; requests under way keep the steps they started with',
  })
  async updateApprovalFlow(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateApprovalFlowInput,
  ): Promise<ApprovalFlowModel> {
    return toFlowModel(await this.flows.update(principal, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes an approval flow (requests under way go on)' })
  async deleteApprovalFlow(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.flows.delete(principal, id);
  }

  @Mutation(() => ApprovalFlowModel, {
    nullable: true,
    description:
      "Picks the flow a document follows (editors); null flowId: back to the brand's default. Answers the flow it now follows, or null (no approval needed)",
  })
  async chooseApprovalFlow(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('flowId', { type: () => ID, nullable: true }) flowId?: string | null,
  ): Promise<ApprovalFlowModel | null> {
    const flowIdChosen = await this.requests.choose(principal, documentId, flowId ?? null);
    return flowIdChosen ? toFlowModel(await this.flows.get(principal, flowIdChosen)) : null;
  }

  @Query(() => ApprovalFlowModel, {
    nullable: true,
    description:
      'The flow a document follows (its pick or the brand default); null: no approval needed',
  })
  async documentApprovalFlow(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<ApprovalFlowModel | null> {
    const flowId = await this.requests.flowOf(principal, documentId);
    return flowId ? toFlowModel(await this.flows.get(principal, flowId)) : null;
  }

  @Mutation(() => ApprovalRequestModel, {
    description:
      "Submits a document for approval, bound to a new version of its content (editors; APPROVAL_NO_FLOW, APPROVAL_ALREADY_OPEN; TONE_CHECK_BLOCKED when the version fails the brand's tone check)",
  })
  async submitForApproval(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('flowId', { type: () => ID, nullable: true }) flowId?: string | null,
    @Args('toneOverrideReason', {
      type: () => String,
      nullable: true,
      description:
        'Submit although the tone check fails, with this reason (toneOfVoice.override; audited and shown to approvers)',
    })
    toneOverrideReason?: string | null,
  ): Promise<ApprovalRequestModel> {
    const id = await this.requests.submit(principal, documentId, flowId, { toneOverrideReason });
    return toRequestModel(await this.queries.request(principal, id));
  }

  @Mutation(() => ApprovalDecisionPayloadModel, {
    description:
      "Decides at the open step on the version under review (the step's approvers only; typed refusals change nothing)",
  })
  async decideApproval(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DecideApprovalInput,
  ): Promise<ApprovalDecisionPayloadModel> {
    const result = await this.requests.decide(principal, input);
    return {
      request: toRequestModel(await this.queries.request(principal, result.requestId)),
      late: result.late,
    };
  }

  @Mutation(() => ApprovalRequestModel, {
    description: 'Skips the open step when it is skippable (approval.skip; audited)',
  })
  async skipApprovalStep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SkipApprovalStepInput,
  ): Promise<ApprovalRequestModel> {
    const id = await this.requests.skip(principal, input);
    return toRequestModel(await this.queries.request(principal, id));
  }

  @Mutation(() => ApprovalRequestModel, {
    description: 'The submitter withdraws a pending request',
  })
  async withdrawApproval(
    @CurrentPrincipal() principal: Principal,
    @Args('requestId', { type: () => ID }) requestId: string,
  ): Promise<ApprovalRequestModel> {
    const id = await this.requests.withdraw(principal, requestId);
    return toRequestModel(await this.queries.request(principal, id));
  }

  @Query(() => ApprovalRequestModel, { description: 'One approval request' })
  async approvalRequest(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApprovalRequestModel> {
    return toRequestModel(await this.queries.request(principal, id));
  }

  @Query(() => [ApprovalRequestModel], {
    description: "A document's approval requests, newest first (the first is the current one)",
  })
  async documentApprovals(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<ApprovalRequestModel[]> {
    return (await this.queries.forDocument(principal, documentId)).map(toRequestModel);
  }

  @Query(() => [ApprovalHistoryEntryModel], {
    description:
      "A document's approval trail: every submission, decision, skip, reopen and reminder",
  })
  async approvalHistory(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<ApprovalHistoryEntryModel[]> {
    return (await this.queries.history(principal, documentId)).map(toHistoryModel);
  }

  @Query(() => [ApprovalRequestModel], {
    description: 'Requests whose open step waits on the caller, oldest first',
  })
  async waitingOnMe(@CurrentPrincipal() principal: Principal): Promise<ApprovalRequestModel[]> {
    return (await this.queries.waitingOnMe(principal)).map(toRequestModel);
  }

  @Query(() => [StuckApprovalModel], {
    description:
      "The brand's pending requests, longest waiting first, and on whom (approval.monitor)",
  })
  async stuckApprovals(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<StuckApprovalModel[]> {
    return (await this.queries.stuck(principal, brandId)).map(toStuckModel);
  }

  @Query(() => [ApprovalChangeMarkerModel], {
    description: '"Changed after your approval": edits that reopened requests the caller approved',
  })
  async myApprovalChangeMarkers(
    @CurrentPrincipal() principal: Principal,
    @Args('includeSeen', { nullable: true }) includeSeen?: boolean,
  ): Promise<ApprovalChangeMarkerModel[]> {
    return (await this.queries.myMarkers(principal, includeSeen ?? false)).map(toMarkerModel);
  }

  @Mutation(() => Boolean, { description: 'Marks a "changed after your approval" marker seen' })
  async markApprovalChangeSeen(
    @CurrentPrincipal() principal: Principal,
    @Args('markerId', { type: () => ID }) markerId: string,
  ): Promise<boolean> {
    return this.queries.markSeen(principal, markerId);
  }
}
