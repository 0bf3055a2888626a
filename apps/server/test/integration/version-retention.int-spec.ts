import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { VersionRetention } from '../../src/modules/versions/index.js';
import { buildBrandActors } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';

/**
 * The test's "now", fixed so hours and days fall the same way on every run. Versions the
 * app itself makes meanwhile are long before it, numbered below FIRST, and not asserted.
 */
const NOW = new Date('2099-03-10T12:00:00Z');
/** The test's versions start at this number (any the app made come first). */
const FIRST = 1000;
const HOUR = 3_600_000;
/** How many versions a test document holds at most (the app may add its own after them). */
const MINE = 9;
const VERSIONS = `query($d: ID!) { documentVersions(documentId: $d) { number kind } }`;

/**
 * The retention job on a real database: automatic versions thinned to all of the last day,
 * one an hour for a month, one a day after; named, restore and approval versions kept.
 */
describe('automatic version retention', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let brand: BrandEntity;
  let owner: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: { CHORUS_SEED_DEMO: 'false', VERSION_RETENTION_CRON: 'off' },
    });
    const actors = await buildBrandActors(new Factories(app));
    brand = actors.brand;
    owner = actors.clients.get('owner')!;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  /** Versions 1… (numbered from FIRST) of a new document, each `hoursAgo` before NOW. */
  async function documentWith(versions: Array<[hoursAgo: number, kind: string]>): Promise<string> {
    const documentId = await createDocument(owner, brand, 'STRATEGY');
    const db = app.get(DataSource);
    for (const [index, [hoursAgo, kind]] of versions.entries()) {
      await db.query(
        `INSERT INTO document_versions (document_id, number, kind, name, state, size_bytes, created_at, approval)
         VALUES ($1, $2, $3, $4, '\\x0000'::bytea, 2, $5, $6)`,
        [
          documentId,
          FIRST + index,
          kind === 'approved-auto' ? 'auto' : kind,
          kind === 'named' ? 'Before the launch' : null,
          new Date(NOW.getTime() - hoursAgo * HOUR).toISOString(),
          kind === 'approved-auto'
            ? JSON.stringify({ approvedAt: NOW.toISOString(), requestId: 'r', approvers: [] })
            : null,
        ],
      );
    }
    return documentId;
  }

  async function numbers(documentId: string): Promise<number[]> {
    const data = await owner.ok<{ documentVersions: Array<{ number: number }> }>(VERSIONS, {
      d: documentId,
    });
    return data.documentVersions
      .map((v) => v.number - FIRST + 1)
      .filter((n) => n > 0 && n <= MINE)
      .sort((a, b) => a - b);
  }

  it('keeps the last day whole, then the latest of each hour, then the latest of each day', async () => {
    const documentId = await documentWith([
      [24 * 40 + 5, 'auto'], // 1: 40 days ago, same day as 2 → thinned
      [24 * 40 + 1, 'auto'], // 2: the day's latest → kept
      [24 * 40 + 3, 'named'], // 3: named, kept forever
      [48 + 0.9, 'auto'], // 4: two days ago, same hour as 5 → thinned
      [48 + 0.5, 'auto'], // 5: the hour's latest → kept
      [48 + 0.6, 'restore'], // 6: kept
      [48 + 0.7, 'approved-auto'], // 7: carries an approval → kept
      [5, 'auto'], // 8: within the day → kept
      [4.9, 'auto'], // 9: within the day → kept
    ]);
    const other = await documentWith([
      [24 * 40 + 5, 'auto'], // another document's day: its own bucket
    ]);
    // At least this test's two (the app's own first versions of these documents may go too).
    expect(await app.get(VersionRetention).thin(NOW)).toBeGreaterThanOrEqual(2);
    expect(await numbers(documentId)).toEqual([2, 3, 5, 6, 7, 8, 9]);
    expect(await numbers(other)).toEqual([1]);

    // A second run keeps what the first kept.
    await app.get(VersionRetention).thin(NOW);
    expect(await numbers(documentId)).toEqual([2, 3, 5, 6, 7, 8, 9]);
    expect(await numbers(other)).toEqual([1]);
  });
});
