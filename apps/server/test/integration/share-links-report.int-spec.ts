import { containingPeriod } from '@chorus/kpi-model';
import { addRow, readPlan, setCell } from '@chorus/media-plan-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentEditor } from '../../src/collaboration/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { countStatements } from '../../src/platform/database/index.js';
import {
  BRAND_ACTORS,
  buildBrandActors,
  expectedRefusal,
  type BrandActor,
} from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { eventually } from '../support/events.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';
import {
  CREATE_KPI,
  DASHBOARD,
  importActuals,
  KPIS,
  kpiState,
  UPSERT_ACTUALS,
} from './kpis-fixtures.js';
import {
  CREATE_LINK,
  createStrategy,
  OPEN_DOCUMENT,
  PREVIEW,
  REDEEM,
  REVOKE_LINK,
  shareDocument,
  tokenOf,
} from './share-links-fixtures.js';

const POSTS = `query($b: ID!) { kpiPostResults(brandId: $b, from: "2025-01", to: "2025-06") { total } }`;
const NOTES = `query($b: ID!) { kpiNotes(brandId: $b) { id } }`;
const TOKENS = `query($b: ID!) { kpiApiTokens(brandId: $b) { id } }`;
const CALENDAR = `query($b: ID!) { calendarPosts(brandId: $b, from: "2025-03-01", to: "2025-04-01") { brandId } }`;
const SESSION = `query { guestSession { resourceKind capability brandId documentId } }`;
const PLAN_RESULTS = `query($b: ID!, $f: String!, $t: String!) { kpiDashboard(brandId: $b, from: $f, to: $t) {
  rows { kpi { name } progress { status current } }
  planRows { documentId planTitle rowId block channel plannedSpend actualSpend }
  blocks { block plannedSpend actualSpend revenue roi { value reason } } } }`;
const XLSX_BODY = JSON.stringify({ sheets: [{ name: 'KPIs', rows: [['KPI', 1]] }] });

/**
 * A link to a brand's KPI report (issue 17): created as `shareLink.manage` says, view only;
 * its guest holds the matrix's `guest_report` role and reads the dashboard, the per-post
 * results and the XLSX report of THAT brand (`metrics.read`) and nothing else; guests of
 * other links are refused the report; revoking ends it at once.
 */
