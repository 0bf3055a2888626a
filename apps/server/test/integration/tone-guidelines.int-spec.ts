import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { approvalTeam, type Person } from './approvals-fixtures.js';
import {
  englishGuide,
  saveGuide,
  TONE_GUIDELINE,
  TONE_VERSIONS,
  UPDATE_GUIDELINE,
} from './tone-fixtures.js';

interface Guideline {
  brandId: string;
  version: number;
  guide: string;
  updatedAt: string;
  updatedByName: string | null;
}

/**
 * A brand's guideline: created, changed into new versions (each an event), read back; bad
 * input and stale edits refused with typed errors that name the field, changing nothing.
 */
describe('tone-of-voice guidelines, versioned per brand', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let chief: Person;
  let specialist: Person;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, chief1: chief, specialist } = await approvalTeam(factories));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function current(client: GraphQLClient): Promise<Guideline | null> {
    return (await client.ok<{ toneGuideline: Guideline | null }>(TONE_GUIDELINE, { b: brand.id }))
      .toneGuideline;
  }

  function update(guide: unknown, baseVersion: number | null) {
    return chief.client.request(UPDATE_GUIDELINE, {
      i: {
        brandId: brand.id,
        baseVersion,
        guide: typeof guide === 'string' ? guide : JSON.stringify(guide),
      },
    });
  }

  it('answers null while the brand has no guideline', async () => {
    expect(await current(specialist.client)).toBeNull();
    const data = await specialist.client.ok<{ toneGuidelineVersions: unknown[] }>(TONE_VERSIONS, {
      b: brand.id,
    });
    expect(data.toneGuidelineVersions).toEqual([]);
  });

  it('saves versions 1 and 2, each an event with its version, read by the whole team', async () => {
    expect(await saveGuide(chief.client, brand, englishGuide(), null)).toBe(1);
    const withEmoji = englishGuide({
      emoji: { id: 'few-emoji', severity: 'recommended', policy: 'max', max: 2 },
    });
    expect(await saveGuide(chief.client, brand, withEmoji, 1)).toBe(2);

    const seen = await current(specialist.client);
    expect(seen).toMatchObject({ brandId: brand.id, version: 2, updatedByName: 'Cem Chief' });
    const guide = JSON.parse(seen!.guide) as { emoji: unknown; terms: Array<{ id: string }> };
    expect(guide.emoji).toMatchObject({ id: 'few-emoji', max: 2 });
    expect(guide.terms.map((term) => term.id)).toEqual(['no-cheap', 'no-sale']);

    const versions = await specialist.client.ok<{
      toneGuidelineVersions: Array<{ version: number; updatedByName: string }>;
    }>(TONE_VERSIONS, { b: brand.id });
    expect(versions.toneGuidelineVersions.map((v) => [v.version, v.updatedByName])).toEqual([
      [2, 'Cem Chief'],
      [1, 'Cem Chief'],
    ]);

    // An older version is read whole (which rules a stored check ran against).
    const AT = `query($b: ID!, $v: Int!) { toneGuidelineAt(brandId: $b, version: $v) { version guide } }`;
    const first = await specialist.client.ok<{
      toneGuidelineAt: { version: number; guide: string };
    }>(AT, { b: brand.id, v: 1 });
    expect(first.toneGuidelineAt.version).toBe(1);
    expect((JSON.parse(first.toneGuidelineAt.guide) as { emoji?: unknown }).emoji).toBeUndefined();
    expect(errorCode(await specialist.client.request(AT, { b: brand.id, v: 3 }))).toBe('NOT_FOUND');

    const events = await factories.db.query<Array<{ actor_id: string; data: { version: number } }>>(
      `SELECT actor_id, data FROM events WHERE type = 'tone.guideline_changed' AND brand_id = $1
        ORDER BY occurred_at`,
      [brand.id],
    );
    expect(events.map((event) => [event.actor_id, event.data.version])).toEqual([
      [chief.id, 1],
      [chief.id, 2],
    ]);
  });

  it('refuses a change made from a stale version, or a second "first" version, and changes nothing', async () => {
    const before = await factories.snapshot();
    const stale = await update(englishGuide(), 1);
    expect(errorCode(stale)).toBe('TONE_GUIDELINE_CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      field: 'baseVersion',
      currentVersion: 2,
    });
    expect(errorCode(await update(englishGuide(), null))).toBe('TONE_GUIDELINE_CONFLICT');
    expect(errorCode(await update(englishGuide(), 7))).toBe('TONE_GUIDELINE_CONFLICT');
    expect(await factories.snapshot()).toBe(before);
  });

  it('lets one of two simultaneous edits from the same version win; the other is a conflict', async () => {
    const guide = JSON.stringify(englishGuide());
    const results = await Promise.all(
      [chief, chief].map((who) =>
        who.client.request<{ updateToneGuideline: { guideline: { version: number } } }>(
          UPDATE_GUIDELINE,
          { i: { brandId: brand.id, baseVersion: 2, guide } },
        ),
      ),
    );
    const outcomes = results.map((result) =>
      result.errors ? errorCode(result) : result.data!.updateToneGuideline.guideline.version,
    );
    expect(outcomes.sort()).toEqual([3, 'TONE_GUIDELINE_CONFLICT']);
    expect((await current(chief.client))?.version).toBe(3);
  });

  it.each([
    [
      'an empty banned term',
      () => {
        const guide = englishGuide();
        (guide.terms as Array<{ terms: string[] }>)[1]!.terms = ['  '];
        return guide;
      },
      'terms[1].terms[0]',
      'empty_term',
    ],
    [
      'a replacement equal to the term',
      () => {
        const guide = englishGuide();
        (guide.terms as Array<{ replacement: string }>)[0]!.replacement = 'Cheap';
        return guide;
      },
      'terms[0].replacement',
      'replacement_equals_term',
    ],
    [
      'a threshold outside 0–100',
      () => englishGuide({ thresholds: { blockBelow: 120, warnBelow: 130 } }),
      'thresholds.blockBelow',
      'threshold_out_of_range',
    ],
    [
      'a regular-expression pattern (a known ReDoS)',
      () => {
        const guide = englishGuide();
        (guide.terms as Array<{ terms: string[] }>)[0]!.terms = ['(a+)+$'];
        return guide;
      },
      'terms[0].terms[0]',
      'invalid_pattern',
    ],
    ['text that is not JSON', () => '{"thresholds": ', 'guide', 'invalid_guide'],
  ])(
    'refuses %s with TONE_RULE_INVALID naming the field, and changes nothing',
    async (_label, make, field, rule) => {
      const before = await factories.snapshot();
      const result = await update(make(), 3);
      expect(errorCode(result)).toBe('TONE_RULE_INVALID');
      expect(result.errors?.[0]?.extensions).toMatchObject({ field, rule });
      expect(await factories.snapshot()).toBe(before);
      expect((await current(chief.client))?.version).toBe(3);
    },
  );

  it('refuses the change to someone who may read but not edit the guideline', async () => {
    const before = await factories.snapshot();
    const result = await specialist.client.request(UPDATE_GUIDELINE, {
      i: { brandId: brand.id, baseVersion: 3, guide: JSON.stringify(englishGuide()) },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await factories.snapshot()).toBe(before);
  });
});
