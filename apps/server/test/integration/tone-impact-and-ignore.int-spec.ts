import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  approvalTeam,
  CREATE_DOCUMENT,
  createFlow,
  step,
  submit,
  type Person,
} from './approvals-fixtures.js';
import {
  CHECK_DOCUMENT,
  editDocument,
  englishGuide,
  firstVersion,
  IGNORE_FINDING,
  saveGuide,
  setBody,
  SUBMIT_WITH_REASON,
  TONE_IMPACT,
  UPDATE_GUIDELINE,
  type ImpactItem,
  type ToneCheck,
} from './tone-fixtures.js';

const TRANSITION = `mutation($i: TransitionPostInput!) { transitionPost(input: $i) { post { id status } } }`;

/**
 * After a guideline change the chief expert sees the scheduled and in-review posts that now
 * fail; "ignore once" with a reason is recorded and honoured by the server's checks.
 */
describe('the guideline-change report and "ignore once"', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: Person;
  let lead: Person;
  let chief: Person;
  let flowId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, specialist, lead, chief1: chief } = await approvalTeam(factories));
    flowId = (await createFlow(lead.client, brand, 'POST', [step('ANY', [{ userId: lead.id }])]))
      .id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function post(title: string, text: string, publishAt?: string): Promise<string> {
    const { createDocument } = await specialist.client.ok<{ createDocument: { id: string } }>(
      CREATE_DOCUMENT,
      {
        input: {
          brandId: brand.id,
          kind: 'POST',
          title,
          post: { networks: ['FACEBOOK'], ...(publishAt ? { publishAt } : {}) },
        },
      },
    );
    await editDocument(app, brand, createDocument.id, specialist.id, setBody(text));
    await firstVersion(factories, createDocument.id);
    return createDocument.id;
  }

  async function schedule(postId: string): Promise<void> {
    for (const to of ['READY', 'SCHEDULED']) {
      await specialist.client.ok(TRANSITION, { i: { postId, to } });
    }
  }

  async function checkNow(documentId: string): Promise<ToneCheck | null> {
    const data = await specialist.client.ok<{ toneCheckDocument: ToneCheck | null }>(
      CHECK_DOCUMENT,
      { d: documentId },
    );
    return data.toneCheckDocument;
  }

  it('lists the scheduled and in-review posts that fail the new version, and only those', async () => {
    const draftOnly = await post('Draft', 'Oolong for everyone, soon.');
    expect(await checkNow(draftOnly)).toBeNull();
    await saveGuide(chief.client, brand, englishGuide(), null);

    const scheduled = await post(
      'Monday oolong',
      'Fresh oolong arrives on Monday.',
      '2030-05-06T09:00',
    );
    await schedule(scheduled);
    const calm = await post('Tuesday green tea', 'Green tea on Tuesday.', '2030-05-07T09:00');
    await schedule(calm);
    const reviewed = await post('Friday tasting', 'An oolong tasting this Friday.');
    await submit(specialist.client, reviewed, flowId);

    const noOolong = englishGuide();
    (noOolong.terms as unknown[]).push({
      id: 'no-oolong',
      severity: 'required',
      kind: 'banned',
      language: 'all',
      terms: ['oolong'],
      replacement: 'wulong',
    });
    const { updateToneGuideline } = await chief.client.ok<{
      updateToneGuideline: { guideline: { version: number }; nowFailing: ImpactItem[] };
    }>(UPDATE_GUIDELINE, {
      i: { brandId: brand.id, baseVersion: 1, guide: JSON.stringify(noOolong) },
    });
    expect(updateToneGuideline.guideline.version).toBe(2);
    const expected = [
      {
        documentId: scheduled,
        title: 'Monday oolong',
        kind: 'POST',
        state: 'scheduled',
        score: 75,
        verdict: 'BLOCK',
        requiredViolations: 1,
      },
      {
        documentId: reviewed,
        title: 'Friday tasting',
        kind: 'POST',
        state: 'in_review',
        score: 75,
        verdict: 'BLOCK',
        requiredViolations: 1,
      },
    ];
    expect(updateToneGuideline.nowFailing).toEqual(expected);

    const report = await specialist.client.ok<{ toneGuidelineImpact: ImpactItem[] }>(TONE_IMPACT, {
      b: brand.id,
    });
    expect(report.toneGuidelineImpact).toEqual(expected);
    expect((await checkNow(draftOnly))?.verdict).toBe('BLOCK');
    expect((await checkNow(calm))?.verdict).toBe('PASS');
  });

  it('records "ignore once" with its reason and lets the server check pass that finding', async () => {
    const id = await post('Cups', 'Our cheap cups are back in the shop.');
    const before = await checkNow(id);
    expect(before?.findings.map((f) => [f.ruleId, f.text])).toEqual([['no-cheap', 'cheap']]);

    const snapshot = await factories.snapshot();
    const refused = await specialist.client.request(IGNORE_FINDING, {
      i: { documentId: id, ruleId: 'no-cheap', text: 'cheap', reason: '  ' },
    });
    expect(errorCode(refused)).toBe('VALIDATION');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'reason' });
    expect(await factories.snapshot()).toBe(snapshot);

    await specialist.client.ok(IGNORE_FINDING, {
      i: {
        documentId: id,
        ruleId: 'no-cheap',
        text: 'cheap',
        reason: 'The product line is called "Cheap Cups".',
      },
    });
    const [event] = await factories.db.query<
      Array<{ actor_id: string; data: { ruleId: string; text: string; reason: string } }>
    >(
      `SELECT actor_id, data FROM events WHERE type = 'tone.finding_ignored' AND document_id = $1`,
      [id],
    );
    expect(event).toMatchObject({
      actor_id: specialist.id,
      data: {
        ruleId: 'no-cheap',
        text: 'cheap',
        reason: 'The product line is called "Cheap Cups".',
      },
    });
    const after = await checkNow(id);
    expect(after).toMatchObject({ verdict: 'PASS', score: 100, findings: [] });

    // The editors reload the decision (with its reason and author) when the document opens.
    const IGNORED = `query($d: ID!) { toneIgnoredFindings(documentId: $d) { ruleId text reason createdByName } }`;
    const listed = await lead.client.ok<{ toneIgnoredFindings: unknown[] }>(IGNORED, { d: id });
    expect(listed.toneIgnoredFindings).toEqual([
      {
        ruleId: 'no-cheap',
        text: 'cheap',
        reason: 'The product line is called "Cheap Cups".',
        createdByName: expect.any(String),
      },
    ]);
    const stranger = await factories.signedIn(await factories.buildUser());
    expect(errorCode(await stranger.request(IGNORED, { d: id }))).toBe('NOT_FOUND');

    const submitted = await specialist.client.ok<{
      submitForApproval: { status: string; toneCheck: ToneCheck };
    }>(SUBMIT_WITH_REASON, { d: id, f: flowId, r: null });
    expect(submitted.submitForApproval).toMatchObject({
      status: 'PENDING',
      toneCheck: { verdict: 'PASS', findings: [] },
    });
  });

  it('still flags other text for the same rule after an ignore', async () => {
    const id = await post('Mugs', 'Cheap mugs and cheap teapots.');
    await specialist.client.ok(IGNORE_FINDING, {
      i: { documentId: id, ruleId: 'no-cheap', text: 'elsewhere', reason: 'Not this text.' },
    });
    expect((await checkNow(id))?.findings.map((f) => f.text)).toEqual(['Cheap', 'cheap']);
  });
});
