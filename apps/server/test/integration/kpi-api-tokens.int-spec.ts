import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { REFUSED_TOKENS_PER_ADDRESS } from '../../src/modules/kpis/api-tokens/kpi-api.controller.js';
import { MAX_TOKENS_PER_OWNER } from '../../src/modules/kpis/api-tokens/kpi-api-tokens.service.js';
import { TeamMemberEntity } from '../../src/modules/teams/index.js';
import type { WorkspaceEntity } from '../../src/modules/workspaces/index.js';
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

const CREATE = `mutation($i: CreateKpiApiTokenInput!) {
  createKpiApiToken(input: $i) { token apiToken { id label lastFour ownerName lastUsedAt } } }`;
const LIST = `query($b: ID!) { kpiApiTokens(brandId: $b) { id label ownerName lastUsedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeKpiApiToken(id: $id) }`;

interface Created {
  createKpiApiToken: { token: string; apiToken: { id: string; lastFour: string } };
}

const MARCH = {
  cells: [{ network: 'instagram', metric: 'reach', periodKey: '2026-03', value: 1200 }],
};

/**
 * Personal API tokens for posting KPI actuals: made by whoever may enter actuals, shown
 * once and stored hashed, carrying their owner's rights at every use, revoked by the owner
 * or an integration manager, and one 401 for every refused token, throttled per address.
 */
