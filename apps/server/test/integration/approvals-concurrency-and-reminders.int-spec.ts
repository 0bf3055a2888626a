import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  approvalTeam,
  createDocument,
  createFlow,
  decide,
  step,
  submit,
  type Person,
  type Request,
} from './approvals-fixtures.js';

const WAITING = `{ waitingOnMe { id documentId currentStep versionId canDecide } }`;
const STUCK = `query($b: ID!) { stuckApprovals(brandId: $b) { stepIndex stepName since dueAt
  waitingOn { userId name } request { id needsAttention } } }`;

describe('approvals across two instances: concurrent decisions, reminders, people who leave', () => {
  let database: TestDatabase;
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let owner: GraphQLClient;
  let specialist: Person;
  let lead: Person;
  let chief1: Person;
  let chief2: Person;
  let strategist: Person;
  /** chief2 signed in on the second instance. */
  let chief2There: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { CHORUS_SEED_DEMO: 'false' };
    first = await createTestApp({ database: database.config, env });
    second = await createTestApp({ database: database.config, env });
    factories = new Factories(first);
    ({ brand, owner, specialist, lead, chief1, chief2, strategist } =
      await approvalTeam(factories));
    chief2There = new GraphQLClient(second, chief2.client.cookie);
  }, 90_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  async function events(requestId: string, type: string) {
    return factories.db.query<Array<{ id: string; data: Record<string, unknown> }>>(
      `SELECT id, data FROM events WHERE subject_id = $1 AND type = $2 ORDER BY occurred_at`,
      [requestId, type],
    );
  }

  it('two approvers deciding at the same moment on an any-of step: exactly one advances, the other is late', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', [
      step('ANY', [{ role: 'CHIEF_EXPERT' }]),
      step('ANY', [{ userId: lead.id }]),
    ]);
    for (let round = 0; round < 4; round += 1) {
      const postId = await createDocument(specialist.client, brand, 'POST');
      const request = await submit(specialist.client, postId, flow.id);
      const [a, b] = await Promise.all([
        decide(chief1.client, request),
        decide(chief2There, request),
      ]);
      expect([a.late, b.late].sort()).toEqual([false, true]);
      const [row] = await factories.db.query<Array<{ current_step: number; status: string }>>(
        'SELECT current_step, status FROM approval_requests WHERE id = $1',
        [request.id],
      );
      expect(row).toEqual({ current_step: 1, status: 'pending' });
      expect(await events(request.id, 'approval.step_approved')).toHaveLength(1);
      expect(await events(request.id, 'approval.decision_late')).toHaveLength(1);
    }
  });

  it('the last step decided twice at once approves once and records the second as late', async () => {
    const flow = await createFlow(lead.client, brand, 'STRATEGY', [
      step('ANY', [{ role: 'CHIEF_EXPERT' }]),
    ]);
    const doc = await createDocument(strategist.client, brand, 'STRATEGY');
    const request = await submit(strategist.client, doc, flow.id);
    const results = await Promise.all([
      decide(chief1.client, request),
      decide(chief2There, request),
    ]);
    expect(results.map((r) => r.late).sort()).toEqual([false, true]);
    expect(await events(request.id, 'approval.approved')).toHaveLength(1);
  });

  /** Makes the request's reminder job due now (its due time is minutes away). */
  async function dueNow(requestId: string): Promise<void> {
    const [moved] = await factories.db.query<[unknown[], number]>(
      `UPDATE pgboss.job SET start_after = now()
        WHERE name = 'approvals.reminder' AND data->>'requestId' = $1 AND state = 'created'
        RETURNING id`,
      [requestId],
    );
    expect(moved).toHaveLength(1);
  }

  async function reminderJobDone(requestId: string): Promise<void> {
    await eventually(async () => {
      const [job] = await factories.db.query<Array<{ state: string }>>(
        `SELECT state FROM pgboss.job WHERE name = 'approvals.reminder' AND data->>'requestId' = $1`,
        [requestId],
      );
      return job?.state === 'completed';
    });
  }

  it('a due step schedules one delayed reminder that fires once across both instances', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', [
      step('ANY', [{ userId: lead.id }], { dueInMinutes: 90 }),
    ]);
    const postId = await createDocument(specialist.client, brand, 'POST');
    const request: Request = await submit(specialist.client, postId, flow.id);
    const [job] = await factories.db.query<Array<{ delay: number }>>(
      `SELECT extract(epoch FROM start_after - created_on) AS delay FROM pgboss.job
        WHERE name = 'approvals.reminder' AND data->>'requestId' = $1`,
      [request.id],
    );
    expect(Number(job!.delay)).toBeGreaterThan(89 * 60);
    await dueNow(request.id);
    await reminderJobDone(request.id);
    const reminders = await events(request.id, 'approval.reminder_due');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.data).toMatchObject({
      requestId: request.id,
      stepIndex: 0,
      submitterId: specialist.id,
      waitingOnUserIds: [lead.id],
    });
    // The job run again (a retry, another instance) records nothing more.
    const { ApprovalWatchService } =
      await import('../../src/modules/approvals/approval-watch.service.js');
    const job_ = { requestId: request.id, round: 1, stepIndex: 0 };
    const again = await Promise.all([
      first.get(ApprovalWatchService).remind(job_),
      second.get(ApprovalWatchService).remind(job_),
    ]);
    expect(again).toEqual([false, false]);
    expect(await events(request.id, 'approval.reminder_due')).toHaveLength(1);
  });

  it('a reminder does nothing once its step was decided', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', [
      step('ANY', [{ userId: lead.id }], { dueInMinutes: 30 }),
    ]);
    const postId = await createDocument(specialist.client, brand, 'POST');
    const request = await submit(specialist.client, postId, flow.id);
    await decide(lead.client, request);
    await dueNow(request.id);
    await reminderJobDone(request.id);
    expect(await events(request.id, 'approval.reminder_due')).toEqual([]);
  });

  it('"waiting on me" lists open steps oldest first and leaves out what I decided; leads see who holds things up', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', [
      step('ALL', [{ role: 'CHIEF_EXPERT' }], { dueInMinutes: 60 }),
    ]);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const postId = await createDocument(specialist.client, brand, 'POST');
      ids.push((await submit(specialist.client, postId, flow.id)).id);
    }
    const mine = async (who: GraphQLClient) =>
      (await who.ok<{ waitingOnMe: Array<{ id: string }> }>(WAITING)).waitingOnMe
        .map((r) => r.id)
        .filter((id) => ids.includes(id));
    expect(await mine(chief1.client)).toEqual(ids);
    const [firstId] = ids;
    const request = await chief1.client.ok<{ approvalRequest: Request }>(
      `query($id: ID!) { approvalRequest(id: $id) { id versionId currentStep } }`,
      { id: firstId },
    );
    await decide(chief1.client, request.approvalRequest);
    expect(await mine(chief1.client)).toEqual(ids.slice(1));
    expect(await mine(chief2.client)).toEqual(ids);
    expect(await mine(specialist.client)).toEqual([]);

    const stuck = await lead.client.ok<{
      stuckApprovals: Array<{
        request: { id: string };
        waitingOn: Array<{ userId: string }>;
        dueAt: string | null;
      }>;
    }>(STUCK, { b: brand.id });
    const entry = stuck.stuckApprovals.find((s) => s.request.id === firstId)!;
    expect(entry.waitingOn.map((w) => w.userId)).toEqual([chief2.id]);
    expect(entry.dueAt).not.toBeNull();
    const refused = await specialist.client.request(STUCK, { b: brand.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an approver removed from the workspace leaves a gap the flow shows and marks pending steps as needing attention', async () => {
    const flow = await createFlow(lead.client, brand, 'MEDIA_PLAN', [
      step('ANY', [{ userId: chief1.id }, { role: 'CHIEF_EXPERT' }]),
    ]);
    const plan = await createDocument(strategist.client, brand, 'MEDIA_PLAN');
    const request = await submit(strategist.client, plan, flow.id);
    expect([...request.openApproverIds].sort()).toEqual([chief1.id, chief2.id].sort());
    await owner.ok(`mutation($i: RemoveMemberInput!) { removeMember(input: $i) }`, {
      i: { workspaceId: brand.workspaceId, userId: chief1.id },
    });
    const missing = await eventually(async () => {
      const rows = await events(request.id, 'approval.approver_missing');
      return rows.length > 0 ? rows : null;
    });
    expect(missing[0]!.data).toMatchObject({
      removedUserIds: [chief1.id],
      remainingApproverIds: [chief2.id],
      submitterId: strategist.id,
    });
    const after = await lead.client.ok<{ approvalRequest: Request }>(
      `query($id: ID!) { approvalRequest(id: $id) { openApproverIds needsAttention } }`,
      { id: request.id },
    );
    expect(after.approvalRequest).toEqual({ openApproverIds: [chief2.id], needsAttention: true });
    const shown = await lead.client.ok<{
      approvalFlow: {
        missingApprovers: Array<{ stepIndex: number; kind: string; userId: string | null }>;
      };
    }>(`query($id: ID!) { approvalFlow(id: $id) { missingApprovers { stepIndex kind userId } } }`, {
      id: flow.id,
    });
    expect(shown.approvalFlow.missingApprovers).toEqual([
      { stepIndex: 0, kind: 'USER', userId: chief1.id },
    ]);
  });
});
