import { containingPeriod } from '@chorus/kpi-model';
import { addRow, readPlan, setCell } from '@chorus/media-plan-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { DocumentEditor } from '../../src/collaboration/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { countStatements } from '../../src/platform/database/index.js';
import { buildBrandActors, BRAND_ACTORS, expectedRefusal } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';
import { UPSERT_ACTUALS } from './kpis-fixtures.js';

const BREAKDOWN = `query($b: ID!, $f: String!, $t: String!) { kpiDashboard(brandId: $b, from: $f, to: $t) {
  planRows { documentId planTitle rowId block channel activity network kpiName quantityMetric
             plannedSpend plannedQuantity actualSpend actualQuantity actualSource sharedWith }
  blocks { block plannedSpend actualSpend revenue estimated networks roi { value reason planned } } } }`;

interface Breakdown {
  planRows: Array<Record<string, unknown>>;
  blocks: Array<Record<string, unknown> & { roi: { value: number | null; reason: string | null } }>;
}

/** Results by media-plan row and by block, from the plan's mirrored rows and the actuals. */
describe('KPI results by media-plan row and block', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let brand: BrandEntity;
  let clients: Map<(typeof BRAND_ACTORS)[number], GraphQLClient>;
  let strategist: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    ({ brand, clients } = await buildBrandActors(new Factories(app)));
    strategist = clients.get('strategist')!;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('lists each row planned against its network, rows without actuals as planned only, and the blocks', async () => {
    const ownerId = (await clients.get('owner')!.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    const planId = await createDocument(strategist, brand, 'MEDIA_PLAN', 'Launch plan');
    let period = '';
    let paidRow = '';
    let ownedRow = '';
    await app
      .get(DocumentEditor)
      .change({ documentId: planId, workspaceId: brand.workspaceId, userId: ownerId }, (doc) => {
        period = readPlan(doc).periods[0]!.key;
        paidRow = addRow(doc, 'PAID', { channel: 'Instagram', activity: 'Ads', pricing: 'CPC' });
        setCell(doc, paidRow, period, { budget: 20_000, quantity: 400 });
        ownedRow = addRow(doc, 'OWNED', { channel: 'Newsletter', activity: 'Monthly letter' });
        setCell(doc, ownedRow, period, { budget: 1_000, quantity: 4 });
      });
    await eventually(async () => {
      const rows = await app
        .get(DataSource)
        .query<unknown[]>(`SELECT 1 FROM kpi_plan_cells WHERE document_id = $1`, [planId]);
      return rows.length === 2;
    });
    const month = containingPeriod(period, 'month')!.key;
    await strategist.ok(UPSERT_ACTUALS, {
      i: {
        brandId: brand.id,
        cells: [
          { network: 'instagram', metric: 'spend', periodKey: month, value: 18_000 },
          { network: 'instagram', metric: 'clicks', periodKey: month, value: 350 },
          { network: 'instagram', metric: 'revenue', periodKey: month, value: 36_000 },
          { network: 'tiktok', metric: 'spend', periodKey: month, value: 2_000 },
        ],
      },
    });

    const counter = countStatements(app.get(DataSource), app.getHttpServer());
    let board: Breakdown;
    try {
      board = (
        await clients
          .get('moderator')!
          .ok<{ kpiDashboard: Breakdown }>(BREAKDOWN, { b: brand.id, f: month, t: month })
      ).kpiDashboard;
      expect(counter.statements.length).toBeLessThanOrEqual(5);
    } finally {
      counter.stop();
    }
    expect(board.planRows).toEqual([
      {
        documentId: planId,
        planTitle: 'Launch plan',
        rowId: paidRow,
        block: 'PAID',
        channel: 'Instagram',
        activity: 'Ads',
        network: 'instagram',
        kpiName: null,
        quantityMetric: 'clicks',
        plannedSpend: 20_000,
        plannedQuantity: 400,
        actualSpend: 18_000,
        actualQuantity: 350,
        actualSource: 'row_network',
        sharedWith: 1,
      },
      expect.objectContaining({
        rowId: ownedRow,
        block: 'OWNED',
        activity: 'Monthly letter',
        network: null,
        quantityMetric: null,
        plannedSpend: 1_000,
        actualSpend: null,
        actualSource: 'none',
      }),
    ]);
    expect(board.blocks.map((b) => [b.block, b.plannedSpend, b.actualSpend])).toEqual([
      ['PAID', 20_000, 18_000],
      ['OWNED', 1_000, null],
      ['UNPLANNED', 0, 2_000],
    ]);
    expect(board.blocks[0]!.roi).toMatchObject({ value: 1, reason: null });
    expect(board.blocks[1]!.roi).toMatchObject({ value: null, reason: 'missing_data' });
  });

  it.each(BRAND_ACTORS)('%s reads the breakdown as metrics.read says', async (actor) => {
    const result = await clients
      .get(actor)!
      .request(BREAKDOWN, { b: brand.id, f: '2025-01', t: '2025-02' });
    const expected = expectedRefusal(actor, 'metrics.read');
    if (expected === null) expect(result.errors).toBeUndefined();
    else expect(errorCode(result)).toBe(expected);
  });
});