describe('KPI API tokens', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  function post(token: string | null, body: unknown, brandId = brand.id) {
    const call = request(app.getHttpServer())
      .post(`/api/brands/${brandId}/kpis/actuals`)
      .set('content-type', 'application/json');
    if (token !== null) call.set('authorization', `Bearer ${token}`);
    return call.send(JSON.stringify(body));
  }

  async function actual(periodKey: string): Promise<number | null> {
    const [row] = await app
      .get(DataSource)
      .query<Array<{ value: number }>>(
        `SELECT value FROM kpi_actuals WHERE brand_id = $1 AND network = 'instagram' AND metric = 'reach' AND period_key = $2`,
        [brand.id, periodKey],
      );
    return row?.value ?? null;
  }

  async function make(actor: BrandActor, label = `Script of ${actor}`) {
    return (await clients.get(actor)!.ok<Created>(CREATE, { i: { brandId: brand.id, label } }))
      .createKpiApiToken;
  }

  it.each(BRAND_ACTORS)('%s makes and lists tokens as metrics.edit says', async (actor) => {
    const client = clients.get(actor)!;
    const expected = expectedRefusal(actor, 'metrics.edit');
    const created = await client.request(CREATE, { i: { brandId: brand.id, label: 'Mine' } });
    const listed = await client.request(LIST, { b: brand.id });
    if (expected === null) {
      expect(created.errors).toBeUndefined();
      expect(listed.errors).toBeUndefined();
    } else {
      expect(errorCode(created)).toBe(expected);
      expect(errorCode(listed)).toBe(expected);
    }
  });

  it('shows the secret once, stores only its hash, and writes actuals with it', async () => {
    const made = await make('smm_specialist');
    expect(made.token).toMatch(/^chorus_kpi_[A-Za-z0-9_-]{43}$/);
    expect(made.apiToken.lastFour).toBe(made.token.slice(-4));
    const stored = await app
      .get(DataSource)
      .query<Array<{ token_hash: string }>>('SELECT token_hash FROM kpi_api_tokens WHERE id = $1', [
        made.apiToken.id,
      ]);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(made.token.slice(11));

    const answer = await post(made.token, MARCH);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ written: 1, cleared: 0 });
    expect(await actual('2026-03')).toBe(1200);
    const listed = await clients
      .get('smm_specialist')!
      .ok<{ kpiApiTokens: Array<{ id: string; lastUsedAt: string | null }> }>(LIST, {
        b: brand.id,
      });
    expect(listed.kpiApiTokens.find((t) => t.id === made.apiToken.id)?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(made.token);

    const cleared = await post(made.token, { cells: [{ ...MARCH.cells[0], value: null }] });
    expect(cleared.body).toEqual({ written: 0, cleared: 1 });
    expect(await actual('2026-03')).toBeNull();
  });

  it('checks the cells as the grid does and writes none of a bad batch', async () => {
    const { token } = await make('strategist');
    const before = await kpiState(app, brand.id);
    const cases: Array<[unknown, string]> = [
      [{}, 'cells'],
      [{ cells: [{ ...MARCH.cells[0], value: 'many' }] }, 'cells.0.value'],
      [
        { cells: [MARCH.cells[0], { ...MARCH.cells[0], value: -5, periodKey: '2026-04' }] },
        'cells.1.value',
      ],
      [{ cells: [{ ...MARCH.cells[0], periodKey: '2026-13' }] }, 'cells.0.periodKey'],
      [{ cells: [{ ...MARCH.cells[0], network: 'myspace' }] }, 'cells.0.network'],
      [{ cells: [MARCH.cells[0], MARCH.cells[0]] }, 'cells.1'],
    ];
    for (const [body, field] of cases) {
      const answer = await post(token, body);
      expect(answer.status).toBe(422);
      expect(answer.body.error).toMatchObject({ code: 'VALIDATION', field });
    }
    expect(await kpiState(app, brand.id)).toBe(before);
  });

  it('answers the same 401 for a missing, wrong, revoked or other brand’s token', async () => {
    const made = await make('lead');
    const other = await factories.buildBrand(
      { id: brand.workspaceId } as WorkspaceEntity,
      [],
      'Other',
    );
    expect(
      await clients
        .get('lead')!
        .ok<{ revokeKpiApiToken: boolean }>(REVOKE, { id: made.apiToken.id }),
    ).toEqual({ revokeKpiApiToken: true });
    const before = await kpiState(app, brand.id);
    const answers = [
      await post(null, MARCH),
      await post('chorus_kpi_' + 'A'.repeat(43), MARCH),
      await post(made.token, MARCH),
      await post((await make('lead')).token, MARCH, other.id),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toContain('Bearer');
      expect(answer.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(await kpiState(app, brand.id)).toBe(before);
  });

  it('stops working when its owner loses metrics.edit on the brand', async () => {
    const { token } = await make('smm_specialist');
    expect((await post(token, MARCH)).status).toBe(200);
    const db = app.get(DataSource);
    const [holder] = await db.query<Array<{ user_id: string }>>(
      'SELECT user_id FROM kpi_api_tokens WHERE token_hash = encode(sha256($1::bytea), $2)',
      [token, 'hex'],
    );
    await db.manager.update(
      TeamMemberEntity,
      { userId: holder!.user_id },
      { roles: ['moderator'] },
    );
    try {
      expect((await post(token, MARCH)).status).toBe(401);
    } finally {
      await db.manager.update(
        TeamMemberEntity,
        { userId: holder!.user_id },
        { roles: ['smm_specialist'] },
      );
    }
    expect((await post(token, MARCH)).status).toBe(200);
  });

  it('lets the owner revoke their own, integration managers anyone’s, and nobody else', async () => {
    const specialists = await make('smm_specialist', 'For revoking');
    const strategist = clients.get('strategist')!;
    const refused = await strategist.request(REVOKE, { id: specialists.apiToken.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const outsider = await clients
      .get('outsider')!
      .request(REVOKE, { id: specialists.apiToken.id });
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    expect((await post(specialists.token, MARCH)).status).toBe(200);

    const everyone = await clients
      .get('owner')!
      .ok<{ kpiApiTokens: Array<{ id: string }> }>(LIST, { b: brand.id });
    expect(everyone.kpiApiTokens.map((t) => t.id)).toContain(specialists.apiToken.id);
    const own = await strategist.ok<{ kpiApiTokens: Array<{ id: string }> }>(LIST, {
      b: brand.id,
    });
    expect(own.kpiApiTokens.map((t) => t.id)).not.toContain(specialists.apiToken.id);

    await clients.get('owner')!.ok(REVOKE, { id: specialists.apiToken.id });
    expect((await post(specialists.token, MARCH)).status).toBe(401);
    const again = await clients
      .get('owner')!
      .ok<{ revokeKpiApiToken: boolean }>(REVOKE, { id: specialists.apiToken.id });
    expect(again.revokeKpiApiToken).toBe(false);
    const events = await app
      .get(DataSource)
      .query<Array<{ type: string }>>(
        `SELECT type FROM events WHERE subject_id = $1 ORDER BY occurred_at, id`,
        [specialists.apiToken.id],
      );
    expect(events.map((event) => event.type)).toEqual([
      'kpi_api_token.created',
      'kpi_api_token.revoked',
    ]);
  });

  it(`holds at most ${MAX_TOKENS_PER_OWNER} working tokens per owner and brand`, async () => {
    // A strategist lists their own tokens only (no integration.manage).
    const strategist = clients.get('strategist')!;
    const held = (
      await strategist.ok<{ kpiApiTokens: Array<{ id: string }> }>(LIST, { b: brand.id })
    ).kpiApiTokens.length;
    expect(held).toBeGreaterThan(0);
    for (let i = held; i < MAX_TOKENS_PER_OWNER; i += 1) await make('strategist', `Script ${i}`);
    const over = await strategist.request(CREATE, { i: { brandId: brand.id, label: 'One more' } });
    expect(errorCode(over)).toBe('VALIDATION');
  });

  it('counts only refused tokens against an address: a working one posts on', async () => {
    const { token } = await make('lead', 'Busy script');
    for (let i = 0; i < REFUSED_TOKENS_PER_ADDRESS + 5; i += 1) {
      expect((await post(token, MARCH)).status).toBe(200);
    }
  });

  it('throttles refused tokens per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= REFUSED_TOKENS_PER_ADDRESS + 1; i += 1) {
      statuses.push((await post(`chorus_kpi_${'B'.repeat(42)}${i % 10}`, MARCH)).status);
    }
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(
      REFUSED_TOKENS_PER_ADDRESS,
    );
    const last = await post(`chorus_kpi_${'C'.repeat(43)}`, MARCH);
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });
});
