import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandActors } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { CREATE_KPI, importActuals } from './kpis-fixtures.js';

interface Report {
  ok: boolean;
  applied: boolean;
  mappingSource: string;
  mapping: { period: string; metrics: Record<string, string> } | null;
}

/**
 * Saved mappings: the column mapping applied to one network's file maps that network's next
 * file the same way, as long as its headers still hold the columns; another network, or a
 * file whose columns changed, gets the suggestion from its headers.
 */
describe('actuals import mappings saved per network', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let brand: BrandEntity;
  let strategist: GraphQLClient;

  // A network's own export whose headers Chorus does not recognise: "Tag" is the month.
  const custom = (month: string, audience: number) =>
    `Tag,Publikum,Erreichte Konten\r\n${month}-01,${audience},${audience * 3}\r\n`;
  const mapping = { period: 'Tag', metrics: { followers: 'Publikum', reach: 'Erreichte Konten' } };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    let clients: Map<string, GraphQLClient>;
    ({ brand, clients } = await buildBrandActors(new Factories(app)));
    strategist = clients.get('strategist')!;
    await strategist.ok(CREATE_KPI, {
      i: {
        brandId: brand.id,
        name: 'Reach',
        metric: 'reach',
        startDate: '2025-01-01',
        deadline: '2027-12-31',
        target: 10_000,
      },
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const run = async (body: string, query: Parameters<typeof importActuals>[4]) =>
    (await importActuals(app, strategist, brand.id, body, query)).body as Report;

  it('maps the next file from the same network as the last applied one', async () => {
    const unmapped = await run(custom('2025-03', 500), { network: 'vk', dryRun: true });
    expect(unmapped.ok).toBe(false);
    expect(unmapped.mappingSource).toBe('suggested');

    const applied = await run(custom('2025-03', 500), { network: 'vk', mapping });
    expect(applied).toMatchObject({ ok: true, applied: true, mappingSource: 'given' });

    const next = await run(custom('2025-04', 520), { network: 'vk' });
    expect(next).toMatchObject({ ok: true, applied: true, mappingSource: 'saved' });
    expect(next.mapping).toEqual(expect.objectContaining(mapping));
  });

  it('suggests afresh for another network or when the saved columns are gone', async () => {
    const other = await run(custom('2025-05', 10), { network: 'telegram', dryRun: true });
    expect(other.mappingSource).toBe('suggested');
    const renamed = await run(custom('2025-05', 10).replace('Publikum', 'Zielgruppe'), {
      network: 'vk',
      dryRun: true,
    });
    expect(renamed.mappingSource).toBe('suggested');
    expect(renamed.ok).toBe(false);
  });

  it('saves nothing from a dry run or a refused file', async () => {
    const mapped = { period: 'Day', metrics: { reach: 'Accounts reached' } };
    const file = 'Day,Accounts reached\r\n2025-06-01,-5\r\n';
    await run(file, { network: 'zalo', mapping: mapped, dryRun: true });
    await run(file, { network: 'zalo', mapping: mapped });
    const fresh = await run(file.replace('-5', '5'), { network: 'zalo', dryRun: true });
    expect(fresh.mappingSource).toBe('suggested');
  });
});
