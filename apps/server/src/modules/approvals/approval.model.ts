import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TeamRoleEnum } from '../access/index.js';
import { DocumentKindEnum } from '../documents/index.js';
import {
  ApprovalRuleEnum,
  ApprovalStatusEnum,
  ApproverKindEnum,
  RecordedDecisionEnum,
} from './approval-enums.js';

@ObjectType('Approver', { description: 'Who may decide at a step' })
export class ApproverModel {
  @Field(() => ApproverKindEnum, { description: 'A role, a named person, or the client' })
  kind: string;

  @Field(() => TeamRoleEnum, { nullable: true, description: 'For ROLE: the team role' })
  role: string | null;

  @Field(() => ID, { nullable: true, description: 'For USER: the person' })
  userId: string | null;

  @Field(() => String, { nullable: true, description: "For USER: the person's display name" })
  userName: string | null;
}

@ObjectType('ApprovalStep', { description: 'One step of an approval flow' })
export class ApprovalStepModel {
  @Field(() => Int, { description: 'Its place in the flow, from 0' })
  index: number;

  @Field({ description: 'Its name' })
  name: string;

  @Field(() => ApprovalRuleEnum, { description: 'Any one approver, or all of them' })
  rule: string;

  @Field(() => [ApproverModel], { description: 'Who may decide' })
  approvers: ApproverModel[];

  @Field(() => Int, { nullable: true, description: 'Minutes before a reminder; null: none' })
  dueInMinutes: number | null;

  @Field({ description: 'Whether the step may be skipped by someone with the skip right' })
  skippable: boolean;
}

@ObjectType('MissingApprover', {
  description:
    'A gap in a flow: a named approver who can no longer approve, or a role nobody holds',
})
export class MissingApproverModel {
  @Field(() => Int, { description: 'The step' })
  stepIndex: number;

  @Field(() => ApproverKindEnum, { description: 'ROLE or USER' })
  kind: string;

  @Field(() => TeamRoleEnum, { nullable: true, description: 'For ROLE: the role nobody holds' })
  role: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For USER: the person who left or lost the right',
  })
  userId: string | null;
}

@ObjectType('ApprovalFlow', { description: 'An approval flow of a brand for one document kind' })
export class ApprovalFlowModel {
  @Field(() => ID, { description: 'The flow id' })
  id: string;

  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field({ description: 'The name' })
  name: string;

  @Field(() => DocumentKindEnum, { description: 'What it approves' })
  documentKind: string;

  @Field({ description: "Whether it is the brand's default for its kind" })
  isDefault: boolean;

  @Field(() => [ApprovalStepModel], { description: 'The ordered steps' })
  steps: ApprovalStepModel[];

  @Field(() => [MissingApproverModel], {
    description: 'Approvers who can no longer approve and roles nobody holds (the flow has a gap)',
  })
  missingApprovers: MissingApproverModel[];

  @Field(() => Int, {
    description:
      'The step (0-based) an edit after approval or during review sends a request back to',
  })
  reopenToStep: number;

  @Field({ description: 'Created' })
  createdAt: Date;

  @Field({ description: 'Last changed' })
  updatedAt: Date;
}

@ObjectType('ApprovalDecisionRecord', { description: 'A decision at a step, or a skip' })
export class ApprovalDecisionModel {
  @Field(() => ID, { description: 'The decision id' })
  id: string;

  @Field(() => Int, { description: 'The round (1, then +1 per reopen)' })
  round: number;

  @Field(() => Int, { description: 'The step' })
  stepIndex: number;

  @Field(() => ID, { description: 'The version it was made on' })
  versionId: string;

  @Field(() => ID, { nullable: true, description: 'Who decided' })
  userId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Their display name; for the client, the name the guest gave',
  })
  userName: string | null;

  @Field({ description: 'Decided by the client through an approve share link (userId is null)' })
  byClient: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The client\'s share-link label when they decided ("Client — Lotus marketing team")',
  })
  clientLabel: string | null;

  @Field(() => RecordedDecisionEnum, { description: 'Approve, request changes, reject or skip' })
  decision: string;

  @Field(() => String, { nullable: true, description: 'The comment (or the reason of a skip)' })
  comment: string | null;

  @Field({ description: 'It arrived after the step had closed, and changed nothing' })
  late: boolean;

  @Field({ description: 'When' })
  createdAt: Date;
}

@ObjectType('ApprovalRequest', {
  description: 'A document submitted for approval, bound to a version',
})
export class ApprovalRequestModel {
  @Field(() => ID, { description: 'The request id' })
  id: string;

  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field(() => DocumentKindEnum, { description: "The document's kind" })
  documentKind: string;

