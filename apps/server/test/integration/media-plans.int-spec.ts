import type { NestExpressApplication } from '@nestjs/platform-express';
import { addRow, readPlan, setCell } from '@chorus/media-plan-model';
import request from 'supertest';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { listen, peerPool, synced, waitFor } from '../support/collab.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const CREATE = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const PLAN = `query($id: ID!) {
  mediaPlan(documentId: $id) {
    settings { flightStart flightEnd granularity currency minorDigits }
    periods { key }
    rows { id block channel budget cells { periodKey budget quantity note } }
    totals {
      overall { budget quantity }
      byBlock { block budget }
      byPeriod { periodKey budget }
      byBlockPeriod { block periodKey budget }
    }
  }
}`;

interface PlanResult {
  mediaPlan: {
    settings: { currency: string; granularity: string; minorDigits: number };
    periods: Array<{ key: string }>;
    rows: Array<{ id: string; block: string; channel: string; budget: number }>;
    totals: {
      overall: { budget: number; quantity: number };
      byBlock: Array<{ block: string; budget: number }>;
      byPeriod: Array<{ periodKey: string; budget: number }>;
      byBlockPeriod: Array<{ block: string; periodKey: string; budget: number }>;
    };
  };
}

const Q1 = {
  flightStart: '2027-01-04',
  flightEnd: '2027-03-28',
  granularity: 'WEEK',
  currency: 'USD',
};

describe('media plans: co-edited cells, totals, files', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let factories: Factories;
  let brand: BrandEntity;
  let strategist: GraphQLClient;
  let specialist: GraphQLClient;
  let moderator: GraphQLClient;
  let outsider: GraphQLClient;
  const peers = peerPool(() => baseUrl);
  const join = peers.join;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    factories = new Factories(app);
    let team: GraphQLClient[];
    ({
      brand,
      clients: team,
      outsider,
    } = await buildBrandTeam(factories, [
      ['Sara Strategist', ['strategist']],
      ['Sam Specialist', ['smm_specialist']],
      ['Mia Moderator', ['moderator']],
    ]));
    [strategist, specialist, moderator] = team as [GraphQLClient, GraphQLClient, GraphQLClient];
  }, 120_000);

  afterEach(() => peers.destroyAll());

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function createPlan(settings: Record<string, string> = Q1): Promise<string> {
    const { createDocument } = await strategist.ok<{ createDocument: { id: string } }>(CREATE, {
      input: {
        brandId: brand.id,
        kind: 'MEDIA_PLAN',
        title: 'Q1 2027 media plan',
        mediaPlan: settings,
      },
    });
    return createDocument.id;
  }

  function exportFile(client: GraphQLClient, documentId: string, format: string) {
    return request(app.getHttpServer())
      .get(`/api/documents/${documentId}/export?format=${format}`)
      .set('cookie', client.cookie ?? '')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  function importFile(
    client: GraphQLClient,
    documentId: string,
    format: string,
    body: Buffer,
    options: { dryRun?: boolean; header?: boolean } = {},
  ) {
    const call = request(app.getHttpServer())
      .post(
        `/api/documents/${documentId}/import?format=${format}${options.dryRun ? '&dryRun=true' : ''}`,
      )
      .set('cookie', client.cookie ?? '')
      .set('content-type', 'application/octet-stream');
    if (options.header !== false) call.set('x-chorus-request', '1');
    return call.send(body);
  }

  it('two clients edit different cells at once; both converge and GraphQL reports the totals', async () => {
    const id = await createPlan();
    const [a, b] = [await join(strategist, id), await join(specialist, id)];
    const paid = addRow(a.doc, 'PAID', { channel: 'Instagram', activity: 'Targeted ads' });
    const owned = addRow(b.doc, 'OWNED', { channel: 'Newsletter', activity: 'Monthly issue' });
    await waitFor(
      () => readPlan(a.doc).blocks.OWNED.length === 1 && readPlan(b.doc).blocks.PAID.length === 1,
      5000,
      'both rows on both peers',
    );
    // At the same moment: different cells, and two fields of one cell.
    expect(setCell(a.doc, paid, '2027-W01', { budget: 150_000 }).ok).toBe(true);
    expect(setCell(b.doc, owned, '2027-W02', { budget: 99_999 }).ok).toBe(true);
    expect(setCell(b.doc, paid, '2027-W02', { budget: 1 }).ok).toBe(true);
    expect(setCell(a.doc, paid, '2027-W02', { note: 'launch week' }).ok).toBe(true);
    await waitFor(
      () =>
        JSON.stringify(readPlan(a.doc).totals) === JSON.stringify(readPlan(b.doc).totals) &&
        readPlan(a.doc).totals.overall.budget === 250_000,
      5000,
      'converged totals',
    );
    expect(readPlan(b.doc).blocks.PAID[0]!.cells['2027-W02']).toMatchObject({
      budget: 1,
      note: 'launch week',
    });
    await Promise.all([synced(a), synced(b)]);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const { mediaPlan } = await moderator.ok<PlanResult>(PLAN, { id });
    expect(mediaPlan.settings).toMatchObject({
      currency: 'USD',
      granularity: 'WEEK',
      minorDigits: 2,
    });
    expect(mediaPlan.periods).toHaveLength(12);
    expect(mediaPlan.totals.overall.budget).toBe(250_000);
    expect(mediaPlan.totals.byBlock).toEqual(
      expect.arrayContaining([
        { block: 'PAID', budget: 150_001 },
        { block: 'OWNED', budget: 99_999 },
        { block: 'EARNED', budget: 0 },
      ]),
    );
    expect(mediaPlan.totals.byPeriod.slice(0, 3)).toEqual([
      { periodKey: '2027-W01', budget: 150_000 },
      { periodKey: '2027-W02', budget: 100_000 },
      { periodKey: '2027-W03', budget: 0 },
    ]);
    expect(mediaPlan.rows.map((row) => [row.block, row.channel, row.budget])).toEqual([
      ['PAID', 'Instagram', 150_001],
      ['OWNED', 'Newsletter', 99_999],
    ]);
    expect(errorCode(await outsider.request(PLAN, { id }))).toBe('NOT_FOUND');
  });

  it('export then import (CSV and XLSX) gives the same plan, applied live as one edit', async () => {
    const source = await createPlan();
    const peer = await join(strategist, source);
    const row = addRow(peer.doc, 'EARNED', { channel: 'Мережі', activity: 'PR — הודעה לעיתונות' });
    setCell(peer.doc, row, '2027-W05', { budget: 123_456, quantity: 2.5, note: 'ข่าว, "quoted"' });
    await synced(peer);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const expected = (await strategist.ok<PlanResult>(PLAN, { id: source })).mediaPlan;

    for (const format of ['csv', 'xlsx']) {
      const file = await exportFile(specialist, source, format);
      expect(file.status).toBe(200);
      expect(file.headers['content-disposition']).toMatch(new RegExp(`\\.${format}`));
      const target = await createPlan({ ...Q1, granularity: 'MONTH', currency: 'EUR' });
      const watcher = await join(moderator, target);
      const response = await importFile(strategist, target, format, file.body as Buffer);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ok: true, applied: true, rows: 1 });
      // The connected client sees the import without reconnecting.
      await waitFor(() => readPlan(watcher.doc).blocks.EARNED.length === 1, 20_000, 'import live');
      const imported = (await strategist.ok<PlanResult>(PLAN, { id: target })).mediaPlan;
      expect(imported.settings).toEqual(expected.settings);
      expect(imported.totals).toEqual(expected.totals);
      expect(imported.rows.map(({ id: _id, ...rest }) => rest)).toEqual(
        expected.rows.map(({ id: _id, ...rest }) => rest),
      );
    }
  });

  it('a file with errors is reported by row and column and changes nothing', async () => {
    const id = await createPlan();
    const peer = await join(strategist, id);
    addRow(peer.doc, 'PAID', { channel: 'Keep me' });
    await synced(peer);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = (await strategist.ok<PlanResult>(PLAN, { id })).mediaPlan;
    const good = (await exportFile(strategist, id, 'csv')).body as Buffer;
    const lines = good.toString('utf8').split(/\r?\n/);
    const header = lines.find((line) => /block/i.test(line))!;
    const csv = `${header}\r\nPAID;x\r\nNOT_A_BLOCK,Instagram,Ads,,,FLAT\r\n`;

    const bad = await importFile(strategist, id, 'csv', Buffer.from(csv));
    expect(bad.status).toBe(422);
    expect(bad.body.ok).toBe(false);
    expect(bad.body.errors.length).toBeGreaterThan(0);
    for (const error of bad.body.errors as Array<{ row: number; message: string }>) {
      expect(error.row).toBeGreaterThan(0);
      expect(error.message.length).toBeGreaterThan(5);
    }
    const corrupted = await importFile(
      strategist,
      id,
      'xlsx',
      Buffer.from('PK\u0003\u0004 broken'),
    );
    expect(corrupted.status).toBe(422);
    expect(corrupted.body.errors[0].code).toBeDefined();

    const huge = await importFile(strategist, id, 'csv', Buffer.alloc(10 * 1024 * 1024 + 1, 65));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');

    expect((await importFile(moderator, id, 'csv', good)).status).toBe(403);
    expect((await importFile(new GraphQLClient(app), id, 'csv', good)).status).toBe(401);
    expect((await importFile(outsider, id, 'csv', good)).status).toBe(404);
    expect((await importFile(strategist, id, 'csv', good, { header: false })).status).toBe(403);
    expect((await importFile(strategist, id, 'pdf', good)).status).toBe(422);

    const after = (await strategist.ok<PlanResult>(PLAN, { id })).mediaPlan;
    expect(after).toEqual(before);
    expect(readPlan(peer.doc).blocks.PAID.map((row) => row.channel)).toEqual(['Keep me']);
  });

  it('a named version of a plan comes back live when restored', async () => {
    const id = await createPlan();
    const [a, b] = [await join(strategist, id), await join(specialist, id)];
    const row = addRow(a.doc, 'PAID', { channel: 'TikTok' });
    setCell(a.doc, row, '2027-W03', { budget: 70_000 });
    await synced(a);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { createDocumentVersion: version } = await strategist.ok<{
      createDocumentVersion: { id: string };
    }>(
      `mutation($input: CreateDocumentVersionInput!) { createDocumentVersion(input: $input) { id } }`,
      { input: { documentId: id, name: 'Approved budget' } },
    );
    setCell(b.doc, row, '2027-W03', { budget: 1 });
    addRow(b.doc, 'EARNED', { channel: 'PR' });
    await waitFor(() => readPlan(a.doc).totals.overall.budget === 1, 20_000, 'the later edit');

    await strategist.ok(`mutation($id: ID!) { restoreDocumentVersion(versionId: $id) { id } }`, {
      id: version.id,
    });
    for (const peer of [a, b]) {
      await waitFor(
        () =>
          readPlan(peer.doc).totals.overall.budget === 70_000 &&
          readPlan(peer.doc).blocks.EARNED.length === 0,
        3000,
        'the restored plan on every peer',
      );
    }
    const { mediaPlan } = await moderator.ok<PlanResult>(PLAN, { id });
    expect(mediaPlan.totals.overall.budget).toBe(70_000);
  });

  it('refuses an import that would make the plan larger than a document may be', async () => {
    const id = await createPlan({ ...Q1, flightStart: '2027-01-04', flightEnd: '2028-01-02' });
    const peer = await join(strategist, id);
    const row = addRow(peer.doc, 'PAID', { channel: 'Instagram', activity: 'Always-on ads' });
    for (const period of readPlan(peer.doc).periods) {
      setCell(peer.doc, row, period.key, { budget: 1_234_567, quantity: 1_000, note: 'weekly' });
    }
    await synced(peer);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = ((await exportFile(strategist, id, 'csv')).body as Buffer)
      .toString('utf8')
      .split('\r\n');
    const rowAt = lines.findIndex((line) => line.startsWith('PAID,'));
    expect(rowAt).toBeGreaterThan(0);
    // The copies leave the Row ID column (the seventh) empty: each is a new row.
    const copy = lines[rowAt]!.replace(/^((?:[^,]*,){6})[^,]*/, '$1');
    const rows = Array.from({ length: 5000 }, () => copy);
    const csv = [...lines.slice(0, rowAt), ...rows, ...lines.slice(rowAt + 1)].join('\r\n');

    const response = await importFile(strategist, id, 'csv', Buffer.from(csv));
    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toMatchObject({ code: 'plan_too_large' });
    expect(readPlan(peer.doc).blocks.PAID).toHaveLength(1);
  }, 120_000);

  it('refuses a flight that ends before it starts, and other bad settings', async () => {
    const attempt = (mediaPlan: Record<string, string>) =>
      strategist.request(CREATE, {
        input: { brandId: brand.id, kind: 'MEDIA_PLAN', title: 'Bad', mediaPlan },
      });
    const backwards = await attempt({ ...Q1, flightStart: '2027-03-01', flightEnd: '2027-02-01' });
    expect(errorCode(backwards)).toBe('VALIDATION');
    expect(backwards.errors?.[0]?.extensions?.field).toBe('mediaPlan.flightEnd');
    expect(errorCode(await attempt({ ...Q1, currency: 'DOLLARS' }))).toBe('VALIDATION');
    expect(errorCode(await attempt({ ...Q1, flightStart: '2027-02-30' }))).toBe('VALIDATION');
    const { documents } = await strategist.ok<{ documents: Array<{ title: string }> }>(
      `query($b: ID!) { documents(brandId: $b, kind: MEDIA_PLAN) { title } }`,
      { b: brand.id },
    );
    expect(documents.map((document) => document.title)).not.toContain('Bad');
  });
});
