import { postBody } from '@chorus/post-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type * as Y from 'yjs';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { parse } from 'csv-parse/sync';
import { auditEntries, downloadAuditCsv } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  approvalTeam,
  CREATE_FLOW,
  createDocument,
  editAs,
  inRound,
  createFlow,
  decide,
  step,
  submit,
  UPDATE_FLOW,
  type Person,
} from './approvals-fixtures.js';

/** A flow names the step an edit sends a request back to (ADR 0025, "reopen to"). */
describe('approval flows: the step a reopen goes back to', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: Person;
  let lead: Person;
  let chief1: Person;
  let owner: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, specialist, lead, chief1, owner } = await approvalTeam(factories));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const edit = (documentId: string, who: Person, mutate: (doc: Y.Doc) => void) =>
    editAs(app, brand, documentId, who, mutate);

  const threeSteps = () => [
    step('ANY', [{ userId: lead.id }]),
    step('ANY', [{ role: 'CHIEF_EXPERT' }]),
    step('ANY', [{ userId: lead.id }]),
  ];

  it('an edit after approval sends the request back to the step the flow names, not the first', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', threeSteps(), { reopenToStep: 1 });
    const postId = await createDocument(specialist.client, brand, 'POST');
    await edit(postId, specialist, (doc) => postBody(doc).insert(0, 'Winter drop'));
    let request = await submit(specialist.client, postId, flow.id);
    request = (await decide(lead.client, request)).request;
    request = (await decide(chief1.client, request)).request;
    request = (await decide(lead.client, request)).request;
    expect(request.status).toBe('APPROVED');

    await edit(postId, specialist, (doc) => postBody(doc).insert(0, 'New: '));
    const after = await inRound(lead.client, request.id, 2);
    expect(after).toMatchObject({ status: 'PENDING', currentStep: 1 });
    expect(after.openApproverIds).toContain(chief1.id);
    expect(after.openApproverIds).not.toContain(lead.id);
    const [event] = await factories.db.query<Array<{ step: number }>>(
      `SELECT (data->>'stepIndex')::int AS step FROM events
        WHERE document_id = $1 AND type = 'approval.reopened'`,
      [postId],
    );
    expect(event).toEqual({ step: 1 });
  });

  it('a flow changed later does not move the reopen step of a request under way', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', threeSteps(), { reopenToStep: 2 });
    const postId = await createDocument(specialist.client, brand, 'POST');
    await edit(postId, specialist, (doc) => postBody(doc).insert(0, 'Gift guide'));
    const request = await submit(specialist.client, postId, flow.id);
    await lead.client.ok(UPDATE_FLOW, { i: { flowId: flow.id, reopenToStep: 0 } });
    await decide(lead.client, request);
    await edit(postId, specialist, (doc) => postBody(doc).insert(0, 'The '));
    const after = await inRound(lead.client, request.id, 2);
    expect(after.currentStep).toBe(2);
  });

  it('reads and changes the reopen step; refuses one outside the steps with a typed error, changing nothing', async () => {
    const created = await lead.client.ok<{
      createApprovalFlow: { id: string; reopenToStep: number };
    }>(CREATE_FLOW, {
      i: { brandId: brand.id, name: 'Default reopen', documentKind: 'POST', steps: threeSteps() },
    });
    expect(created.createApprovalFlow.reopenToStep).toBe(0);
    const flowId = created.createApprovalFlow.id;
    const changed = await lead.client.ok<{ updateApprovalFlow: { reopenToStep: number } }>(
      UPDATE_FLOW,
      { i: { flowId, reopenToStep: 2 } },
    );
    expect(changed.updateApprovalFlow.reopenToStep).toBe(2);

    const before = await factories.snapshot();
    const refusals = [
      // Past the last step, and below the first, on a new flow.
      lead.client.request(CREATE_FLOW, {
        i: {
          brandId: brand.id,
          name: 'Too far',
          documentKind: 'POST',
          steps: threeSteps(),
          reopenToStep: 3,
        },
      }),
      lead.client.request(CREATE_FLOW, {
        i: {
          brandId: brand.id,
          name: 'Negative',
          documentKind: 'POST',
          steps: threeSteps(),
          reopenToStep: -1,
        },
      }),
      // Out of range on an update, and steps removed from under the one it names.
      lead.client.request(UPDATE_FLOW, { i: { flowId, reopenToStep: 5 } }),
      lead.client.request(UPDATE_FLOW, { i: { flowId, steps: threeSteps().slice(0, 2) } }),
    ];
    for (const result of await Promise.all(refusals)) {
      expect(errorCode(result)).toBe('VALIDATION');
      expect(result.errors?.[0]?.extensions?.field).toBe('reopenToStep');
    }
    expect(await factories.snapshot()).toBe(before);
    // Steps and the reopen step changed together are fine.
    const both = await lead.client.ok<{
      updateApprovalFlow: { reopenToStep: number; steps: unknown[] };
    }>(UPDATE_FLOW, { i: { flowId, steps: threeSteps().slice(0, 2), reopenToStep: 1 } });
    expect(both.updateApprovalFlow).toMatchObject({ reopenToStep: 1, steps: [{}, {}] });
  });

  it('the Activity CSV carries each approval event’s version id, round and step as columns', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', threeSteps(), { reopenToStep: 1 });
    const postId = await createDocument(specialist.client, brand, 'POST', 'Trail post');
    await edit(postId, specialist, (doc) => postBody(doc).insert(0, 'Trail'));
    const submitted = await submit(specialist.client, postId, flow.id);
    await decide(lead.client, submitted);
    await edit(postId, specialist, (doc) => postBody(doc).insert(0, 'Audit '));
    const after = await inRound(lead.client, submitted.id, 2);
    const [{ n }] = await factories.db.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM events WHERE workspace_id = $1',
      [brand.workspaceId],
    );
    await auditEntries(app, brand.workspaceId, n);

    const csv = await downloadAuditCsv(app, owner.cookie, brand.workspaceId);
    expect(csv.status).toBe(200);
    const rows = parse<Record<string, string>>(csv.text.slice(1), { columns: true })
      .filter((row) => row.action!.startsWith('approval.') && row.document === 'Trail post')
      .reverse();
    expect(rows.map((row) => [row.action, row.version_id, row.round, row.step_index])).toEqual([
      ['approval.submitted', submitted.versionId, '1', '0'],
      ['approval.step_approved', submitted.versionId, '1', '0'],
      ['approval.reopened', after.versionId, '2', '1'],
    ]);
  });
});
