import { registerEnumType } from '@nestjs/graphql';

export const ApprovalRuleEnum = { ANY: 'any', ALL: 'all' } as const;
export const ApproverKindEnum = { ROLE: 'role', USER: 'user', CLIENT: 'client' } as const;
export const ApprovalStatusEnum = {
  PENDING: 'pending',
  APPROVED: 'approved',
  CHANGES_REQUESTED: 'changes_requested',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
} as const;
export const ApprovalDecisionEnum = {
  APPROVE: 'approve',
  REQUEST_CHANGES: 'request_changes',
  REJECT: 'reject',
} as const;
export const RecordedDecisionEnum = { ...ApprovalDecisionEnum, SKIP: 'skip' } as const;
export const DiffOpEnum = { EQUAL: 'equal', INSERT: 'insert', DELETE: 'delete' } as const;

registerEnumType(ApprovalRuleEnum, {
  name: 'ApprovalRule',
  description: 'ANY: one approval closes the step; ALL: every approver of the step must approve',
});
registerEnumType(ApproverKindEnum, {
  name: 'ApproverKind',
  description:
    'ROLE: anyone holding a team role on the brand; USER: a named person; CLIENT: the client, through an approve share link to the document',
});
registerEnumType(ApprovalStatusEnum, {
  name: 'ApprovalStatus',
  description:
    'Where an approval request is: pending at a step, approved, changes requested, rejected, or withdrawn by its submitter',
});
registerEnumType(ApprovalDecisionEnum, {
  name: 'ApprovalDecision',
  description:
    'What an approver decides: approve, request changes or reject (comment required for the last two)',
});
registerEnumType(RecordedDecisionEnum, {
  name: 'RecordedApprovalDecision',
  description: 'A decision as recorded: approve, request changes, reject, or skip (a step skipped)',
});
registerEnumType(DiffOpEnum, {
  name: 'DiffOp',
  description: 'A part of a word diff: unchanged, inserted or deleted',
});
