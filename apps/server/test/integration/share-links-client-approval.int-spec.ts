import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { startSmtp } from '../support/smtp.js';
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
} from './approvals-fixtures.js';
import { CONFIRM, PREVIEW, REDEEM, shareDocument } from './share-links-fixtures.js';

const APPROVALS = `query($d: ID!) { documentApprovals(documentId: $d) {
  id status currentStep versionId canDecide needsAttention
  decisions { userId userName byClient clientLabel decision stepIndex }
} }`;
const DECIDE = `mutation($i: DecideApprovalInput!) { decideApproval(input: $i) { late request { status } } }`;
const POST_STATUS = `query($id: ID!) { post(id: $id) { status } }`;

interface Approval {
  id: string;
  status: string;
  currentStep: number;
  versionId: string;
  canDecide: boolean;
  needsAttention: boolean;
  decisions: Array<{
    userId: string | null;
    userName: string | null;
    byClient: boolean;
    clientLabel: string | null;
    decision: string;
    stepIndex: number;
  }>;
}

/** A post whose flow is "the lead, then the client", submitted and approved by the lead. */
async function atClientStep(brand: BrandEntity, specialist: Person, lead: Person) {
  const flow = await createFlow(lead.client, brand, 'POST', [
    step('ANY', [{ role: 'LEAD' }]),
    { rule: 'ANY', approvers: [{ kind: 'CLIENT' }] },
  ]);
  const postId = await createDocument(specialist.client, brand, 'POST', 'Tết campaign teaser');
  const request = await submit(specialist.client, postId, flow.id);
  const { request: afterLead } = await decide(lead.client, request);
  return { postId, request: afterLead };
}

async function approvalOf(client: GraphQLClient, postId: string): Promise<Approval> {
  return (await client.ok<{ documentApprovals: Approval[] }>(APPROVALS, { d: postId }))
    .documentApprovals[0]!;
}

function decideInput(approval: Approval, decision = 'APPROVE', comment: string | null = null) {
  return {
    i: {
      requestId: approval.id,
      stepIndex: approval.currentStep,
      versionId: approval.versionId,
      decision,
      comment,
    },
  };
}