describe('share links to the KPI report', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let address = 1;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
    const strategist = clients.get('strategist')!;
    await strategist.ok(CREATE_KPI, {
      i: {
        brandId: brand.id,
        name: 'Engagement',
        metric: 'engagement_rate',
        startDate: '2025-01-01',
        deadline: '2025-12-31',
        baseline: 1,
        target: 5,
      },
    });
    await strategist.ok(UPSERT_ACTUALS, {
      i: {
        brandId: brand.id,
        cells: [
          { network: 'instagram', metric: 'likes', periodKey: '2025-03', value: 40 },
          { network: 'instagram', metric: 'followers', periodKey: '2025-03', value: 1000 },
        ],
      },
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function reportLink(extra: Record<string, unknown> = {}) {
    const data = await clients.get('strategist')!.ok<{
      createShareLink: { url: string; link: { id: string } };
    }>(CREATE_LINK, {
      i: { brandId: brand.id, report: true, capability: 'VIEW', label: 'Client report', ...extra },
    });
    return { id: data.createShareLink.link.id, token: tokenOf(data.createShareLink.url) };
  }

  async function guestOf(token: string): Promise<GraphQLClient> {
    const guest = factories.anonymous();
    guest.address = `10.7.0.${address++}`;
    await guest.ok(REDEEM, { i: { token, name: 'Client' } });
    return guest;
  }

  const dashboard = (client: GraphQLClient, brandId = brand.id) =>
    client.request(DASHBOARD, { b: brandId, f: '2025-01', t: '2025-06' });

  const xlsx = (client: GraphQLClient, brandId = brand.id) =>
    request(app.getHttpServer())
      .post(`/api/brands/${brandId}/kpis/report.xlsx`)
      .set('cookie', client.cookie ?? '')
      .set('x-chorus-request', '1')
      .set('content-type', 'application/vnd.chorus.report+json')
      .send(XLSX_BODY);

  it.each(BRAND_ACTORS)(
    'lets %s create a report link only as shareLink.manage says (as for a calendar)',
    async (actor) => {
      const code = expectedRefusal(actor, 'shareLink.manage');
      const before = await factories.snapshot();
      const result = await clients.get(actor)!.request(CREATE_LINK, {
        i: { brandId: brand.id, report: true, capability: 'VIEW', label: `For ${actor}` },
      });
      if (code === null) {
        expect(result.errors).toBeUndefined();
        expect(result.data).toMatchObject({
          createShareLink: { link: { documentId: null, calendarFrom: null, capability: 'VIEW' } },
        });
      } else {
        expect([actor, errorCode(result)]).toEqual([actor, code]);
        expect(await factories.snapshot()).toBe(before);
      }
    },
  );

  it('refuses a report link that would comment or approve, or that also names a document, with a typed error', async () => {
    const strategist = clients.get('strategist')!;
    const documentId = await createStrategy(strategist, brand.id, 'Strategy 2025');
    const before = await factories.snapshot();
    for (const capability of ['COMMENT', 'APPROVE']) {
      const result = await strategist.request(CREATE_LINK, {
        i: { brandId: brand.id, report: true, capability, label: 'Too much' },
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field: 'capability',
      });
    }
    const both = await strategist.request(CREATE_LINK, {
      i: { brandId: brand.id, report: true, documentId, capability: 'VIEW', label: 'Both' },
    });
    expect(errorCode(both)).toBe('VALIDATION');
    expect(await factories.snapshot()).toBe(before);
  });

  it("lets the report's guest read the dashboard, the per-post results and the XLSX of that brand", async () => {
    const link = await reportLink();
    const preview = factories.anonymous();
    preview.address = `10.7.0.${address++}`;
    expect(await preview.ok(PREVIEW, { t: link.token })).toMatchObject({
      shareLinkPreview: { resourceKind: 'REPORT', capability: 'VIEW', documentTitle: null },
    });
    const guest = await guestOf(link.token);
    expect(await guest.ok(SESSION)).toEqual({
      guestSession: {
        resourceKind: 'REPORT',
        capability: 'VIEW',
        brandId: brand.id,
        documentId: null,
      },
    });
    const answer = await dashboard(guest);
    expect(answer.errors).toBeUndefined();
    const data = answer.data as {
      kpiDashboard: {
        rows: Array<{ kpi: { name: string }; progress: unknown }>;
        channels: Array<{ network: string; engagementRate: { value: number | null } }>;
      };
    };
    expect(data.kpiDashboard.rows.map((row) => row.kpi.name)).toEqual(['Engagement']);
    const instagram = data.kpiDashboard.channels.find((c) => c.network === 'instagram');
    expect(instagram?.engagementRate.value).toBeGreaterThan(0);
    expect(errorCode(await guest.request(POSTS, { b: brand.id }))).toBeUndefined();
    const workbook = await xlsx(guest);
    expect(workbook.status).toBe(200);
  });

  it('gives the guest exactly what the team reads — media-plan rows and blocks included — in at most four statements', async () => {
    const strategist = clients.get('strategist')!;
    const ownerId = (await clients.get('owner')!.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    const planId = await createDocument(strategist, brand, 'MEDIA_PLAN', 'Launch plan');
    let period = '';
    await app
      .get(DocumentEditor)
      .change({ documentId: planId, workspaceId: brand.workspaceId, userId: ownerId }, (doc) => {
        period = readPlan(doc).periods[0]!.key;
        const row = addRow(doc, 'PAID', { channel: 'Instagram', activity: 'Ads', pricing: 'CPC' });
        setCell(doc, row, period, { budget: 20_000, quantity: 400 });
      });
    await eventually(async () => {
      const rows = await app
        .get(DataSource)
        .query<unknown[]>('SELECT 1 FROM kpi_plan_cells WHERE document_id = $1', [planId]);
      return rows.length === 1;
    });
    const month = containingPeriod(period, 'month')!.key;
    await strategist.ok(UPSERT_ACTUALS, {
      i: {
        brandId: brand.id,
        cells: [{ network: 'instagram', metric: 'spend', periodKey: month, value: 18_000 }],
      },
    });
    const guest = await guestOf((await reportLink()).token);
    const variables = { b: brand.id, f: month, t: month };
    const team = await strategist.ok<{ kpiDashboard: { blocks: unknown[] } }>(
      PLAN_RESULTS,
      variables,
    );
    expect(team.kpiDashboard.blocks.length).toBeGreaterThan(0);
    const counter = countStatements(app.get(DataSource), app.getHttpServer());
    let seen: unknown;
    try {
      seen = await guest.ok(PLAN_RESULTS, variables);
      // The guest's session, the brand, the KPIs, the actuals and plan cells.
      expect(counter.statements.length).toBeLessThanOrEqual(4);
    } finally {
      counter.stop();
    }
    expect(seen).toEqual(team);
  });

  it("refuses the report's guest everything else: other brands, writes, imports, tokens, notes, documents, calendar", async () => {
    const strategist = clients.get('strategist')!;
    const documentId = await createStrategy(strategist, brand.id, 'Internal strategy');
    const other = await buildBrandActors(factories);
    const link = await reportLink();
    const guest = await guestOf(link.token);
    const before = [await factories.snapshot(), await kpiState(app, brand.id)];
    expect(errorCode(await dashboard(guest, other.brand.id))).toBe('NOT_FOUND');
    expect((await xlsx(guest, other.brand.id)).status).toBe(404);
    const refused = await Promise.all([
      guest.request(CREATE_KPI, {
        i: {
          brandId: brand.id,
          name: 'Sneaky',
          metric: 'reach',
          startDate: '2025-01-01',
          target: 10,
          deadline: '2025-12-31',
        },
      }),
      guest.request(UPSERT_ACTUALS, {
        i: {
          brandId: brand.id,
          cells: [{ network: 'vk', metric: 'reach', periodKey: '2025-03', value: 1 }],
        },
      }),
      guest.request(KPIS, { b: brand.id }),
      guest.request(NOTES, { b: brand.id }),
      guest.request(TOKENS, { b: brand.id }),
      guest.request(CREATE_LINK, {
        i: { brandId: brand.id, report: true, capability: 'VIEW', label: 'Another' },
      }),
    ]);
    expect(refused.map(errorCode)).toEqual(Array(6).fill('UNAUTHENTICATED'));
    expect(errorCode(await guest.request(OPEN_DOCUMENT, { id: documentId }))).toBe('NOT_FOUND');
    expect(errorCode(await guest.request(CALENDAR, { b: brand.id }))).toBe('NOT_FOUND');
    const upload = await importActuals(app, guest, brand.id, 'Month,Reach\r\n2025-04,5\r\n', {
      network: 'vk',
    });
    expect(upload.status).toBe(401);
    expect([await factories.snapshot(), await kpiState(app, brand.id)]).toEqual(before);
  });

  it('refuses the report to guests of a document or a calendar link (the matrix: metrics.read is not theirs)', async () => {
    const lead = clients.get('lead')!;
    const documentId = await createStrategy(lead, brand.id, 'Shared strategy');
    const documentLink = await shareDocument(lead, brand.id, documentId, { capability: 'APPROVE' });
    const calendar = await lead.ok<{ createShareLink: { url: string } }>(CREATE_LINK, {
      i: {
        brandId: brand.id,
        calendar: { from: '2025-03-01', to: '2025-04-01' },
        capability: 'VIEW',
        label: 'Calendar',
      },
    });
    for (const token of [documentLink.token, tokenOf(calendar.createShareLink.url)]) {
      const guest = await guestOf(token);
      expect(errorCode(await dashboard(guest))).toBe('FORBIDDEN');
      expect(errorCode(await guest.request(POSTS, { b: brand.id }))).toBe('FORBIDDEN');
      expect((await xlsx(guest)).status).toBe(403);
    }
  });

  it('ends the report for its guest as soon as the link is revoked', async () => {
    const link = await reportLink();
    const guest = await guestOf(link.token);
    expect(errorCode(await dashboard(guest))).toBeUndefined();
    await clients.get('lead')!.ok(REVOKE_LINK, { id: link.id });
    expect(errorCode(await dashboard(guest))).toBe('UNAUTHENTICATED');
    expect((await xlsx(guest)).status).toBe(401);
    expect(errorCode(await guest.request(SESSION))).toBeUndefined();
    expect(await guest.ok(SESSION)).toEqual({ guestSession: null });
    const again = factories.anonymous();
    again.address = `10.7.0.${address++}`;
    expect(errorCode(await again.request(PREVIEW, { t: link.token }))).toBe('NOT_FOUND');
  });
});
