import type { NestExpressApplication } from '@nestjs/platform-express';
import type * as Y from 'yjs';
import { DocumentEditor } from '../../src/collaboration/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import type { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';

export const STEP_FIELDS = `index name rule dueInMinutes skippable approvers { kind role userId userName }`;
export const FLOW_FIELDS = `id brandId name documentKind isDefault reopenToStep steps { ${STEP_FIELDS} }
  missingApprovers { stepIndex kind role userId }`;
export const REQUEST_FIELDS = `id documentId documentKind status round currentStep versionId
  submittedBy openApproverIds needsAttention canDecide flowName
  decisions { userId decision late stepIndex round comment versionId }`;

export const CREATE_FLOW = `mutation($i: CreateApprovalFlowInput!) { createApprovalFlow(input: $i) { ${FLOW_FIELDS} } }`;
export const UPDATE_FLOW = `mutation($i: UpdateApprovalFlowInput!) { updateApprovalFlow(input: $i) { ${FLOW_FIELDS} } }`;
export const DELETE_FLOW = `mutation($id: ID!) { deleteApprovalFlow(id: $id) }`;
export const SUBMIT = `mutation($d: ID!, $f: ID) { submitForApproval(documentId: $d, flowId: $f) { ${REQUEST_FIELDS} } }`;
export const DECIDE = `mutation($i: DecideApprovalInput!) { decideApproval(input: $i) { late request { ${REQUEST_FIELDS} } } }`;
export const SKIP = `mutation($i: SkipApprovalStepInput!) { skipApprovalStep(input: $i) { ${REQUEST_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawApproval(requestId: $id) { ${REQUEST_FIELDS} } }`;
export const REQUEST = `query($id: ID!) { approvalRequest(id: $id) { ${REQUEST_FIELDS} } }`;
export const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
export const CREATE_POST = `mutation($i: CreatePostInput!) { createPost(input: $i) { post { id status } } }`;

export interface Request {
  id: string;
  documentId: string;
  documentKind: string;
  status: string;
  round: number;
  currentStep: number;
  versionId: string;
  submittedBy: string;
  openApproverIds: string[];
  needsAttention: boolean;
  canDecide: boolean;
  flowName: string;
  decisions: Array<{
    userId: string;
    decision: string;
    late: boolean;
    stepIndex: number;
    round: number;
    comment: string | null;
    versionId: string;
  }>;
}

export interface Person {
  id: string;
  client: GraphQLClient;
}

/** A brand whose team holds one specialist, a lead, two chief experts and a strategist. */
export async function approvalTeam(factories: Factories) {
  const { brand, clients, outsider, owner } = await buildBrandTeam(factories, [
    ['Sam Specialist', ['smm_specialist']],
    ['Lea Lead', ['lead']],
    ['Cem Chief', ['chief_expert']],
    ['Cat Chief', ['chief_expert']],
    ['Stu Strategist', ['strategist']],
  ]);
  const people: Person[] = [];
  for (const client of clients) {
    const { me } = await client.ok<{ me: { id: string } }>('{ me { id } }');
    people.push({ id: me.id, client });
  }
  const [specialist, lead, chief1, chief2, strategist] = people as [
    Person,
    Person,
    Person,
    Person,
    Person,
  ];
  return { brand, outsider, owner, specialist, lead, chief1, chief2, strategist };
}

/** Steps input: each entry is [rule, approvers, extra]. */
export function step(
  rule: 'ANY' | 'ALL',
  approvers: Array<{ role?: string; userId?: string }>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    rule,
    approvers: approvers.map((a) =>
      a.role ? { kind: 'ROLE', role: a.role } : { kind: 'USER', userId: a.userId },
    ),
    ...extra,
  };
}

export async function createFlow(
  client: GraphQLClient,
  brand: BrandEntity,
  documentKind: 'POST' | 'STRATEGY' | 'MEDIA_PLAN',
  steps: Array<Record<string, unknown>>,
  extra: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const data = await client.ok<{ createApprovalFlow: { id: string } }>(CREATE_FLOW, {
    i: {
      brandId: brand.id,
      name: `Flow ${Math.random().toString(36).slice(2, 8)}`,
      documentKind,
      steps,
      ...extra,
    },
  });
  return data.createApprovalFlow;
}

export async function createDocument(
  client: GraphQLClient,
  brand: BrandEntity,
  kind: 'POST' | 'STRATEGY' | 'MEDIA_PLAN',
  title = `Doc ${Math.random().toString(36).slice(2, 8)}`,
): Promise<string> {
  const data = await client.ok<{ createDocument: { id: string } }>(CREATE_DOCUMENT, {
    input: { brandId: brand.id, kind, title },
  });
  return data.createDocument.id;
}

export async function submit(
  client: GraphQLClient,
  documentId: string,
  flowId?: string,
): Promise<Request> {
  const data = await client.ok<{ submitForApproval: Request }>(SUBMIT, {
    d: documentId,
    f: flowId ?? null,
  });
  return data.submitForApproval;
}

export async function decide(
  client: GraphQLClient,
  request: Pick<Request, 'id' | 'versionId' | 'currentStep'>,
  decision: 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT' = 'APPROVE',
  comment?: string,
): Promise<{ late: boolean; request: Request }> {
  const data = await client.ok<{ decideApproval: { late: boolean; request: Request } }>(DECIDE, {
    i: {
      requestId: request.id,
      stepIndex: request.currentStep,
      versionId: request.versionId,
      decision,
      comment: comment ?? null,
    },
  });
  return data.decideApproval;
}

/** A content edit through the same path as a collaborator's (durable, then "edited"). */
export async function editAs(
  app: NestExpressApplication,
  brand: BrandEntity,
  documentId: string,
  who: Person,
  mutate: (doc: Y.Doc) => void,
): Promise<void> {
  await app
    .get(DocumentEditor)
    .change({ documentId, workspaceId: brand.workspaceId, userId: who.id }, mutate);
}

/** The request once it has reached `round` (reopens run in the background). */
export function inRound(client: GraphQLClient, requestId: string, round: number): Promise<Request> {
  return eventually(async () => {
    const { approvalRequest } = await client.ok<{ approvalRequest: Request }>(REQUEST, {
      id: requestId,
    });
    return approvalRequest.round >= round ? approvalRequest : null;
  });
}
