import { postBody, startVariant } from '@chorus/post-model';
import { STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as Y from 'yjs';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  approvalTeam,
  CREATE_DOCUMENT,
  createDocument,
  createFlow,
  step,
  type Person,
} from './approvals-fixtures.js';
import {
  editDocument,
  firstVersion,
  englishGuide,
  REQUEST_CHECK,
  saveGuide,
  setBody,
  SUBMIT_WITH_REASON,
  type ToneCheck,
} from './tone-fixtures.js';

interface Submitted {
  id: string;
  status: string;
  versionId: string;
  round: number;
  toneCheck: ToneCheck | null;
}

/**
 * The approval gate: submitting runs the brand's tone check on the exact version submitted; a
 * failing version is refused and nothing changes, unless the chief expert overrides with a
 * reason (audited); approvers read the stored check of the version they decide on.
 */
describe('the tone gate on submission for approval', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: Person;
  let lead: Person;
  let chief: Person;
  let strategist: Person;
  let flowId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, specialist, lead, strategist, chief1: chief } = await approvalTeam(factories));
    flowId = (await createFlow(lead.client, brand, 'POST', [step('ANY', [{ userId: lead.id }])]))
      .id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function post(text: string): Promise<string> {
    const id = await createDocument(specialist.client, brand, 'POST', `Post ${text.slice(0, 12)}`);
    await editDocument(app, brand, id, specialist.id, setBody(text));
    await firstVersion(factories, id);
    return id;
  }

  function submit(who: Person, documentId: string, reason?: string | null) {
    return who.client.request<{ submitForApproval: Submitted }>(SUBMIT_WITH_REASON, {
      d: documentId,
      f: flowId,
      r: reason ?? null,
    });
  }

  it('lets everything through, unchecked, while the brand has no guideline', async () => {
    const id = await post('Cheap tea!!! Cheap cups!!!');
    const result = await submit(specialist, id);
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitForApproval).toMatchObject({ status: 'PENDING', toneCheck: null });
  });

  describe('with a guideline', () => {
    beforeAll(async () => {
      await saveGuide(chief.client, brand, englishGuide(), null);
    });

    it('refuses a post that breaks a required rule with TONE_CHECK_BLOCKED and changes nothing', async () => {
      const id = await post('Our cheap oolong is back in the shop this week.');
      const before = await factories.snapshot();
      const result = await submit(specialist, id);
      expect(errorCode(result)).toBe('TONE_CHECK_BLOCKED');
      expect(result.errors?.[0]?.extensions).toMatchObject({
        score: 75,
        verdict: 'BLOCK',
        requiredViolations: 1,
        recommendedViolations: 0,
        guidelineVersion: 1,
      });
      expect(await factories.snapshot()).toBe(before);
      const [row] = await factories.db.query<Array<{ status: string }>>(
        'SELECT status FROM posts WHERE document_id = $1',
        [id],
      );
      expect(row?.status).toBe('draft');
    });

    it('refuses an override from someone without toneOfVoice.override, and an empty reason', async () => {
      const id = await post('Cheap tea for cheap mornings.');
      const before = await factories.snapshot();
      expect(errorCode(await submit(specialist, id, 'Client insisted'))).toBe('FORBIDDEN');
      expect(errorCode(await submit(chief, id, '   '))).toBe('TONE_OVERRIDE_REASON_REQUIRED');
      expect(await factories.snapshot()).toBe(before);
    });

    it('lets the chief expert override with a reason, audits it, and shows it to the approver', async () => {
      const id = await post('Cheap tea for cheap mornings.');
      const result = await submit(chief, id, 'The client quotes a customer review here.');
      expect(result.errors).toBeUndefined();
      const request = result.data!.submitForApproval;
      expect(request.status).toBe('PENDING');

      const seen = await lead.client.ok<{ approvalRequest: Submitted }>(REQUEST_CHECK, {
        id: request.id,
      });
      const check = seen.approvalRequest.toneCheck!;
      expect(check).toMatchObject({
        verdict: 'BLOCK',
        score: 50,
        guidelineVersion: 1,
        overrideReason: 'The client quotes a customer review here.',
        overriddenByName: 'Cem Chief',
      });
      expect(check.findings.map((f) => [f.ruleId, f.text, f.part, f.replacement])).toEqual([
        ['no-cheap', 'Cheap', 'base', 'affordable'],
        ['no-cheap', 'cheap', 'base', 'affordable'],
      ]);
      expect(JSON.parse(check.findings[0]!.params)).toEqual(expect.any(Object));

      const [event] = await factories.db.query<
        Array<{ actor_id: string; data: Record<string, unknown> }>
      >(
        `SELECT actor_id, data FROM events WHERE type = 'tone.check_overridden' AND subject_id = $1`,
        [request.id],
      );
      expect(event).toMatchObject({
        actor_id: chief.id,
        data: expect.objectContaining({
          reason: 'The client quotes a customer review here.',
          score: 50,
          versionId: request.versionId,
        }),
      });
      // The audit log keeps it (its processor reads the event log).
      await eventually(async () => {
        const rows = await factories.db.query<unknown[]>(
          `SELECT 1 FROM audit_entries WHERE action = 'tone.check_overridden' AND workspace_id = $1`,
          [brand.workspaceId],
        );
        return rows.length > 0;
      });
    });

    it('passes a post that meets the guideline and stores its check with the request', async () => {
      const id = await post('Our affordable oolong is back in the shop this week.');
      const result = await submit(specialist, id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.submitForApproval.toneCheck).toMatchObject({
        verdict: 'PASS',
        score: 100,
        findings: [],
        overrideReason: null,
      });
    });

    it('keeps the check of the version submitted when the post is edited afterwards, and checks the version the edit reopens', async () => {
      const id = await post('A calm offer on oolong, this week only.');
      const submitted = (await submit(specialist, id)).data!.submitForApproval;
      expect(submitted.toneCheck?.verdict).toBe('PASS');
      await editDocument(app, brand, id, specialist.id, setBody('Cheap oolong, this week only.'));
      const stored = await factories.db.query<Array<{ verdict: string; score: number }>>(
        'SELECT verdict, score FROM tone_checks WHERE request_id = $1 AND version_id = $2',
        [submitted.id, submitted.versionId],
      );
      expect(stored).toEqual([{ verdict: 'pass', score: 100 }]);
      // The edit reopened the request on a new version; that version gets its own check.
      const reopened = await eventually(async () => {
        const data = await lead.client.ok<{ approvalRequest: Submitted }>(REQUEST_CHECK, {
          id: submitted.id,
        });
        const request = data.approvalRequest;
        return request.round === 2 && request.toneCheck ? request : null;
      });
      expect(reopened.versionId).not.toBe(submitted.versionId);
      expect(reopened.toneCheck).toMatchObject({ verdict: 'BLOCK', overrideReason: null });
      expect(reopened.toneCheck!.findings.map((f) => f.text)).toEqual(['Cheap']);
      const again = await factories.db.query<Array<{ verdict: string }>>(
        'SELECT verdict FROM tone_checks WHERE request_id = $1 AND version_id = $2',
        [submitted.id, submitted.versionId],
      );
      expect(again).toEqual([{ verdict: 'pass' }]);
    });

    it('checks each network of a post with its own text and limit', async () => {
      await saveGuide(
        chief.client,
        brand,
        englishGuide({ length: { id: 'fits', severity: 'required' } }),
        1,
      );
      const { createDocument: created } = await specialist.client.ok<{
        createDocument: { id: string };
      }>(CREATE_DOCUMENT, {
        input: {
          brandId: brand.id,
          kind: 'POST',
          title: 'Across networks',
          post: { networks: ['INSTAGRAM', 'X', 'TELEGRAM'] },
        },
      });
      const base = `${'Our oolong is picked by hand in the hills above the river. '.repeat(5)}`;
      await editDocument(app, brand, created.id, specialist.id, (doc) => {
        postBody(doc).insert(0, base);
        startVariant(doc, 'telegram').insert(0, 'Cheap oolong for the channel.');
      });
      await firstVersion(factories, created.id);
      const result = await submit(chief, created.id, 'Checked with the client.');
      expect(result.errors).toBeUndefined();
      const check = result.data!.submitForApproval.toneCheck!;
      expect(check.guidelineVersion).toBe(2);
      const seen = check.findings.map((f) => [f.part, f.ruleId, f.kind]);
      // The base text fits Instagram (2,200) but not X (280); Telegram has its own text.
      expect(seen).toEqual(
        expect.arrayContaining([
          ['base', 'fits', 'length'],
          ['telegram', 'no-cheap', 'term'],
        ]),
      );
      expect(seen).toHaveLength(2);
      expect(check.verdict).toBe('BLOCK');
    });

    it('checks a strategy by its paragraphs and blocks it the same way', async () => {
      const strategyFlow = await createFlow(lead.client, brand, 'STRATEGY', [
        step('ANY', [{ userId: lead.id }]),
      ]);
      const id = await createDocument(strategist.client, brand, 'STRATEGY', 'Q3 voice');
      await editDocument(app, brand, id, strategist.id, (doc) => {
        const paragraphs = ['Our audience reads slowly.', 'We never sound cheap or loud.'].map(
          (text) => {
            const paragraph = new Y.XmlElement('paragraph');
            paragraph.insert(0, [new Y.XmlText(text)]);
            return paragraph;
          },
        );
        doc.getXmlFragment(STRATEGY_FRAGMENT).insert(0, paragraphs);
      });
      await firstVersion(factories, id);
      const before = await factories.snapshot();
      const refused = await strategist.client.request(SUBMIT_WITH_REASON, {
        d: id,
        f: strategyFlow.id,
        r: null,
      });
      expect(errorCode(refused)).toBe('TONE_CHECK_BLOCKED');
      expect(await factories.snapshot()).toBe(before);

      const overridden = await chief.client.ok<{ submitForApproval: Submitted }>(
        SUBMIT_WITH_REASON,
        { d: id, f: strategyFlow.id, r: 'Quoting what we avoid.' },
      );
      const [finding] = overridden.submitForApproval.toneCheck!.findings;
      expect(finding).toMatchObject({
        part: 'body',
        paragraph: 1,
        text: 'cheap',
        from: 'We never sound '.length,
        to: 'We never sound cheap'.length,
      });
    });
  });
});
