import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import {
  BRAND_ACTORS,
  buildBrandActors,
  expectedRefusal,
  type BrandActor,
} from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const ACTIVITY = `query($b: ID!) { audienceActivity(brandId: $b) {
  network grid bestSlots { weekday hour strength } updatedAt } }`;
const CLEAR = `mutation($b: ID!, $n: String!) { clearAudienceActivity(brandId: $b, network: $n) }`;
const HTTP: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Activity {
  network: string;
  grid: number[];
  bestSlots: Array<{ weekday: number; hour: number; strength: number }>;
}

/** A wide grid (a weekday per row, an hour per column): 10 everywhere but the given peaks. */
function wideGrid(peaks: Record<string, number> = {}): string {
  const hours = Array.from({ length: 24 }, (_, hour) => `${hour}:00`);
  const lines = [['Day', ...hours].join(',')];
  for (const day of DAYS) {
    lines.push([day, ...hours.map((_, hour) => peaks[`${day} ${hour}`] ?? 10)].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * Best posting times: a network's audience-activity grid imported from its analytics (all or
 * nothing, every bad cell named), the best hours read from it, per role through the matrix.
 */
describe('audience activity and best posting times', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    ({ brand, clients } = await buildBrandActors(new Factories(app)));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  function upload(client: GraphQLClient, body: string, query: Record<string, string> = {}) {
    const params = new URLSearchParams({ format: 'csv', network: 'instagram', ...query });
    return request(app.getHttpServer())
      .post(`/api/brands/${brand.id}/kpis/audience-activity/import?${params.toString()}`)
      .set('cookie', client.cookie ?? '')
      .set('x-chorus-request', '1')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from(body));
  }

  async function stored(): Promise<string> {
    const [row] = await app
      .get(DataSource)
      .query<Array<{ digest: string | null }>>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM audience_activity t WHERE brand_id = $1`,
        [brand.id],
      );
    return row?.digest ?? 'empty';
  }

  it('imports a grid and suggests its busiest hours, a dry run writing nothing', async () => {
    const strategist = clients.get('strategist')!;
    const file = wideGrid({ 'Wednesday 19': 240, 'Wednesday 20': 200, 'Friday 12': 120 });
    const dry = await upload(strategist, file, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ ok: true, applied: false, layout: 'wide', cells: 168 });
    expect(await stored()).toBe('empty');

    const applied = await upload(strategist, file);
    expect(applied.body).toMatchObject({ ok: true, applied: true });
    const { audienceActivity } = await strategist.ok<{ audienceActivity: Activity[] }>(ACTIVITY, {
      b: brand.id,
    });
    expect(audienceActivity).toHaveLength(1);
    expect(audienceActivity[0]!.grid[2 * 24 + 19]).toBe(240);
    expect(audienceActivity[0]!.bestSlots.slice(0, 2)).toEqual([
      { weekday: 2, hour: 19, strength: 1 },
      { weekday: 4, hour: 12, strength: 0.5 },
    ]);
  });

  it('names every bad cell with its row and column and keeps the stored grid', async () => {
    const before = await stored();
    const file = wideGrid({ 'Tuesday 3': 'lots' as never, 'Sunday 23': -4 }).replace(
      'Thursday',
      'Thorsday',
    );
    const answer = await upload(clients.get('lead')!, file);
    expect(answer.status).toBe(422);
    expect(answer.body.applied).toBe(false);
    const problems = (
      answer.body.problems as Array<{ row: number; column: string; code: string }>
    ).map((p) => [p.row, p.column, p.code]);
    expect(problems).toEqual([
      [3, '3:00', 'not_a_number'],
      [5, 'Day', 'weekday_invalid'],
      [8, '23:00', 'negative'],
    ]);
    const unknown = await upload(clients.get('lead')!, 'Date,Reach\r\n2026-01-01,5\r\n');
    expect(unknown.status).toBe(422);
    expect(unknown.body.problems[0].code).toBe('layout_unknown');
    const badNetwork = await upload(clients.get('lead')!, wideGrid(), { network: 'myspace' });
    expect(badNetwork.status).toBe(422);
    expect(badNetwork.body.error).toMatchObject({ code: 'VALIDATION', field: 'network' });
    const json = await request(app.getHttpServer())
      .post(`/api/brands/${brand.id}/kpis/audience-activity/import?format=csv&network=instagram`)
      .set('cookie', clients.get('lead')!.cookie ?? '')
      .set('x-chorus-request', '1')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ grid: [] }));
    expect(json.status).toBe(422);
    expect(json.body.error).toMatchObject({ code: 'VALIDATION', field: 'file' });
    const forged = await request(app.getHttpServer())
      .post(`/api/brands/${brand.id}/kpis/audience-activity/import?format=csv&network=instagram`)
      .set('cookie', clients.get('lead')!.cookie ?? '')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from(wideGrid()));
    expect(forged.status).toBe(403);
    expect(await stored()).toBe(before);
  });

  it.each(BRAND_ACTORS)('%s reads, imports and clears as the matrix says', async (actor) => {
    const client = clients.get(actor)!;
    const read = await client.request(ACTIVITY, { b: brand.id });
    const readRefusal = expectedRefusal(actor, 'metrics.read');
    if (readRefusal === null) expect(read.errors).toBeUndefined();
    else expect(errorCode(read)).toBe(readRefusal);

    const editRefusal = expectedRefusal(actor, 'metrics.edit');
    const before = await stored();
    const answer = await upload(client, wideGrid({ 'Monday 8': 50 }), { network: 'tiktok' });
    const cleared = await client.request(CLEAR, { b: brand.id, n: 'tiktok' });
    if (editRefusal === null) {
      expect(answer.body).toMatchObject({ ok: true, applied: true });
      expect(cleared.data).toEqual({ clearAudienceActivity: true });
    } else {
      expect(answer.status).toBe(HTTP[editRefusal]);
      expect(errorCode(cleared)).toBe(editRefusal);
    }
    expect(await stored()).toBe(before);
  });
});
