import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandActors } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  CREATE_KPI,
  importActuals,
  kpiState,
  type KpiView,
  SET_TARGETS,
  UPSERT_ACTUALS,
} from './kpis-fixtures.js';

const UPDATE = `mutation($id: ID!, $i: KpiInput!) { updateKpi(id: $id, input: $i) { id name periodKind targetMode } }`;
const ARCHIVE = `mutation($id: ID!, $a: Boolean!) { archiveKpi(id: $id, archived: $a) { id archivedAt } }`;
const ADD_NOTE = `mutation($i: AddKpiNoteInput!) { addKpiNote(input: $i) { id } }`;
const AUDIT = `query($w: ID!, $f: AuditFilter) { auditLog(workspaceId: $w, filter: $f, first: 100) {
  entries { action actorName brandName subjectType subjectName before after } } }`;

interface Entry {
  action: string;
  actorName: string | null;
  brandName: string | null;
  subjectType: string;
  subjectName: string | null;
  before: string | null;
  after: string | null;
}

/**
 * KPI writes are atomic and audited: each change commits with its event (so the brand's
 * activity lists it), and a change whose middle statement fails leaves no row and no event.
 */
describe('KPI changes in the audit log', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let brand: BrandEntity;
  let owner: GraphQLClient;
  let strategist: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    const actors = await buildBrandActors(new Factories(app));
    brand = actors.brand;
    owner = actors.clients.get('owner')!;
    strategist = actors.clients.get('strategist')!;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function kpiEvents(): Promise<string[]> {
    const rows = await app
      .get(DataSource)
      .query<Array<{ type: string }>>(
        `SELECT type FROM events WHERE brand_id = $1 AND type LIKE 'kpi%' ORDER BY occurred_at, id`,
        [brand.id],
      );
    return rows.map((row) => row.type);
  }

  async function createKpi(name: string): Promise<KpiView> {
    const data = await strategist.ok<{ createKpi: KpiView }>(CREATE_KPI, {
      i: {
        brandId: brand.id,
        name,
        metric: 'reach',
        startDate: '2025-01-01',
        baseline: 0,
        target: 100,
        deadline: '2026-12-31',
      },
    });
    return data.createKpi;
  }

  it('records every KPI change, and the brand activity shows who did what to which KPI', async () => {
    const kpi = await createKpi('Reach on VK');
    await strategist.ok(UPDATE, { id: kpi.id, i: { name: 'Reach on VK and Telegram' } });
    await strategist.ok(SET_TARGETS, {
      i: { kpiId: kpi.id, mode: 'manual', targets: [{ periodKey: '2025-02', value: 10 }] },
    });
    await strategist.ok(UPSERT_ACTUALS, {
      i: {
        brandId: brand.id,
        cells: [{ network: 'vk', metric: 'reach', periodKey: '2025-03', value: 7 }],
      },
    });
    const upload = await importActuals(app, strategist, brand.id, 'Month,Reach\r\n2025-04,5\r\n', {
      network: 'vk',
    });
    expect(upload.status).toBe(200);
    await strategist.ok(ADD_NOTE, { i: { kpiId: kpi.id, body: 'Post more on VK' } });
    await strategist.ok(ARCHIVE, { id: kpi.id, a: true });
    await strategist.ok(ARCHIVE, { id: kpi.id, a: true }); // already archived: nothing more
    await strategist.ok(ARCHIVE, { id: kpi.id, a: false });

    expect(await kpiEvents()).toEqual([
      'kpi.created',
      'kpi.updated',
      'kpi.targets_set',
      'kpi_actuals.entered',
      'kpi_actuals.imported',
      'kpi.note_added',
      'kpi.archived',
      'kpi.restored',
    ]);
    const entries = await eventually(async () => {
      const page = await owner.ok<{ auditLog: { entries: Entry[] } }>(AUDIT, {
        w: brand.workspaceId,
        f: { brandId: brand.id },
      });
      const kpiEntries = page.auditLog.entries.filter((e) => e.action.startsWith('kpi'));
      return kpiEntries.length === 8 ? kpiEntries : undefined;
    });
    const byAction = new Map(entries.map((e) => [e.action, e]));
    expect(byAction.get('kpi.updated')).toMatchObject({
      subjectType: 'kpi',
      subjectName: 'Reach on VK',
      before: 'Reach on VK',
      after: 'Reach on VK and Telegram',
      brandName: brand.name,
      actorName: expect.any(String),
    });
    expect(byAction.get('kpi.targets_set')).toMatchObject({ before: 'linear', after: 'manual' });
    expect(byAction.get('kpi_actuals.entered')).toMatchObject({
      subjectType: 'kpi_actuals',
      subjectName: 'vk · 2025-03',
    });
    expect(byAction.get('kpi_actuals.imported')?.subjectName).toBe('vk · 2025-04');
  });

  it('leaves nothing changed and records nothing when a statement in the middle of a change fails', async () => {
    const kpi = await createKpi('Reach, weekly soon');
    await strategist.ok(SET_TARGETS, {
      i: { kpiId: kpi.id, mode: 'manual', targets: [{ periodKey: '2025-02', value: 10 }] },
    });
    const db = app.get(DataSource);
    // The update's second statement (clearing the old period's targets) fails for this KPI.
    await db.query(`CREATE FUNCTION kpi_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await db.query(`CREATE TRIGGER kpi_test_refuse BEFORE DELETE ON kpi_targets FOR EACH ROW
      WHEN (OLD.kpi_id = '${kpi.id}') EXECUTE FUNCTION kpi_test_refuse()`);
    try {
      const events = await kpiEvents();
      const before = await kpiState(app, brand.id);
      const result = await strategist.request(UPDATE, {
        id: kpi.id,
        i: { name: 'Reach per week', periodKind: 'week' },
      });
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
      // The first statement (name, period kind) was rolled back with the failed one.
      expect(await kpiState(app, brand.id)).toBe(before);
      expect(await kpiEvents()).toEqual(events);
    } finally {
      await db.query('DROP TRIGGER kpi_test_refuse ON kpi_targets');
      await db.query('DROP FUNCTION kpi_test_refuse()');
    }
    const retried = await strategist.ok<{ updateKpi: { name: string; targetMode: string } }>(
      UPDATE,
      { id: kpi.id, i: { name: 'Reach per week', periodKind: 'week' } },
    );
    expect(retried.updateKpi).toMatchObject({ name: 'Reach per week', targetMode: 'linear' });
  });

  it('records nothing for a refused change', async () => {
    const events = await kpiEvents();
    const refused = await strategist.request(UPSERT_ACTUALS, {
      i: {
        brandId: brand.id,
        cells: [{ network: 'vk', metric: 'followers', periodKey: '2025-03', value: -1 }],
      },
    });
    expect(errorCode(refused)).toBe('VALIDATION');
    expect(await kpiEvents()).toEqual(events);
  });
});
