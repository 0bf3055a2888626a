import { can } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import {
  BRAND_ACTORS,
  buildBrandActors,
  expectedRefusal,
  rolesOf,
  type BrandActor,
} from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient, type GraphQLResult } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  CREATE_FLOW,
  createDocument,
  createFlow,
  DECIDE,
  DELETE_FLOW,
  SKIP,
  step,
  submit,
  SUBMIT,
  UPDATE_FLOW,
} from './approvals-fixtures.js';

/**
 * Every approval operation as every kind of caller, against THE matrix: allowed calls
 * succeed; refused ones answer UNAUTHENTICATED (nobody), NOT_FOUND (not on the brand) or
 * FORBIDDEN (on the brand without the right) and change nothing. Deciding answers
 * APPROVAL_NOT_YOUR_STEP for people on the brand who are not the step's approvers.
 */
describe('approvals, per role', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let owner: GraphQLClient;
  let flowId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
    owner = clients.get('owner')!;
    flowId = (
      await createFlow(owner, brand, 'POST', [
        step('ANY', [{ role: 'LEAD' }, { role: 'CHIEF_EXPERT' }], { skippable: true }),
        step('ANY', [{ role: 'LEAD' }]),
      ])
    ).id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function expectOutcome(
    result: GraphQLResult,
    code: string | null,
    before: string,
    field: string,
  ): Promise<void> {
    if (code === null) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.[field]).toBeDefined();
    } else {
      expect(errorCode(result)).toBe(code);
      // Queries pass no snapshot: they change nothing either way.
      if (before) expect(await factories.snapshot()).toBe(before);
    }
  }

  async function pendingPost(): Promise<{ id: string; versionId: string }> {
    const postId = await createDocument(owner, brand, 'POST');
    return submit(owner, postId, flowId);
  }

  it.each(BRAND_ACTORS)(
    'lets %s design approval flows only as approvalFlow.manage says',
    async (actor) => {
      const client = clients.get(actor)!;
      const code = expectedRefusal(actor, 'approvalFlow.manage');
      const flow = await createFlow(owner, brand, 'STRATEGY', [step('ANY', [{ role: 'LEAD' }])]);
      let before = await factories.snapshot();
      const created = await client.request(CREATE_FLOW, {
        i: {
          brandId: brand.id,
          name: `By ${actor}`,
          documentKind: 'STRATEGY',
          steps: [step('ANY', [{ role: 'CHIEF_EXPERT' }])],
        },
      });
      await expectOutcome(created, code, before, 'createApprovalFlow');
      before = await factories.snapshot();
      const updated = await client.request(UPDATE_FLOW, {
        i: { flowId: flow.id, name: `Renamed by ${actor}` },
      });
      await expectOutcome(updated, code, before, 'updateApprovalFlow');
      before = await factories.snapshot();
      const deleted = await client.request(DELETE_FLOW, { id: flow.id });
      await expectOutcome(deleted, code, before, 'deleteApprovalFlow');
    },
  );

  it.each(BRAND_ACTORS)('lets %s read the flows only as brand.read says', async (actor) => {
    const result = await clients
      .get(actor)!
      .request(`query($b: ID!) { approvalFlows(brandId: $b) { id } }`, { b: brand.id });
    await expectOutcome(result, expectedRefusal(actor, 'brand.read'), '', 'approvalFlows');
  });

  it.each(BRAND_ACTORS)('lets %s submit a post only as post.edit says', async (actor) => {
    const postId = await createDocument(owner, brand, 'POST');
    const before = await factories.snapshot();
    const result = await clients.get(actor)!.request(SUBMIT, { d: postId, f: flowId });
    // Without post.read the document does not exist for them.
    const code = can(rolesOf(actor), 'post.read')
      ? expectedRefusal(actor, 'post.edit')
      : expectedRefusal(actor, 'post.read', 'NOT_FOUND');
    await expectOutcome(result, code, before, 'submitForApproval');
  });

  it.each(BRAND_ACTORS)(
    'lets %s decide at a step only as post.approve and the step say',
    async (actor) => {
      const request = await pendingPost();
      const before = await factories.snapshot();
      const result = await clients.get(actor)!.request(DECIDE, {
        i: {
          requestId: request.id,
          stepIndex: 0,
          versionId: request.versionId,
          decision: 'APPROVE',
        },
      });
      const readCode = expectedRefusal(actor, 'post.read', 'NOT_FOUND');
      const code = readCode ?? expectedRefusal(actor, 'post.approve', 'APPROVAL_NOT_YOUR_STEP');
      await expectOutcome(result, code, before, 'decideApproval');
    },
  );

  it.each(BRAND_ACTORS)(
    'lets %s skip a skippable step only as approval.skip says',
    async (actor) => {
      const request = await pendingPost();
      const before = await factories.snapshot();
      const result = await clients
        .get(actor)!
        .request(SKIP, { i: { requestId: request.id, stepIndex: 0, reason: `by ${actor}` } });
      const readCode = expectedRefusal(actor, 'post.read', 'NOT_FOUND');
      await expectOutcome(
        result,
        readCode ?? expectedRefusal(actor, 'approval.skip'),
        before,
        'skipApprovalStep',
      );
    },
  );

  it.each(BRAND_ACTORS)(
    'lets %s see stuck approvals only as approval.monitor says',
    async (actor) => {
      const result = await clients
        .get(actor)!
        .request(`query($b: ID!) { stuckApprovals(brandId: $b) { stepIndex } }`, { b: brand.id });
      await expectOutcome(result, expectedRefusal(actor, 'approval.monitor'), '', 'stuckApprovals');
    },
  );

  it.each(BRAND_ACTORS)('lets %s read the approval trail only as post.read says', async (actor) => {
    const request = await pendingPost();
    const [row] = await factories.db.query<Array<{ document_id: string }>>(
      'SELECT document_id FROM approval_requests WHERE id = $1',
      [request.id],
    );
    const result = await clients
      .get(actor)!
      .request(
        `query($d: ID!) { approvalHistory(documentId: $d) { type } documentApprovals(documentId: $d) { id } }`,
        { d: row!.document_id },
      );
    await expectOutcome(
      result,
      expectedRefusal(actor, 'post.read', 'NOT_FOUND'),
      '',
      'approvalHistory',
    );
  });

  it.each(BRAND_ACTORS)('answers "waiting on me" to %s when signed in', async (actor) => {
    const result = await clients.get(actor)!.request(`{ waitingOnMe { id } }`);
    await expectOutcome(
      result,
      actor === 'anonymous' ? 'UNAUTHENTICATED' : null,
      '',
      'waitingOnMe',
    );
  });
});
