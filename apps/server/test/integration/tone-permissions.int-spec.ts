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
import { createDocument, createFlow, step } from './approvals-fixtures.js';
import {
  CHECK_DOCUMENT,
  editDocument,
  englishGuide,
  firstVersion,
  IGNORE_FINDING,
  saveGuide,
  setBody,
  SUBMIT_WITH_REASON,
  TONE_GUIDELINE,
  TONE_IMPACT,
  TONE_VERSIONS,
  UPDATE_GUIDELINE,
} from './tone-fixtures.js';

/**
 * Every tone-of-voice operation as every kind of caller, against THE matrix
 * (toneOfVoice.read / edit / override): allowed calls succeed; refused ones answer
 * UNAUTHENTICATED (nobody), NOT_FOUND (not on the brand) or FORBIDDEN (on the brand without
 * the right) and change nothing.
 */
describe('tone of voice, per role', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let owner: GraphQLClient;
  let ownerId: string;
  let flowId: string;
  let version = 1;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
    owner = clients.get('owner')!;
    ownerId = (await owner.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    flowId = (await createFlow(owner, brand, 'POST', [step('ANY', [{ role: 'LEAD' }])])).id;
    await saveGuide(owner, brand, englishGuide(), null);
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
      if (before) expect(await factories.snapshot()).toBe(before);
    }
  }

  /** A post by the owner whose text fails the guideline (a required banned word). */
  async function failingPost(): Promise<string> {
    const id = await createDocument(owner, brand, 'POST');
    await editDocument(app, brand, id, ownerId, setBody('Cheap tea, cheap cups.'));
    await firstVersion(factories, id);
    return id;
  }

  it.each(BRAND_ACTORS)(
    'lets %s read the guideline only as toneOfVoice.read says',
    async (actor) => {
      const client = clients.get(actor)!;
      const code = expectedRefusal(actor, 'toneOfVoice.read');
      await expectOutcome(
        await client.request(TONE_GUIDELINE, { b: brand.id }),
        code,
        '',
        'toneGuideline',
      );
      await expectOutcome(
        await client.request(TONE_VERSIONS, { b: brand.id }),
        code,
        '',
        'toneGuidelineVersions',
      );
      await expectOutcome(
        await client.request(
          `query($b: ID!) { toneGuidelineAt(brandId: $b, version: 1) { version } }`,
          { b: brand.id },
        ),
        code,
        '',
        'toneGuidelineAt',
      );
      await expectOutcome(
        await client.request(TONE_IMPACT, { b: brand.id }),
        code,
        '',
        'toneGuidelineImpact',
      );
    },
  );

  it.each(BRAND_ACTORS)(
    'lets %s change the guideline only as toneOfVoice.edit says',
    async (actor) => {
      const code = expectedRefusal(actor, 'toneOfVoice.edit');
      const before = await factories.snapshot();
      const result = await clients.get(actor)!.request(UPDATE_GUIDELINE, {
        i: { brandId: brand.id, baseVersion: version, guide: JSON.stringify(englishGuide()) },
      });
      await expectOutcome(result, code, before, 'updateToneGuideline');
      if (code === null) version += 1;
    },
  );

  it.each(BRAND_ACTORS)(
    'lets %s submit a failing post with a reason only as toneOfVoice.override says',
    async (actor) => {
      const postId = await failingPost();
      const before = await factories.snapshot();
      const result = await clients
        .get(actor)!
        .request(SUBMIT_WITH_REASON, { d: postId, f: flowId, r: `Overridden by ${actor}` });
      const roles = rolesOf(actor);
      // Without post.read the post does not exist for them; without post.edit they may not submit.
      const code = can(roles, 'post.read')
        ? (expectedRefusal(actor, 'post.edit') ?? expectedRefusal(actor, 'toneOfVoice.override'))
        : expectedRefusal(actor, 'post.read', 'NOT_FOUND');
      await expectOutcome(result, code, before, 'submitForApproval');
      if (code === null) {
        const [row] = await factories.db.query<Array<{ override_reason: string }>>(
          'SELECT override_reason FROM tone_checks WHERE document_id = $1',
          [postId],
        );
        expect(row?.override_reason).toBe(`Overridden by ${actor}`);
      }
    },
  );

  it.each(BRAND_ACTORS)(
    'lets %s check a post now as post.read and toneOfVoice.read say, and ignore a finding as post.edit says',
    async (actor) => {
      const postId = await failingPost();
      const client = clients.get(actor)!;
      const readCode = can(rolesOf(actor), 'post.read')
        ? expectedRefusal(actor, 'toneOfVoice.read')
        : expectedRefusal(actor, 'post.read', 'NOT_FOUND');
      await expectOutcome(
        await client.request(CHECK_DOCUMENT, { d: postId }),
        readCode,
        '',
        'toneCheckDocument',
      );
      const before = await factories.snapshot();
      const ignored = await client.request(IGNORE_FINDING, {
        i: { documentId: postId, ruleId: 'no-cheap', text: 'cheap', reason: `${actor} says so` },
      });
      const editCode = can(rolesOf(actor), 'post.read')
        ? expectedRefusal(actor, 'post.edit')
        : expectedRefusal(actor, 'post.read', 'NOT_FOUND');
      await expectOutcome(ignored, editCode, before, 'ignoreToneFinding');
    },
  );
});
