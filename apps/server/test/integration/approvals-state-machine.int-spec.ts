import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  approvalTeam,
  CREATE_FLOW,
  createDocument,
  createFlow,
  decide,
  DECIDE,
  REQUEST,
  SKIP,
  step,
  submit,
  SUBMIT,
  WITHDRAW,
  type Person,
  type Request,
} from './approvals-fixtures.js';

describe('approval requests: the state machine', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: Person;
  let lead: Person;
  let chief1: Person;
  let chief2: Person;
  let strategist: Person;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, specialist, lead, chief1, chief2, strategist } = await approvalTeam(factories));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function postStatus(documentId: string): Promise<string> {
    const [row] = await factories.db.query<Array<{ status: string }>>(
      'SELECT status FROM posts WHERE document_id = $1',
      [documentId],
    );
    return row!.status;
  }

  async function eventTypes(requestId: string): Promise<string[]> {
    const rows = await factories.db.query<Array<{ type: string }>>(
      `SELECT type FROM events WHERE subject_type = 'approval_request' AND subject_id = $1
        ORDER BY occurred_at, id`,
      [requestId],
    );
    return rows.map((row) => row.type);
  }

  /** A two-step post flow: any chief expert, then the lead. */
  async function twoStepPostFlow(extra: Record<string, unknown> = {}) {
    return createFlow(
      lead.client,
      brand,
      'POST',
      [
        step('ANY', [{ role: 'CHIEF_EXPERT' }], { name: 'Expert', skippable: true }),
        step('ANY', [{ userId: lead.id }], { name: 'Lead' }),
      ],
      extra,
    );
  }

  it('walks a post from submission through two steps to approved, binding an approval version', async () => {
    const flow = await twoStepPostFlow();
    const postId = await createDocument(specialist.client, brand, 'POST');
    const submitted = await submit(specialist.client, postId, flow.id);
    expect(submitted).toMatchObject({ status: 'PENDING', round: 1, currentStep: 0 });
    expect([...submitted.openApproverIds].sort()).toEqual([chief1.id, chief2.id].sort());
    expect(await postStatus(postId)).toBe('in_review');
    const [version] = await factories.db.query<Array<{ kind: string; document_id: string }>>(
      'SELECT kind, document_id FROM document_versions WHERE id = $1',
      [submitted.versionId],
    );
    expect(version).toEqual({ kind: 'approval', document_id: postId });

    const first = await decide(chief1.client, submitted);
    expect(first.late).toBe(false);
    expect(first.request).toMatchObject({ status: 'PENDING', currentStep: 1 });
    expect(first.request.openApproverIds).toEqual([lead.id]);

    const last = await decide(lead.client, first.request, 'APPROVE', 'Good to go');
    expect(last.request.status).toBe('APPROVED');
    expect(await postStatus(postId)).toBe('approved');
    const [stamped] = await factories.db.query<
      Array<{ approval: { requestId: string; approvers: Array<{ userId: string }> } }>
    >('SELECT approval FROM document_versions WHERE id = $1', [submitted.versionId]);
    expect(stamped!.approval.requestId).toBe(submitted.id);
    expect(stamped!.approval.approvers.map((a) => a.userId)).toEqual([chief1.id, lead.id]);
    expect(await eventTypes(submitted.id)).toEqual([
      'approval.submitted',
      'approval.step_approved',
      'approval.approved',
    ]);
  });

  it('closes an all-of step only when every approver approved', async () => {
    const flow = await createFlow(lead.client, brand, 'STRATEGY', [
      step('ALL', [{ role: 'CHIEF_EXPERT' }]),
    ]);
    const doc = await createDocument(strategist.client, brand, 'STRATEGY');
    const request = await submit(strategist.client, doc, flow.id);
    const one = await decide(chief1.client, request);
    expect(one.request).toMatchObject({ status: 'PENDING', currentStep: 0 });
    const two = await decide(chief2.client, request);
    expect(two.request.status).toBe('APPROVED');
  });

  it('closes an any-of step with the first approval; a second approver is refused afterwards as late', async () => {
    const flow = await createFlow(lead.client, brand, 'STRATEGY', [
      step('ANY', [{ role: 'CHIEF_EXPERT' }]),
    ]);
    const doc = await createDocument(strategist.client, brand, 'STRATEGY');
    const request = await submit(strategist.client, doc, flow.id);
    await decide(chief1.client, request);
    const late = await decide(chief2.client, request);
    expect(late.late).toBe(true);
    expect(late.request.status).toBe('APPROVED');
    expect(late.request.decisions.filter((d) => d.late).map((d) => d.userId)).toEqual([chief2.id]);
  });

  it('ends the request on "request changes" and on "reject", each needing a comment; the post goes back to ready', async () => {
    const flow = await twoStepPostFlow();
    for (const decision of ['REQUEST_CHANGES', 'REJECT'] as const) {
      const postId = await createDocument(specialist.client, brand, 'POST');
      const request = await submit(specialist.client, postId, flow.id);
      const before = await factories.snapshot();
      const noComment = await chief1.client.request(DECIDE, {
        i: { requestId: request.id, stepIndex: 0, versionId: request.versionId, decision },
      });
      expect(errorCode(noComment)).toBe('VALIDATION');
      expect(await factories.snapshot()).toBe(before);
      const done = await decide(chief1.client, request, decision, 'The tone is off');
      expect(done.request.status).toBe(decision === 'REJECT' ? 'REJECTED' : 'CHANGES_REQUESTED');
      expect(await postStatus(postId)).toBe('ready');
      expect((await eventTypes(request.id)).at(-1)).toBe(
        decision === 'REJECT' ? 'approval.rejected' : 'approval.changes_requested',
      );
    }
  });

  it('refuses deciding twice, a step not yours, a step not open, a stale version and a closed request, changing nothing', async () => {
    const flow = await createFlow(lead.client, brand, 'STRATEGY', [
      step('ALL', [{ role: 'CHIEF_EXPERT' }]),
      step('ANY', [{ userId: lead.id }]),
    ]);
    const doc = await createDocument(strategist.client, brand, 'STRATEGY');
    const request = await submit(strategist.client, doc, flow.id);
    await decide(chief1.client, request);
    const attempt = (who: Person, input: Record<string, unknown>) =>
      who.client.request(DECIDE, {
        i: {
          requestId: request.id,
          stepIndex: 0,
          versionId: request.versionId,
          decision: 'APPROVE',
          ...input,
        },
      });
    const before = await factories.snapshot();
    expect(errorCode(await attempt(chief1, {}))).toBe('APPROVAL_ALREADY_DECIDED');
    expect(errorCode(await attempt(lead, {}))).toBe('APPROVAL_NOT_YOUR_STEP');
    expect(errorCode(await attempt(strategist, {}))).toBe('APPROVAL_NOT_YOUR_STEP');
    expect(errorCode(await attempt(lead, { stepIndex: 1 }))).toBe('APPROVAL_STEP_NOT_OPEN');
    expect(errorCode(await attempt(chief2, { stepIndex: 7 }))).toBe('APPROVAL_STEP_NOT_OPEN');
    const [other] = await factories.db.query<Array<{ id: string }>>(
      "SELECT id FROM document_versions WHERE document_id = $1 AND kind <> 'approval' LIMIT 1",
      [doc],
    );
    const stale = await attempt(chief2, {
      versionId: other?.id ?? '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCode(stale)).toBe('APPROVAL_VERSION_NOT_CURRENT');
    expect(errorCode(await attempt(chief2, { decision: 'NOPE' }))).toBeDefined();
    expect(await factories.snapshot()).toBe(before);

    await strategist.client.ok(WITHDRAW, { id: request.id });
    const afterWithdraw = await factories.snapshot();
    expect(errorCode(await attempt(chief2, {}))).toBe('APPROVAL_CLOSED');
    expect(errorCode(await strategist.client.request(WITHDRAW, { id: request.id }))).toBe(
      'APPROVAL_CLOSED',
    );
    expect(await factories.snapshot()).toBe(afterWithdraw);
  });

  it('refuses a second submission while one is open, and a document without a flow', async () => {
    const flow = await twoStepPostFlow();
    const postId = await createDocument(specialist.client, brand, 'POST');
    await submit(specialist.client, postId, flow.id);
    const mediaPlan = await createDocument(strategist.client, brand, 'MEDIA_PLAN');
    const before = await factories.snapshot();
    expect(errorCode(await specialist.client.request(SUBMIT, { d: postId, f: flow.id }))).toBe(
      'APPROVAL_ALREADY_OPEN',
    );
    expect(errorCode(await strategist.client.request(SUBMIT, { d: mediaPlan }))).toBe(
      'APPROVAL_NO_FLOW',
    );
    expect(await factories.snapshot()).toBe(before);
  });

  it('uses the brand default flow for the kind when none is given', async () => {
    const flow = await createFlow(
      lead.client,
      brand,
      'MEDIA_PLAN',
      [step('ANY', [{ userId: lead.id }])],
      { isDefault: true, name: 'Plans' },
    );
    const plan = await createDocument(strategist.client, brand, 'MEDIA_PLAN');
    const request = await submit(strategist.client, plan);
    expect(request.flowName).toBe('Plans');
    expect(request.openApproverIds).toEqual([lead.id]);
    expect(flow.id).toBeDefined();
  });

  it('skips a skippable step (approval.skip), refuses a step that is not skippable, and records both', async () => {
    const flow = await twoStepPostFlow();
    const postId = await createDocument(specialist.client, brand, 'POST');
    const request = await submit(specialist.client, postId, flow.id);
    const skipInput = { i: { requestId: request.id, stepIndex: 0, reason: 'Expert away' } };
    expect(errorCode(await specialist.client.request(SKIP, skipInput))).toBe('FORBIDDEN');
    expect(errorCode(await chief1.client.request(SKIP, skipInput))).toBe('FORBIDDEN');
    const skipped = await lead.client.ok<{ skipApprovalStep: Request }>(SKIP, skipInput);
    expect(skipped.skipApprovalStep).toMatchObject({ status: 'PENDING', currentStep: 1 });
    expect(skipped.skipApprovalStep.decisions).toMatchObject([
      { decision: 'SKIP', comment: 'Expert away', userId: lead.id },
    ]);
    const before = await factories.snapshot();
    expect(
      errorCode(await lead.client.request(SKIP, { i: { requestId: request.id, stepIndex: 1 } })),
    ).toBe('APPROVAL_STEP_NOT_SKIPPABLE');
    expect(await factories.snapshot()).toBe(before);
    expect(await eventTypes(request.id)).toEqual(['approval.submitted', 'approval.skipped']);
  });

  it('lets only the submitter withdraw; the post returns to ready', async () => {
    const flow = await twoStepPostFlow();
    const postId = await createDocument(specialist.client, brand, 'POST');
    const request = await submit(specialist.client, postId, flow.id);
    expect(errorCode(await lead.client.request(WITHDRAW, { id: request.id }))).toBe('FORBIDDEN');
    const done = await specialist.client.ok<{ withdrawApproval: Request }>(WITHDRAW, {
      id: request.id,
    });
    expect(done.withdrawApproval.status).toBe('WITHDRAWN');
    expect(await postStatus(postId)).toBe('ready');
    const again = await submit(specialist.client, postId, flow.id);
    expect(again.status).toBe('PENDING');
  });

  it('hides requests from people who may not read the document', async () => {
    const flow = await twoStepPostFlow();
    const postId = await createDocument(specialist.client, brand, 'POST');
    const request = await submit(specialist.client, postId, flow.id);
    const { outsider } = await approvalTeam(factories);
    expect(errorCode(await outsider.request(REQUEST, { id: request.id }))).toBe('NOT_FOUND');
  });

  it('refuses flows with no steps, a step without approvers, a due time not positive, an unknown person, or a role that may not approve', async () => {
    const before = await factories.snapshot();
    const bad = async (steps: unknown[]) =>
      lead.client.request(CREATE_FLOW, {
        i: { brandId: brand.id, name: 'Bad', documentKind: 'POST', steps },
      });
    const cases: Array<[unknown[], string]> = [
      [[], 'steps'],
      [[{ rule: 'ANY', approvers: [] }], 'steps.0.approvers'],
      [[step('ANY', [{ role: 'LEAD' }], { dueInMinutes: 0 })], 'steps.0.dueInMinutes'],
      [[step('ANY', [{ role: 'LEAD' }], { dueInMinutes: -5 })], 'steps.0.dueInMinutes'],
      [
        [step('ANY', [{ userId: '00000000-0000-4000-8000-000000000000' }])],
        'steps.0.approvers.0.userId',
      ],
      [[step('ANY', [{ userId: strategist.id }])], 'steps.0.approvers.0.userId'],
      [[step('ANY', [{ role: 'STRATEGIST' }])], 'steps.0.approvers.0.role'],
    ];
    for (const [steps, field] of cases) {
      const result = await bad(steps);
      expect({ field, code: errorCode(result) }).toEqual({ field, code: 'VALIDATION' });
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await factories.snapshot()).toBe(before);
  });

  it('lets a document pick a flow other than the default, refuses another brand’s or kind’s, and records flow changes', async () => {
    const defaultFlow = await createFlow(
      lead.client,
      brand,
      'POST',
      [step('ANY', [{ userId: lead.id }])],
      {
        isDefault: true,
        name: 'Default posts',
      },
    );
    const paid = await createFlow(
      lead.client,
      brand,
      'POST',
      [step('ANY', [{ role: 'CHIEF_EXPERT' }])],
      {
        name: 'Paid posts',
      },
    );
    const strategyFlow = await createFlow(lead.client, brand, 'STRATEGY', [
      step('ANY', [{ userId: lead.id }]),
    ]);
    const CHOOSE = `mutation($d: ID!, $f: ID) { chooseApprovalFlow(documentId: $d, flowId: $f) { id name } }`;
    const FOLLOWS = `query($d: ID!) { documentApprovalFlow(documentId: $d) { id name } }`;
    const postId = await createDocument(specialist.client, brand, 'POST');
    const follows = async () =>
      (
        await specialist.client.ok<{ documentApprovalFlow: { id: string } | null }>(FOLLOWS, {
          d: postId,
        })
      ).documentApprovalFlow?.id;
    expect(await follows()).toBe(defaultFlow.id);
    const before = await factories.snapshot();
    expect(
      errorCode(await specialist.client.request(CHOOSE, { d: postId, f: strategyFlow.id })),
    ).toBe('VALIDATION');
    expect(await factories.snapshot()).toBe(before);
    await specialist.client.ok(CHOOSE, { d: postId, f: paid.id });
    expect(await follows()).toBe(paid.id);
    const request = await submit(specialist.client, postId);
    expect(request.flowName).toBe('Paid posts');
    expect([...request.openApproverIds].sort()).toEqual([chief1.id, chief2.id].sort());

    await lead.client.ok(
      `mutation($i: UpdateApprovalFlowInput!) { updateApprovalFlow(input: $i) { id } }`,
      {
        i: { flowId: paid.id, name: 'Paid posts v2' },
      },
    );
    await lead.client.ok(`mutation($id: ID!) { deleteApprovalFlow(id: $id) }`, { id: paid.id });
    const flowEvents = await factories.db.query<Array<{ type: string }>>(
      `SELECT type FROM events WHERE subject_type = 'approval_flow' AND subject_id = $1 ORDER BY occurred_at`,
      [paid.id],
    );
    expect(flowEvents.map((e) => e.type)).toEqual([
      'approval_flow.created',
      'approval_flow.updated',
      'approval_flow.deleted',
    ]);
    // The request under way keeps its steps; the document follows the default again.
    const still = await specialist.client.ok<{ approvalRequest: Request }>(REQUEST, {
      id: request.id,
    });
    expect(still.approvalRequest).toMatchObject({ status: 'PENDING', flowName: 'Paid posts' });
    expect(await follows()).toBe(defaultFlow.id);
  });
});