describe('client approval through an approve share link (no SMTP)', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let team: Awaited<ReturnType<typeof approvalTeam>>;
  let address = 1;

  async function guestOn(documentId: string, capability: string, name = 'Lan Nguyen') {
    const link = await shareDocument(team.lead.client, team.brand.id, documentId, {
      capability,
      label: 'Client — Lotus',
    });
    const client = factories.anonymous();
    client.address = `10.4.0.${address++}`;
    await client.ok(REDEEM, { i: { token: link.token, name } });
    return client;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    team = await approvalTeam(factories);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('lets flows name the client as an approver; its step waits on the client, not on nobody', async () => {
    const { request } = await atClientStep(team.brand, team.specialist, team.lead);
    expect(request).toMatchObject({ status: 'PENDING', currentStep: 1, needsAttention: false });
  });

  it("records the client's approval with the guest's name and the link's label, and approves the post", async () => {
    const { postId } = await atClientStep(team.brand, team.specialist, team.lead);
    const guest = await guestOn(postId, 'APPROVE');
    const approval = await approvalOf(guest, postId);
    expect(approval.canDecide).toBe(true);
    const decided = await guest.ok<{ decideApproval: { request: { status: string } } }>(
      DECIDE,
      decideInput(approval),
    );
    expect(decided.decideApproval.request.status).toBe('APPROVED');
    const after = await approvalOf(team.lead.client, postId);
    expect(after.decisions.at(-1)).toEqual({
      userId: null,
      userName: 'Lan Nguyen',
      byClient: true,
      clientLabel: 'Client — Lotus',
      decision: 'APPROVE',
      stepIndex: 1,
    });
    expect(
      (await team.lead.client.ok<{ post: { status: string } }>(POST_STATUS, { id: postId })).post
        .status,
    ).toBe('APPROVED');
    expect(errorCode(await guest.request(DECIDE, decideInput(approval)))).toBe('APPROVAL_CLOSED');
    const [event] = await app
      .get(DataSource)
      .query<Array<{ actor_id: string | null; data: Record<string, unknown> }>>(
        `SELECT actor_id, data FROM events WHERE type = 'approval.approved' AND document_id = $1`,
        [postId],
      );
    expect(event).toMatchObject({
      actor_id: null,
      data: { guestName: 'Lan Nguyen', byClient: true },
    });
  });

  it('lets the client request changes with a comment', async () => {
    const { postId } = await atClientStep(team.brand, team.specialist, team.lead);
    const guest = await guestOn(postId, 'APPROVE', 'Minh');
    const approval = await approvalOf(guest, postId);
    expect(errorCode(await guest.request(DECIDE, decideInput(approval, 'REQUEST_CHANGES')))).toBe(
      'VALIDATION',
    );
    await guest.ok(DECIDE, decideInput(approval, 'REQUEST_CHANGES', 'Use the new logo, please.'));
    expect((await approvalOf(team.lead.client, postId)).status).toBe('CHANGES_REQUESTED');
  });

  it('refuses view and comment links, steps without the client, and requests of other documents', async () => {
    const { postId } = await atClientStep(team.brand, team.specialist, team.lead);
    for (const capability of ['VIEW', 'COMMENT']) {
      const guest = await guestOn(postId, capability);
      const approval = await approvalOf(guest, postId);
      expect(approval.canDecide).toBe(false);
      expect(errorCode(await guest.request(DECIDE, decideInput(approval)))).toBe(
        'APPROVAL_NOT_YOUR_STEP',
      );
    }
    // At the lead's step the client may not decide.
    const flowFirst = await createFlow(team.lead.client, team.brand, 'POST', [
      step('ANY', [{ role: 'LEAD' }]),
      { rule: 'ANY', approvers: [{ kind: 'CLIENT' }] },
    ]);
    const early = await createDocument(team.specialist.client, team.brand, 'POST', 'Early');
    const pending = await submit(team.specialist.client, early, flowFirst.id);
    const earlyGuest = await guestOn(early, 'APPROVE');
    expect((await approvalOf(earlyGuest, early)).canDecide).toBe(false);
    expect(
      errorCode(
        await earlyGuest.request(DECIDE, {
          i: {
            requestId: pending.id,
            stepIndex: 0,
            versionId: pending.versionId,
            decision: 'APPROVE',
          },
        }),
      ),
    ).toBe('APPROVAL_NOT_YOUR_STEP');
    // A guest of one post cannot reach another post's request.
    const approval = await approvalOf(team.lead.client, postId);
    expect(errorCode(await earlyGuest.request(DECIDE, decideInput(approval)))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await earlyGuest.request(`query($id: ID!) { approvalRequest(id: $id) { id } }`, {
          id: approval.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await earlyGuest.request(APPROVALS, { d: postId }))).toBe('NOT_FOUND');
  });
});

describe('client approval with SMTP: the email is confirmed by a one-time code first', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let team: Awaited<ReturnType<typeof approvalTeam>>;
  let factories: Factories;

  beforeAll(async () => {
    smtp = await startSmtp();
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: { CHORUS_SEED_DEMO: 'false', SMTP_URL: smtp.url },
    });
    factories = new Factories(app);
    team = await approvalTeam(factories);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    await smtp.close();
  });

  it('asks for an email, sends a code, refuses a decision before it and a wrong code, then records the confirmed email', async () => {
    const { postId } = await atClientStep(team.brand, team.specialist, team.lead);
    const link = await shareDocument(team.lead.client, team.brand.id, postId, {
      capability: 'APPROVE',
      label: 'Client — Lotus',
    });
    const guest = factories.anonymous();
    guest.address = '10.5.0.1';
    expect(await guest.ok(PREVIEW, { t: link.token })).toMatchObject({
      shareLinkPreview: { needsEmail: true, smtpConfigured: true },
    });
    const noEmail = await guest.request(REDEEM, { i: { token: link.token, name: 'Lan' } });
    expect([errorCode(noEmail), noEmail.errors?.[0]?.extensions?.field]).toEqual([
      'VALIDATION',
      'email',
    ]);
    const redeemed = await guest.ok<{
      redeemShareLink: { emailConfirmed: boolean; emailConfirmationPending: boolean };
    }>(REDEEM, { i: { token: link.token, name: 'Lan', email: 'Lan@Lotus.example' } });
    expect(redeemed.redeemShareLink).toMatchObject({
      emailConfirmed: false,
      emailConfirmationPending: true,
    });
    const mail = await (async () => {
      for (let i = 0; i < 200 && smtp.received.length === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return smtp.received[0]!;
    })();
    expect(mail.to).toEqual(['lan@lotus.example']);
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    const approval = await approvalOf(guest, postId);
    expect(errorCode(await guest.request(DECIDE, decideInput(approval)))).toBe(
      'GUEST_EMAIL_UNCONFIRMED',
    );
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await guest.request(CONFIRM, { c: wrong });
    expect([errorCode(refused), refused.errors?.[0]?.extensions?.reason]).toEqual([
      'GUEST_EMAIL_CODE_INVALID',
      'wrong',
    ]);
    expect(await guest.ok(CONFIRM, { c: code })).toEqual({
      confirmGuestEmail: { emailConfirmed: true, emailConfirmationPending: false },
    });
    await guest.ok(DECIDE, decideInput(approval));
    const [row] = await app
      .get(DataSource)
      .query<Array<{ guest_email: string; guest_name: string }>>(
        `SELECT d.guest_email, d.guest_name FROM approval_decisions d
           JOIN approval_requests r ON r.id = d.request_id WHERE r.document_id = $1 AND d.guest_name IS NOT NULL`,
        [postId],
      );
    expect(row).toEqual({ guest_email: 'lan@lotus.example', guest_name: 'Lan' });
  });
});