  @Field({ description: "The document's title" })
  documentTitle: string;

  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field(() => ID, { nullable: true, description: 'The flow it follows (null once deleted)' })
  flowId: string | null;

  @Field({ description: 'The name of that flow when submitted' })
  flowName: string;

  @Field(() => ApprovalStatusEnum, { description: 'Where it is' })
  status: string;

  @Field(() => Int, { description: 'The round: 1, then +1 each time an edit reopened it' })
  round: number;

  @Field(() => Int, { description: 'The open step (or the step it ended at)' })
  currentStep: number;

  @Field(() => ID, { description: 'The version under review' })
  versionId: string;

  @Field(() => ID, { nullable: true, description: 'Who submitted it' })
  submittedBy: string | null;

  @Field(() => String, { nullable: true, description: "The submitter's display name" })
  submitterName: string | null;

  @Field({ description: 'When the open step opened' })
  stepOpenedAt: Date;

  @Field(() => [ID], { description: 'Who may decide at the open step' })
  openApproverIds: string[];

  @Field({ description: 'An approver of the open step left or none is left: someone has to look' })
  needsAttention: boolean;

  @Field(() => [ApprovalStepModel], { description: 'The steps (as they were when submitted)' })
  steps: ApprovalStepModel[];

  @Field(() => [ApprovalDecisionModel], { description: 'Every decision so far, oldest first' })
  decisions: ApprovalDecisionModel[];

  @Field({ description: 'Whether the caller may decide at the open step now' })
  canDecide: boolean;

  @Field({ description: 'Submitted' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was approved, rejected or withdrawn' })
  closedAt: Date | null;
}

@ObjectType('ApprovalChangeMarker', {
  description: '"Changed after your approval": an edit reopened a request the caller had approved',
})
export class ApprovalChangeMarkerModel {
  @Field(() => ID, { description: 'The marker id' })
  id: string;

  @Field(() => ID, { description: 'The request' })
  requestId: string;

  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field({ description: "The document's title" })
  documentTitle: string;

  @Field(() => ID, { description: 'The version the caller approved' })
  fromVersionId: string;

  @Field(() => ID, { description: 'The version the edit made (now under review)' })
  toVersionId: string;

  @Field(() => Int, { description: 'The round the edit started' })
  round: number;

  @Field({ description: 'When the edit reopened the request' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the caller marked it seen' })
  seenAt: Date | null;
}

@ObjectType('ApprovalHistoryEntry', { description: "One event of a document's approval trail" })
export class ApprovalHistoryEntryModel {
  @Field(() => ID, { description: 'The event id' })
  id: string;

  @Field({ description: 'The event type, e.g. approval.submitted, approval.reopened' })
  type: string;

  @Field(() => ID, { nullable: true, description: 'Who did it (null: the system)' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: "The actor's display name" })
  actorName: string | null;

  @Field({ description: 'When' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'The request' })
  requestId: string | null;

  @Field(() => Int, { nullable: true, description: 'The round' })
  round: number | null;

  @Field(() => Int, { nullable: true, description: 'The step concerned' })
  stepIndex: number | null;

  @Field(() => ID, { nullable: true, description: 'The version under review at the time' })
  versionId: string | null;

  @Field(() => ID, { nullable: true, description: 'For a reopen: the version approved before' })
  fromVersionId: string | null;

  @Field(() => ID, { nullable: true, description: 'For a reopen: the version the edit made' })
  toVersionId: string | null;

  @Field(() => String, { nullable: true, description: 'The comment or reason given' })
  comment: string | null;

  @Field({ description: 'Everything the event recorded, as JSON text' })
  details: string;
}

@ObjectType('ApprovalWaitingOn', { description: 'Someone a step waits on' })
export class ApprovalWaitingOnModel {
  @Field(() => ID, { description: 'The person' })
  userId: string;

  @Field({ description: 'Their display name' })
  name: string;
}

@ObjectType('StuckApproval', {
  description: 'A pending request: the open step, on whom, since when',
})
export class StuckApprovalModel {
  @Field(() => ApprovalRequestModel, { description: 'The request' })
  request: ApprovalRequestModel;

  @Field(() => Int, { description: 'The open step' })
  stepIndex: number;

  @Field({ description: "The open step's name" })
  stepName: string;

  @Field({ description: 'Since when the step is open' })
  since: Date;

  @Field(() => Date, { nullable: true, description: 'When it is due (null: no due time)' })
  dueAt: Date | null;

  @Field(() => [ApprovalWaitingOnModel], { description: 'Who has not decided yet' })
  waitingOn: ApprovalWaitingOnModel[];
}
