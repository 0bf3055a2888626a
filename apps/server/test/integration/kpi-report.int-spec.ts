import { readXlsxTable } from '@chorus/media-plan-model/io';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import {
  BRAND_ACTORS,
  buildBrandActors,
  expectedRefusal,
  type BrandActor,
} from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const HTTP: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };
const TYPE = 'application/vnd.chorus.report+json';

const REPORT = {
  fileName: 'kpis-2027-01-2027-03',
  sheets: [
    {
      name: 'KPIs',
      rows: [
        ['KPI', 'Month', 'Target', 'Actual'],
        ['Engagement rate', '2027-03', 0.04, 0.051],
        ['Followers', '2027-03', 2000, '— no data'],
      ],
    },
    {
      name: 'Networks',
      rows: [
        ['Network', 'ROI'],
        ['Instagram', 1.25],
      ],
    },
  ],
};

/** Reads a response body as bytes (supertest leaves binary bodies to a parser). */
function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('the KPI report as XLSX', () => {
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

  const post = (client: GraphQLClient | null, body: unknown, type = TYPE, csrf = true) => {
    let call = request(app.getHttpServer())
      .post(`/api/brands/${brand.id}/kpis/report.xlsx`)
      .set('content-type', type)
      .buffer(true)
      .parse(binary as never);
    if (client) call = call.set('cookie', client.cookie ?? '');
    if (csrf) call = call.set('x-chorus-request', '1');
    return call.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  it.each(BRAND_ACTORS)('%s gets the workbook as the matrix says (metrics.read)', async (actor) => {
    const answer = await post(clients.get(actor)!, REPORT);
    const refusal = expectedRefusal(actor, 'metrics.read');
    if (refusal !== null) {
      expect(answer.status).toBe(HTTP[refusal]);
      return;
    }
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers['content-disposition']).toContain('kpis-2027-01-2027-03.xlsx');
    expect(answer.headers['cache-control']).toBe('no-store');
    // The first sheet read back as an import would: numbers are numbers, text is text.
    const read = await readXlsxTable(new Uint8Array(answer.body as Buffer), {
      maxRecords: 10,
      maxFields: 10,
    });
    if (!read.ok) throw new Error(`unreadable workbook: ${read.reason}`);
    expect(read.records.map((record) => record.cells)).toEqual(REPORT.sheets[0]!.rows);
  });

  it('refuses a request without the CSRF header, a JSON body, and malformed reports, each with a typed error', async () => {
    const lead = clients.get('lead')!;
    expect((await post(lead, REPORT, TYPE, false)).status).toBe(403);
    const cases: Array<[unknown, string, string?]> = [
      ['{not json', 'report'],
      [{ sheets: [] }, 'sheets'],
      [{ sheets: Array.from({ length: 6 }, () => REPORT.sheets[0]) }, 'sheets'],
      [{ sheets: [{ name: '', rows: [] }] }, 'sheets[0].name'],
      [{ sheets: [{ name: 'A', rows: [[{ formula: 'SUM(A1)' }]] }] }, 'sheets[0].rows[0][0]'],
      [{ sheets: [{ name: 'A', rows: [[true]] }] }, 'sheets[0].rows[0][0]'],
      [{ sheets: [{ name: 'A', rows: [['x'.repeat(2001)]] }] }, 'sheets[0].rows[0][0]'],
      [{ fileName: '../../etc/passwd', sheets: REPORT.sheets }, 'fileName'],
    ];
    for (const [body, field] of cases) {
      const answer = await post(lead, body);
      expect(answer.status).toBe(422);
      expect(JSON.parse((answer.body as Buffer).toString('utf8')).error).toMatchObject({
        code: 'VALIDATION',
        field,
      });
    }
    const asJson = await post(lead, REPORT, 'application/json');
    expect(asJson.status).toBe(422);
  });
});
