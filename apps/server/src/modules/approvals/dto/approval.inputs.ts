import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TeamRoleEnum } from '../../access/index.js';
import { DocumentKindEnum } from '../../documents/index.js';
import { ApprovalDecisionEnum, ApprovalRuleEnum, ApproverKindEnum } from '../approval-enums.js';

@InputType({ description: 'Who may decide at a step' })
export class ApproverInput {
  @Field(() => ApproverKindEnum, {
    description: 'A role, a named person, or the client (an approve share link)',
  })
  kind: string;

  @Field(() => TeamRoleEnum, { nullable: true, description: 'For ROLE: the team role' })
  role?: string | null;

  @Field(() => ID, { nullable: true, description: 'For USER: the person' })
  userId?: string | null;
}

@InputType({ description: 'One step of an approval flow' })
export class ApprovalStepInput {
  @Field({ nullable: true, description: 'A name for the step (e.g. "Lead review")' })
  name?: string;

  @Field(() => ApprovalRuleEnum, { description: 'Any one approver, or all of them' })
  rule: string;

  @Field(() => [ApproverInput], { description: 'At least one approver' })
  approvers: ApproverInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes the step may stay open before a reminder (positive); none: no due time',
  })
  dueInMinutes?: number | null;

  @Field({ nullable: true, description: 'Whether someone with the skip right may skip it' })
  skippable?: boolean;
}

@InputType({ description: 'A new approval flow' })
export class CreateApprovalFlowInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field({ description: 'The flow name (e.g. "Paid posts")' })
  name: string;

  @Field(() => DocumentKindEnum, {
    description: 'What it approves: posts, strategies or media plans',
  })
  documentKind: string;

  @Field({ nullable: true, description: "Make it the brand's default for its kind" })
  isDefault?: boolean;

  @Field(() => [ApprovalStepInput], { description: 'The ordered steps, at least one' })
  steps: ApprovalStepInput[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The step (0-based) an edit after approval or during review sends a request back to; none: the first',
  })
  reopenToStep?: number | null;
}

@InputType({ description: 'Changes to an approval flow (requests under way keep their steps)' })
export class UpdateApprovalFlowInput {
  @Field(() => ID, { description: 'The flow' })
  flowId: string;

  @Field({ nullable: true, description: 'A new name' })
  name?: string;

  @Field({ nullable: true, description: "Make it (or stop it being) the brand's default" })
  isDefault?: boolean;

  @Field(() => [ApprovalStepInput], { nullable: true, description: 'The new steps' })
  steps?: ApprovalStepInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'A new step (0-based) for a reopen to go back to; it must be one of the steps',
  })
  reopenToStep?: number | null;
}

@InputType({ description: 'A decision at the open step of a request' })
export class DecideApprovalInput {
  @Field(() => ID, { description: 'The request' })
  requestId: string;

  @Field(() => Int, { description: 'The step decided on (the open one)' })
  stepIndex: number;

  @Field(() => ID, { description: 'The version read (must still be the one under review)' })
  versionId: string;

  @Field(() => ApprovalDecisionEnum, { description: 'Approve, request changes or reject' })
  decision: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required for REQUEST_CHANGES and REJECT',
  })
  comment?: string | null;
}

@InputType({ description: 'Skipping the open step of a request' })
export class SkipApprovalStepInput {
  @Field(() => ID, { description: 'The request' })
  requestId: string;

  @Field(() => Int, { description: 'The open step' })
  stepIndex: number;

  @Field(() => String, { nullable: true, description: 'Why it is skipped (kept in the trail)' })
  reason?: string | null;
}
