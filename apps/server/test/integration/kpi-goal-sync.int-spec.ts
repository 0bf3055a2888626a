import { jest } from '@jest/globals';
import { BLOCKS, STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { DocumentEditor } from '../../src/collaboration/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { KpiSyncService } from '../../src/modules/kpis/kpi-sync.service.js';
import { buildBrandActors } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';
import { goalCards, KPIS, type KpiView } from './kpis-fixtures.js';

const AUDIT = `query($w: ID!, $f: AuditFilter) { auditLog(workspaceId: $w, filter: $f, first: 100) {
  entries { action actorId actorName subjectName before after } } }`;

interface Entry {
  action: string;
  actorId: string | null;
  actorName: string | null;
  subjectName: string | null;
  before: string | null;
  after: string | null;
}

/**
 * The goal sync reads only the strategy that was edited (other strategies' cards are kept
 * in kpi_goal_sources), writes only KPIs whose goal changed, and records each change as
 * the system's in the brand's activity.
 */
describe('goal KPIs: incremental, audited sync', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let brand: BrandEntity;
  let owner: GraphQLClient;
  let ownerId: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    const actors = await buildBrandActors(new Factories(app));
    brand = actors.brand;
    owner = actors.clients.get('owner')!;
    ownerId = (await owner.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    first = await createDocument(owner, brand, 'STRATEGY', 'Strategy 2027');
    second = await createDocument(owner, brand, 'STRATEGY', 'Strategy for TikTok');
  }, 120_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await app?.close();
    await database?.drop();
  });

  function edit(documentId: string, mutate: (doc: Y.Doc) => void) {
    return app
      .get(DocumentEditor)
      .change({ documentId, workspaceId: brand.workspaceId, userId: ownerId }, mutate);
  }

  function addGoal(documentId: string, goalId: string, statement: string, target: string) {
    return edit(documentId, (doc) => {
      const card = new Y.XmlElement(BLOCKS.smartGoal);
      const attrs = {
        goalId,
        statement,
        metric: 'Reach',
        baseline: '0',
        target,
        deadline: '2099-12-31',
      };
      for (const [key, value] of Object.entries(attrs)) card.setAttribute(key, value);
      doc.getXmlFragment(STRATEGY_FRAGMENT).insert(0, [card]);
    });
  }

  function card(doc: Y.Doc, goalId: string): Y.XmlElement {
    return goalCards(doc).find((c) => c.getAttribute('goalId') === goalId)!;
  }

  async function goalKpi(goalId: string): Promise<KpiView | undefined> {
    const { kpis } = await owner.ok<{ kpis: KpiView[] }>(KPIS, { b: brand.id });
    return kpis.find((kpi) => kpi.goalId === goalId);
  }

  async function events(
    goalIds: string[],
  ): Promise<Array<{ type: string; actor_id: string | null }>> {
    return app.get(DataSource).query(
      `SELECT e.type, e.actor_id FROM events e JOIN kpis k ON k.id = e.subject_id
        WHERE e.brand_id = $1 AND e.type LIKE 'kpi.%' AND k.goal_id = ANY($2)
        ORDER BY e.occurred_at, e.id`,
      [brand.id, goalIds],
    );
  }

  /** Runs the sync of `documentId` now (the queued job may run too: both are idempotent). */
  async function syncNow(documentId: string): Promise<string[]> {
    const read = jest.spyOn(app.get(DocumentEditor), 'read');
    try {
      await app.get(KpiSyncService).syncDocument(documentId);
      return read.mock.calls.map(([id]) => id);
    } finally {
      read.mockRestore();
    }
  }

  it('creates goal KPIs from each strategy, recorded as the system', async () => {
    await addGoal(first, 'goal-reach', 'Reach 50 000 people a month', '50000');
    await addGoal(second, 'goal-tiktok', 'Reach 10 000 on TikTok', '10000');
    await eventually(async () => (await goalKpi('goal-reach')) && (await goalKpi('goal-tiktok')));
    expect(await events(['goal-reach', 'goal-tiktok'])).toEqual([
      { type: 'kpi.created', actor_id: null },
      { type: 'kpi.created', actor_id: null },
    ]);
  });

  it('reads only the strategy that changed, and writes only the KPI whose goal changed', async () => {
    await edit(second, (doc) => card(doc, 'goal-tiktok').setAttribute('target', '12000'));
    const read = await syncNow(second);
    expect(read.length).toBeGreaterThan(0);
    expect(new Set(read)).toEqual(new Set([second]));
    expect((await goalKpi('goal-tiktok'))?.target).toBe(12000);
    expect((await goalKpi('goal-reach'))?.target).toBe(50000);

    // Again with nothing changed: nothing written, nothing recorded.
    const before = await events(['goal-reach', 'goal-tiktok']);
    await syncNow(second);
    await syncNow(first);
    expect(await events(['goal-reach', 'goal-tiktok'])).toEqual(before);
    expect(before.filter((e) => e.type === 'kpi.updated')).toEqual([
      { type: 'kpi.updated', actor_id: null },
    ]);
  });

  it('shows the change in the activity with its old and new value and no person', async () => {
    const entries = await eventually(async () => {
      const page = await owner.ok<{ auditLog: { entries: Entry[] } }>(AUDIT, {
        w: brand.workspaceId,
        f: { brandId: brand.id },
      });
      return page.auditLog.entries.find((e) => e.action === 'kpi.updated');
    });
    expect(entries).toEqual({
      action: 'kpi.updated',
      actorId: null,
      actorName: null,
      subjectName: 'Reach 10 000 on TikTok',
      before: '10000',
      after: '12000',
    });
  });

  it('marks a KPI "goal removed" when its card goes, and links it again when the card returns', async () => {
    await edit(first, (doc) => {
      const fragment = doc.getXmlFragment(STRATEGY_FRAGMENT);
      fragment.delete(fragment.toArray().indexOf(card(doc, 'goal-reach')), 1);
    });
    await syncNow(first);
    expect((await goalKpi('goal-reach'))?.goalRemovedAt).not.toBeNull();

    await addGoal(first, 'goal-reach', 'Reach 50 000 people a month', '50000');
    await syncNow(first);
    expect((await goalKpi('goal-reach'))?.goalRemovedAt).toBeNull();
    const types = (await events(['goal-reach'])).map((e) => e.type);
    expect(types).toEqual(['kpi.created', 'kpi.goal_removed', 'kpi.goal_returned']);
  });

  it('counts an archived strategy’s goals as gone, without reading it', async () => {
    await app
      .get(DataSource)
      .query('UPDATE documents SET archived_at = now() WHERE id = $1', [second]);
    try {
      const read = await syncNow(first);
      expect(read).not.toContain(second);
      expect((await goalKpi('goal-tiktok'))?.goalRemovedAt).not.toBeNull();
      expect((await goalKpi('goal-reach'))?.goalRemovedAt).toBeNull();
    } finally {
      await app
        .get(DataSource)
        .query('UPDATE documents SET archived_at = NULL WHERE id = $1', [second]);
    }
  });

  it('reads a strategy whose cards were never stored (as after the upgrade) before judging its goals', async () => {
    await app
      .get(DataSource)
      .query('DELETE FROM kpi_goal_sources WHERE document_id = $1', [second]);
    const read = await syncNow(first);
    expect(new Set(read)).toEqual(new Set([first, second]));
    // The restored strategy's goal is back: its KPI is linked again, not left "removed".
    expect((await goalKpi('goal-tiktok'))?.goalRemovedAt).toBeNull();
    expect((await goalKpi('goal-tiktok'))?.target).toBe(12000);
  });
});
