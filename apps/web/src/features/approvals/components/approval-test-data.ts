import type {
  ApprovalRequestFieldsFragment,
  ApprovalStepFieldsFragment,
  DocumentApprovalStateQuery,
} from '../../../gql/graphql';

type Flow = NonNullable<DocumentApprovalStateQuery['documentApprovalFlow']>;
type Decision = ApprovalRequestFieldsFragment['decisions'][number];

/** Test data of the approvals feature's tests (shaped as the server answers). */
export function buildStep(overrides: Partial<ApprovalStepFieldsFragment> = {}) {
  return {
    __typename: 'ApprovalStep' as const,
    index: 0,
    name: 'Lead review',
    rule: 'ANY' as const,
    dueInMinutes: null,
    skippable: false,
    approvers: [
      {
        __typename: 'Approver' as const,
        kind: 'ROLE' as const,
        role: 'LEAD' as const,
        userId: null,
        userName: null,
      },
    ],
    ...overrides,
  } satisfies ApprovalStepFieldsFragment;
}

export const leadStep = buildStep();
export const expertStep = buildStep({
  index: 1,
  name: 'Expert sign-off',
  rule: 'ALL',
  dueInMinutes: 24 * 60,
  skippable: true,
  approvers: [
    { __typename: 'Approver', kind: 'USER', role: null, userId: 'u-kim', userName: 'Kim Expert' },
    { __typename: 'Approver', kind: 'USER', role: null, userId: 'u-lan', userName: 'Lan Expert' },
  ],
});

export function buildFlow(overrides: Partial<Flow> = {}): Flow {
  return {
    __typename: 'ApprovalFlow',
    id: 'flow-1',
    name: 'Standard posts',
    isDefault: true,
    documentKind: 'POST',
    steps: [leadStep, expertStep],
    ...overrides,
  };
}

export function buildDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    __typename: 'ApprovalDecisionRecord',
    id: 'dec-1',
    stepIndex: 0,
    round: 1,
    decision: 'APPROVE',
    comment: null,
    userId: 'u-linh',
    userName: 'Linh Lead',
    versionId: 'ver-7',
    late: false,
    createdAt: '2026-12-06T09:30:00.000Z',
    ...overrides,
  };
}

export function buildRequest(
  overrides: Partial<ApprovalRequestFieldsFragment> = {},
): ApprovalRequestFieldsFragment {
  return {
    __typename: 'ApprovalRequest',
    id: 'req-1',
    documentId: 'doc-1',
    status: 'PENDING',
    round: 1,
    currentStep: 0,
    versionId: 'ver-7',
    flowId: 'flow-1',
    flowName: 'Standard posts',
    submittedBy: 'u-sam',
    submitterName: 'Sam Specialist',
    createdAt: '2026-12-06T09:00:00.000Z',
    closedAt: null,
    stepOpenedAt: '2026-12-06T09:00:00.000Z',
    canDecide: false,
    needsAttention: false,
    openApproverIds: ['u-linh'],
    toneCheck: null,
    steps: [leadStep, expertStep],
    decisions: [],
    ...overrides,
  };
}

export function buildState(
  overrides: Partial<DocumentApprovalStateQuery> = {},
): DocumentApprovalStateQuery {
  const flow = buildFlow();
  return {
    documentApprovalFlow: flow,
    approvalFlows: [flow, buildFlow({ id: 'flow-2', name: 'Paid posts', isDefault: false })],
    documentApprovals: [],
    ...overrides,
  };
}
