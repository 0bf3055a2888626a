import { addRow, readPlan, setCell } from '@chorus/media-plan-model';
import { postBody } from '@chorus/post-model';
import { STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as Y from 'yjs';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { listen, peerPool, synced } from '../support/collab.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  approvalTeam,
  createDocument,
  editAs,
  inRound,
  createFlow,
  decide,
  DECIDE,
  REQUEST,
  step,
  submit,
  type Person,
  type Request,
} from './approvals-fixtures.js';

const MARKERS = `{ myApprovalChangeMarkers { id requestId documentId fromVersionId toVersionId round } }`;
const DIFF = `query($a: ID!, $b: ID!) { versionDiff(fromVersionId: $a, toVersionId: $b) {
  documentKind words { op text }
  mediaPlan { rowsAdded { rowId channel } rowsRemoved { rowId } cellsChanged { rowId column field before after }
    totals { scope budgetBefore budgetAfter quantityBefore quantityAfter } currency } } }`;
const HISTORY = `query($d: ID!) { approvalHistory(documentId: $d) { type requestId round versionId fromVersionId toVersionId actorId } }`;
const VERSIONS = `query($d: ID!) { documentVersions(documentId: $d) { id kind approval { requestId approvers { userId stepIndex } } } }`;

interface Marker {
  id: string;
  requestId: string;
  documentId: string;
  fromVersionId: string;
  toVersionId: string;
  round: number;
}

