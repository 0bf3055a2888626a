import type { NestExpressApplication } from '@nestjs/platform-express';
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
import { kpiState } from './kpis-fixtures.js';

const CELL = 'network metric periodKey value updatedById updatedByName updatedAt';
const SET = `mutation($i: SetKpiActualInput!) { setKpiActual(input: $i) { ${CELL} } }`;
const GRID = `query($b: ID!, $n: String!, $f: String!, $t: String!) {
  kpiActualGrid(brandId: $b, network: $n, from: $f, to: $t) { ${CELL} } }`;

interface Cell {
  network: string;
  metric: string;
  periodKey: string;
  value: number | null;
  updatedById: string | null;
  updatedByName: string | null;
}

/**
 * The co-edited actuals grid on a real database: one cell saved at a time, guarded by the
 * value its editor started from (a stale save is a CONFLICT naming the cell and its current
 * value, changing nothing), each save an event on the brand's live channel, per role.
 */
describe('KPI actuals grid: per-cell saves', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let strategist: GraphQLClient;
  let specialist: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    ({ brand, clients } = await buildBrandActors(new Factories(app)));
    strategist = clients.get('strategist')!;
    specialist = clients.get('smm_specialist')!;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  function set(client: GraphQLClient, cell: Partial<Record<string, unknown>>) {
    return client.request<{ setKpiActual: Cell }>(SET, {
      i: {
        brandId: brand.id,
        network: 'instagram',
        metric: 'reach',
        periodKey: '2025-05',
        ...cell,
      },
    });
  }

  async function grid(client: GraphQLClient, network = 'instagram'): Promise<Cell[]> {
    const data = await client.ok<{ kpiActualGrid: Cell[] }>(GRID, {
      b: brand.id,
      n: network,
      f: '2025-01',
      t: '2025-12',
    });
    return data.kpiActualGrid;
  }

  async function gridEvents(): Promise<Array<{ actor_id: string; data: Record<string, unknown> }>> {
    return app
      .get(DataSource)
      .query(
        `SELECT actor_id, data FROM events WHERE brand_id = $1 AND type = 'kpi_actuals.entered' ORDER BY occurred_at, id`,
        [brand.id],
      );
  }

  it('saves one cell, then changes and clears it when the save starts from what is stored', async () => {
    const before = (await gridEvents()).length;
    const first = await set(strategist, { metric: 'followers', value: 1200, expected: null });
    expect(first.errors).toBeUndefined();
    expect(first.data?.setKpiActual).toMatchObject({ value: 1200, metric: 'followers' });
    expect(first.data?.setKpiActual.updatedByName).toEqual(expect.any(String));

    const changed = await set(specialist, { metric: 'followers', value: 1300, expected: 1200 });
    expect(changed.errors).toBeUndefined();
    const cells = await grid(clients.get('moderator')!);
    const followers = cells.find((c) => c.metric === 'followers' && c.periodKey === '2025-05');
    expect(followers).toMatchObject({ value: 1300 });
    expect(followers?.updatedById).toBe(changed.data?.setKpiActual.updatedById);
    expect(followers?.updatedById).not.toBe(first.data?.setKpiActual.updatedById);

    const cleared = await set(strategist, { metric: 'followers', value: null, expected: 1300 });
    expect(cleared.data?.setKpiActual).toMatchObject({ value: null });
    expect((await grid(strategist)).some((c) => c.metric === 'followers')).toBe(false);

    const events = (await gridEvents()).slice(before);
    expect(events).toHaveLength(3);
    expect(events[0]!.data).toMatchObject({
      via: 'grid',
      written: 1,
      cleared: 0,
      cell: { network: 'instagram', metric: 'followers', periodKey: '2025-05' },
    });
    expect(events[2]!.data).toMatchObject({ written: 0, cleared: 1 });
  });

  it('refuses a stale save with CONFLICT naming the cell and its current value, changing nothing', async () => {
    await set(strategist, { metric: 'clicks', value: 40, expected: null });
    const stateBefore = await kpiState(app, brand.id);
    const eventsBefore = (await gridEvents()).length;

    // The specialist started from the empty cell; the strategist saved 40 meanwhile.
    const stale = await set(specialist, { metric: 'clicks', value: 55, expected: null });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      reason: 'ACTUAL_CHANGED',
      field: 'value',
      cell: { network: 'instagram', metric: 'clicks', periodKey: '2025-05' },
      current: 40,
      updatedByName: expect.any(String),
    });
    expect(stale.errors?.[0]?.message).toContain('40');

    // Started from a value the cell no longer holds, and clearing from a stale value.
    const wrongStart = await set(specialist, { metric: 'clicks', value: 55, expected: 39 });
    const staleClear = await set(specialist, { metric: 'clicks', value: null, expected: 39 });
    expect(errorCode(wrongStart)).toBe('CONFLICT');
    expect(errorCode(staleClear)).toBe('CONFLICT');

    expect(await kpiState(app, brand.id)).toBe(stateBefore);
    expect((await gridEvents()).length).toBe(eventsBefore);
  });

  it('lets exactly one of two saves racing on an empty cell win; the other gets the winner', async () => {
    const results = await Promise.all([
      set(strategist, { metric: 'conversions', value: 5, expected: null }),
      set(specialist, { metric: 'conversions', value: 6, expected: null }),
    ]);
    const won = results.filter((r) => r.errors === undefined);
    const lost = results.filter((r) => r.errors !== undefined);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(errorCode(lost[0]!)).toBe('CONFLICT');
    const stored = (await grid(strategist)).find((c) => c.metric === 'conversions');
    expect(stored?.value).toBe(won[0]!.data?.setKpiActual.value);
    expect(lost[0]!.errors?.[0]?.extensions?.current).toBe(stored?.value);
  });

  it('treats saving the value already stored as done (a retried save), recording nothing', async () => {
    await set(strategist, { metric: 'impressions', value: 900, expected: null });
    const eventsBefore = (await gridEvents()).length;
    const retried = await set(strategist, { metric: 'impressions', value: 900, expected: null });
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.setKpiActual.value).toBe(900);
    expect((await gridEvents()).length).toBe(eventsBefore);
  });

  it('refuses bad cells with a typed VALIDATION and writes nothing', async () => {
    const stateBefore = await kpiState(app, brand.id);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ metric: 'followers', value: -1 }, 'cells.0.value'],
      [{ metric: 'followers', value: 1.5 }, 'cells.0.value'],
      [{ network: 'myspace', value: 1 }, 'cells.0.network'],
      [{ periodKey: '2025-13', value: 1 }, 'cells.0.periodKey'],
      [{ metric: 'nope', value: 1 }, 'cells.0.metric'],
    ];
    for (const [cell, field] of cases) {
      const result = await set(strategist, { expected: null, ...cell });
      expect(errorCode(result)).toBe('VALIDATION');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    const span = await strategist.request(GRID, {
      b: brand.id,
      n: 'instagram',
      f: '2025-06',
      t: '2025-01',
    });
    expect(errorCode(span)).toBe('VALIDATION');
    expect(await kpiState(app, brand.id)).toBe(stateBefore);
  });

  describe('per role', () => {
    it.each(BRAND_ACTORS)('%s reads the grid as metrics.read says', async (actor) => {
      const expected = expectedRefusal(actor, 'metrics.read');
      const result = await clients
        .get(actor)!
        .request(GRID, { b: brand.id, n: 'instagram', f: '2025-01', t: '2025-12' });
      if (expected === null) expect(result.errors).toBeUndefined();
      else expect(errorCode(result)).toBe(expected);
    });

    it.each(BRAND_ACTORS)('%s saves a cell as metrics.edit says', async (actor) => {
      const expected = expectedRefusal(actor, 'metrics.edit');
      const stateBefore = await kpiState(app, brand.id);
      const result = await set(clients.get(actor)!, {
        network: 'vk',
        metric: 'reach',
        periodKey: `2025-${String(BRAND_ACTORS.indexOf(actor) + 1).padStart(2, '0')}`,
        value: 10,
        expected: null,
      });
      if (expected === null) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.setKpiActual.value).toBe(10);
      } else {
        expect(errorCode(result)).toBe(expected);
        expect(await kpiState(app, brand.id)).toBe(stateBefore);
      }
    });
  });
});