describe('approvals reopen when the content changes after approval or during review', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: Person;
  let lead: Person;
  let chief1: Person;
  let chief2: Person;
  let strategist: Person;
  let baseUrl: string;
  const peers = peerPool(() => baseUrl);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    factories = new Factories(app);
    ({ brand, specialist, lead, chief1, chief2, strategist } = await approvalTeam(factories));
  }, 120_000);

  afterEach(() => peers.destroyAll());

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const edit = (documentId: string, who: Person, mutate: (doc: Y.Doc) => void) =>
    editAs(app, brand, documentId, who, mutate);

  const reopened = (request: Request, round: number) => inRound(lead.client, request.id, round);

  async function request_(id: string): Promise<Request> {
    return (await lead.client.ok<{ approvalRequest: Request }>(REQUEST, { id })).approvalRequest;
  }

  async function markersOf(who: Person, documentId: string): Promise<Marker[]> {
    const data = await who.client.ok<{ myApprovalChangeMarkers: Marker[] }>(MARKERS);
    return data.myApprovalChangeMarkers.filter((m) => m.documentId === documentId);
  }

  async function postStatus(documentId: string): Promise<string> {
    const [row] = await factories.db.query<Array<{ status: string }>>(
      'SELECT status FROM posts WHERE document_id = $1',
      [documentId],
    );
    return row!.status;
  }

  it('a post edited after approval goes back to review, and the lead sees "changed after your approval" with a word diff', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', [step('ANY', [{ userId: lead.id }])]);
    const postId = await createDocument(specialist.client, brand, 'POST');
    await edit(postId, specialist, (doc) => postBody(doc).insert(0, 'Spring sale starts Monday'));
    const submitted = await submit(specialist.client, postId, flow.id);
    const approved = await decide(lead.client, submitted);
    expect(approved.request.status).toBe('APPROVED');
    expect(await postStatus(postId)).toBe('approved');

    await edit(postId, specialist, (doc) => {
      const body = postBody(doc);
      body.delete(body.length - 'Monday'.length, 'Monday'.length);
      body.insert(body.length, 'Friday');
    });
    const after = await reopened(submitted, 2);
    expect(after).toMatchObject({ status: 'PENDING', currentStep: 0, round: 2 });
    expect(after.versionId).not.toBe(submitted.versionId);
    expect(after.openApproverIds).toEqual([lead.id]);
    expect(await postStatus(postId)).toBe('in_review');

    const [marker] = await markersOf(lead, postId);
    expect(marker).toMatchObject({
      requestId: submitted.id,
      fromVersionId: submitted.versionId,
      toVersionId: after.versionId,
      round: 2,
    });
    const diff = await lead.client.ok<{
      versionDiff: { documentKind: string; words: Array<{ op: string; text: string }> };
    }>(DIFF, { a: marker!.fromVersionId, b: marker!.toVersionId });
    expect(diff.versionDiff.documentKind).toBe('POST');
    expect(diff.versionDiff.words).toEqual(
      expect.arrayContaining([
        { op: 'DELETE', text: 'Monday' },
        { op: 'INSERT', text: 'Friday' },
      ]),
    );
    expect(await markersOf(specialist, postId)).toEqual([]);

    // The old version cannot be approved any more; the new one can.
    const stale = await lead.client.request(DECIDE, {
      i: {
        requestId: submitted.id,
        stepIndex: 0,
        versionId: submitted.versionId,
        decision: 'APPROVE',
      },
    });
    expect(errorCode(stale)).toBe('APPROVAL_VERSION_NOT_CURRENT');
    expect((await decide(lead.client, after)).request.status).toBe('APPROVED');

    const history = await lead.client.ok<{
      approvalHistory: Array<{
        type: string;
        fromVersionId: string | null;
        toVersionId: string | null;
      }>;
    }>(HISTORY, { d: postId });
    expect(history.approvalHistory.map((e) => e.type)).toEqual([
      'approval.submitted',
      'approval.approved',
      'approval.reopened',
      'approval.approved',
    ]);
    expect(history.approvalHistory[2]).toMatchObject({
      fromVersionId: submitted.versionId,
      toVersionId: after.versionId,
    });
  });

  it('a change to a post’s fields during review reopens it too', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', [
      step('ANY', [{ userId: lead.id }]),
      step('ANY', [{ role: 'CHIEF_EXPERT' }]),
    ]);
    const postId = await createDocument(specialist.client, brand, 'POST');
    const submitted = await submit(specialist.client, postId, flow.id);
    const first = await decide(lead.client, submitted);
    expect(first.request.currentStep).toBe(1);
    await specialist.client.ok(
      `mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { id } } }`,
      { i: { postId, networks: ['INSTAGRAM'] } },
    );
    const after = await reopened(submitted, 2);
    expect(after).toMatchObject({ status: 'PENDING', currentStep: 0 });
    expect(await markersOf(lead, postId)).toHaveLength(1);
  });

  it('a strategy edited during review goes back to step 0, and the chief expert who approved is told', async () => {
    const flow = await createFlow(lead.client, brand, 'STRATEGY', [
      step('ALL', [{ role: 'CHIEF_EXPERT' }]),
    ]);
    const doc = await createDocument(strategist.client, brand, 'STRATEGY');
    const submitted = await submit(strategist.client, doc, flow.id);
    await decide(chief1.client, submitted);
    await edit(doc, strategist, (ydoc) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Budget doubled for Q3')]);
      ydoc.getXmlFragment(STRATEGY_FRAGMENT).insert(0, [paragraph]);
    });
    const after = await reopened(submitted, 2);
    expect(after.status).toBe('PENDING');
    const [marker] = await markersOf(chief1, doc);
    expect(marker).toMatchObject({
      fromVersionId: submitted.versionId,
      toVersionId: after.versionId,
    });
    expect(await markersOf(chief2, doc)).toEqual([]);
    const diff = await chief1.client.ok<{
      versionDiff: { words: Array<{ op: string; text: string }> };
    }>(DIFF, { a: marker!.fromVersionId, b: marker!.toVersionId });
    expect(
      diff.versionDiff.words
        .filter((w) => w.op === 'INSERT')
        .map((w) => w.text)
        .join(''),
    ).toContain('Budget doubled for Q3');
    // Both chiefs must approve the new round; the strategy version is then stamped.
    await decide(chief1.client, after);
    const done = await decide(chief2.client, after);
    expect(done.request.status).toBe('APPROVED');
    const versions = await chief1.client.ok<{
      documentVersions: Array<{
        id: string;
        kind: string;
        approval: { requestId: string; approvers: Array<{ userId: string }> } | null;
      }>;
    }>(VERSIONS, { d: doc });
    const stamped = versions.documentVersions.find((v) => v.id === after.versionId);
    expect(stamped?.kind).toBe('APPROVAL');
    expect(stamped?.approval?.approvers.map((a) => a.userId).sort()).toEqual(
      [chief1.id, chief2.id].sort(),
    );
    expect(
      versions.documentVersions.find((v) => v.id === submitted.versionId)?.approval,
    ).toBeNull();
  });

  it('a media plan changed after approval reopens with a cell-level diff (cells old → new, rows, totals)', async () => {
    const flow = await createFlow(lead.client, brand, 'MEDIA_PLAN', [
      step('ANY', [{ userId: lead.id }]),
    ]);
    const plan = await createDocument(strategist.client, brand, 'MEDIA_PLAN');
    let rowId = '';
    let period = '';
    await edit(plan, strategist, (doc) => {
      period = readPlan(doc).periods[0]!.key;
      rowId = addRow(doc, 'PAID', { channel: 'Instagram', activity: 'Ads' });
      setCell(doc, rowId, period, { budget: 10_000, quantity: 3 });
    });
    const submitted = await submit(strategist.client, plan, flow.id);
    await decide(lead.client, submitted);
    let added = '';
    await edit(plan, strategist, (doc) => {
      setCell(doc, rowId, period, { budget: 30_000 });
      added = addRow(doc, 'EARNED', { channel: 'Press', activity: 'PR' });
    });
    const after = await reopened(submitted, 2);
    expect(after.status).toBe('PENDING');
    const [marker] = await markersOf(lead, plan);
    const diff = await lead.client.ok<{
      versionDiff: {
        words: null;
        mediaPlan: {
          rowsAdded: Array<{ rowId: string }>;
          cellsChanged: Array<{
            rowId: string;
            column: string;
            field: string;
            before: string;
            after: string;
          }>;
          totals: Array<{ scope: string; budgetBefore: number; budgetAfter: number }>;
        };
      };
    }>(DIFF, { a: marker!.fromVersionId, b: marker!.toVersionId });
    expect(diff.versionDiff.words).toBeNull();
    expect(diff.versionDiff.mediaPlan.rowsAdded.map((r) => r.rowId)).toEqual([added]);
    expect(diff.versionDiff.mediaPlan.cellsChanged).toContainEqual({
      rowId,
      column: period,
      field: 'budget',
      before: '10000',
      after: '30000',
    });
    expect(diff.versionDiff.mediaPlan.totals[0]).toMatchObject({
      scope: 'overall',
      budgetBefore: 10_000,
      budgetAfter: 30_000,
    });
  });

  /** Waits until `count` reopen checks of the document have run (each edit settles into one). */
  async function checksRun(documentId: string, count: number): Promise<void> {
    await eventually(async () => {
      const [row] = await factories.db.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'approvals.reopen'
            AND state = 'completed' AND data->>'documentId' = $1`,
        [documentId],
      );
      return row!.n >= count;
    });
  }

  async function reopenEvents(documentId: string): Promise<number> {
    const [row] = await factories.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM events WHERE document_id = $1 AND type = 'approval.reopened'`,
      [documentId],
    );
    return row!.n;
  }

  it('reopens once per round: typing on during review makes no more rounds until someone decides', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', [
      step('ANY', [{ userId: lead.id }]),
      step('ANY', [{ role: 'CHIEF_EXPERT' }]),
    ]);
    const postId = await createDocument(specialist.client, brand, 'POST');
    await edit(postId, specialist, (doc) => postBody(doc).insert(0, 'Autumn menu'));
    const submitted = await submit(specialist.client, postId, flow.id);

    // The first edit after the submission reopens (round 2, bound to the edited content).
    await edit(postId, specialist, (doc) => postBody(doc).insert(postBody(doc).length, ' is here'));
    const second = await reopened(submitted, 2);
    expect(second).toMatchObject({ status: 'PENDING', currentStep: 0, round: 2 });
    let checks = 1;
    await checksRun(postId, checks);

    // Further bursts in the same round, nobody has decided since: no new round, version or notice.
    for (const word of [' today', ' and', ' tomorrow']) {
      await edit(postId, specialist, (doc) => postBody(doc).insert(postBody(doc).length, word));
      await checksRun(postId, ++checks);
    }
    expect(await request_(submitted.id)).toMatchObject({
      round: 2,
      versionId: second.versionId,
      status: 'PENDING',
    });
    expect(await reopenEvents(postId)).toBe(1);
    expect(await markersOf(lead, postId)).toEqual([]);

    // The lead approves step 1 of what they read; the words typed after it reopen the request
    // once, and the lead is told it changed after their approval (with what they did not read).
    const first = await decide(lead.client, second);
    expect(first.request.currentStep).toBe(1);
    const third = await reopened(submitted, 3);
    expect(third).toMatchObject({ status: 'PENDING', currentStep: 0, round: 3 });
    const markers = await markersOf(lead, postId);
    expect(markers).toEqual([
      expect.objectContaining({ fromVersionId: second.versionId, toVersionId: third.versionId }),
    ]);
    const diff = await lead.client.ok<{
      versionDiff: { words: Array<{ op: string; text: string }> };
    }>(DIFF, { a: second.versionId, b: third.versionId });
    expect(
      diff.versionDiff.words
        .filter((w) => w.op === 'INSERT')
        .map((w) => w.text)
        .join(''),
    ).toContain('tomorrow');
    // The reopen names who wrote the unread words, not the lead who decided.
    const [reopenedEvent] = await factories.db.query<Array<{ actor_id: string; cause: string }>>(
      `SELECT actor_id, data->>'cause' AS cause FROM events
        WHERE document_id = $1 AND type = 'approval.reopened' ORDER BY occurred_at DESC LIMIT 1`,
      [postId],
    );
    expect(reopenedEvent).toEqual({ actor_id: specialist.id, cause: 'decision' });

    // Round 3 is quiet again until someone decides.
    await checksRun(postId, ++checks);
    await edit(postId, specialist, (doc) => postBody(doc).insert(postBody(doc).length, '!'));
    await checksRun(postId, checks + 1);
    expect((await request_(submitted.id)).round).toBe(3);
    expect(await reopenEvents(postId)).toBe(2);
  });

  it('does not reopen a request that was withdrawn or ended with changes requested', async () => {
    const flow = await createFlow(lead.client, brand, 'STRATEGY', [
      step('ANY', [{ userId: lead.id }]),
    ]);
    const doc = await createDocument(strategist.client, brand, 'STRATEGY');
    const submitted = await submit(strategist.client, doc, flow.id);
    await decide(lead.client, submitted, 'REQUEST_CHANGES', 'Add the budget section');
    await edit(doc, strategist, (ydoc) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Budget section')]);
      ydoc.getXmlFragment(STRATEGY_FRAGMENT).insert(0, [paragraph]);
    });
    // Wait for the check the edit queued to have run (and done nothing).
    await eventually(async () => {
      const [job] = await factories.db.query<Array<{ id: string }>>(
        `SELECT id FROM pgboss.job WHERE name = 'approvals.reopen' AND state = 'completed'
            AND data->>'documentId' = $1`,
        [doc],
      );
      return job;
    });
    const still = await request_(submitted.id);
    expect(still).toMatchObject({ status: 'CHANGES_REQUESTED', round: 1 });
    const again = await submit(strategist.client, doc, flow.id);
    expect(again.status).toBe('PENDING');
  });

  it('a collaborator typing over the collaboration socket reopens an approved post', async () => {
    const flow = await createFlow(lead.client, brand, 'POST', [step('ANY', [{ userId: lead.id }])]);
    const postId = await createDocument(specialist.client, brand, 'POST');
    const peer = await peers.join(specialist.client, postId);
    postBody(peer.doc).insert(0, 'Launch day');
    await synced(peer);
    const submitted = await submit(specialist.client, postId, flow.id);
    await decide(lead.client, submitted);
    postBody(peer.doc).insert(postBody(peer.doc).length, ' is Friday');
    const after = await reopened(submitted, 2);
    expect(after.status).toBe('PENDING');
    const [marker] = await markersOf(lead, postId);
    const diff = await lead.client.ok<{
      versionDiff: { words: Array<{ op: string; text: string }> };
    }>(DIFF, { a: marker!.fromVersionId, b: marker!.toVersionId });
    expect(
      diff.versionDiff.words
        .filter((w) => w.op === 'INSERT')
        .map((w) => w.text)
        .join(''),
    ).toContain('Friday');
  });
});
