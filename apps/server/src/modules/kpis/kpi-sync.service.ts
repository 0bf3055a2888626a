import { DEFAULT_CURRENCY, readPlan } from '@chorus/media-plan-model';
import { extractGoals, STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { ROOT_LOGGER } from '../../platform/logging/index.js';
import { JobQueue } from '../../platform/jobs/index.js';
import { DocumentEditor } from '../../collaboration/index.js';
import { DocumentActivity, type DocumentEdited } from '../documents/index.js';
import { EventLog } from '../events/index.js';
import type { StoredGoal } from './kpi-goal-source.entity.js';
import { reconcileGoalKpis, type SourcedGoal } from './kpi-goal-sync.js';

export const KPI_SYNC_QUEUE = 'kpi-sync';
/** How long after an edit the sync runs: a burst of keystrokes makes one sync. */
const SETTLE_SECONDS = 1;

/**
 * Keeps what KPIs read from documents in step with them (docs/adr/0032): after the edits
 * of a strategy settle, its SMART goal cards are read and the brand's goal KPIs created,
 * updated or marked "goal removed" (never deleted); after the edits of a media plan settle,
 * its cells are mirrored into kpi_plan_cells (planned spend and quantities for the
 * dashboard). The job is durable (the job queue), so a crash only delays it; running it
 * twice is harmless.
 */
@Injectable()
export class KpiSyncService implements OnModuleDestroy {
  private readonly queued = new Map<string, number>();
  private readonly stopListening: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: DocumentEditor,
    private readonly jobs: JobQueue,
    private readonly events: EventLog,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    activity: DocumentActivity,
  ) {
    jobs.register(KPI_SYNC_QUEUE, (data) =>
      this.syncDocument((data as { documentId: string }).documentId),
    );
    this.stopListening = activity.onEdited((edit) => this.onEdited(edit));
  }

  onModuleDestroy(): void {
    this.stopListening();
  }

  private onEdited({ documentId }: DocumentEdited): void {
    const now = Date.now();
    const due = this.queued.get(documentId);
    if (due !== undefined && now < due - 200) return;
    this.queued.set(documentId, now + SETTLE_SECONDS * 1000);
    if (this.queued.size > 10_000) this.queued.clear();
    this.jobs
      .send(KPI_SYNC_QUEUE, { documentId }, { startAfterSeconds: SETTLE_SECONDS })
      .catch((error: unknown) => {
        this.queued.delete(documentId);
        this.logger.warn({ err: error, documentId }, 'KPI sync not queued');
      });
  }

  /** Syncs whatever a strategy or media plan gives KPIs; other documents are ignored. */
  async syncDocument(documentId: string): Promise<void> {
    const [document] = await this.dataSource.query<
      Array<{ brand_id: string; kind: string; archived_at: Date | null }>
    >('SELECT brand_id, kind, archived_at FROM documents WHERE id = $1', [documentId]);
    if (!document) return;
    if (document.kind === 'strategy')
      await this.syncGoals(document.brand_id, { edited: documentId });
    else if (document.kind === 'media_plan') await this.mirrorPlan(documentId, document.brand_id);
  }

  /**
   * Reads the goal cards of the strategy just edited (and of any active strategy of the
   * brand not read before), stores them in kpi_goal_sources, and reconciles the brand's
   * goal KPIs against the cards of all its active strategies (the first strategy stating
   * a goal id wins). Custom KPIs are never touched; every change is audited as the
   * system's. Other strategies are not read again: their stored cards stand for them.
   * `read: 'all'` reads every active strategy again (the on-demand sync).
   */
  async syncGoals(brandId: string, read: { edited: string } | 'all'): Promise<void> {
    const unread = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT d.id FROM documents d LEFT JOIN kpi_goal_sources s ON s.document_id = d.id
        WHERE d.brand_id = $1 AND d.kind = 'strategy' AND d.archived_at IS NULL
          AND (s.document_id IS NULL OR d.id = $2 OR $3)`,
      [brandId, read === 'all' ? null : read.edited, read === 'all'],
    );
    for (const { id } of unread) {
      const doc = await this.editor.read(id);
      let goals: StoredGoal[];
      try {
        goals = extractGoals(doc.getXmlFragment(STRATEGY_FRAGMENT)).map(
          ({ id: goalId, statement, metric, baseline, targetValue, deadline }) => ({
            id: goalId,
            statement,
            metric,
            baseline,
            targetValue,
            deadline,
          }),
        );
      } finally {
        doc.destroy();
      }
      await this.dataSource.query(
        `INSERT INTO kpi_goal_sources (document_id, brand_id, goals) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (document_id) DO UPDATE SET goals = EXCLUDED.goals, read_at = now()`,
        [id, brandId, JSON.stringify(goals)],
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const [brand] = await manager.query<Array<{ id: string; workspace_id: string }>>(
        'SELECT id, workspace_id FROM brands WHERE id = $1',
        [brandId],
      );
      if (!brand) return;
      const sources = await manager.query<Array<{ document_id: string; goals: StoredGoal[] }>>(
        `SELECT s.document_id, s.goals FROM kpi_goal_sources s JOIN documents d ON d.id = s.document_id
          WHERE d.brand_id = $1 AND d.kind = 'strategy' AND d.archived_at IS NULL
          ORDER BY d.created_at, d.id`,
        [brandId],
      );
      const goals = new Map<string, SourcedGoal>();
      for (const source of sources) {
        for (const goal of source.goals) {
          if (!goals.has(goal.id)) goals.set(goal.id, { documentId: source.document_id, goal });
        }
      }
      const currency = await this.currencyOf(manager, brandId);
      await reconcileGoalKpis(
        manager,
        this.events,
        { id: brand.id, workspaceId: brand.workspace_id },
        goals,
        currency,
      );
    });
  }

  /** Rewrites the plan's mirrored cells (an archived plan's cells are dropped). */
  async mirrorPlan(documentId: string, brandId: string): Promise<void> {
    const [active] = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM documents WHERE id = $1 AND archived_at IS NULL',
      [documentId],
    );
    const rows: unknown[][] = [];
    if (active) {
      const doc = await this.editor.read(documentId);
      try {
        const plan = readPlan(doc);
        for (const block of ['PAID', 'OWNED', 'EARNED'] as const) {
          for (const row of plan.blocks[block]) {
            for (const [periodKey, cell] of Object.entries(row.cells)) {
              if (cell.budget === 0 && cell.quantity === 0) continue;
              rows.push([
                row.id,
                periodKey,
                block,
                row.channel.slice(0, 100),
                row.goalId.slice(0, 100),
                plan.settings.currency,
                cell.budget,
                cell.quantity,
                row.activity.slice(0, 300),
                row.pricing,
              ]);
            }
          }
        }
      } finally {
        doc.destroy();
      }
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM kpi_plan_cells WHERE document_id = $1', [documentId]);
      for (let i = 0; i < rows.length; i += 1000) {
        const batch = rows.slice(i, i + 1000);
        await manager.query(
          `INSERT INTO kpi_plan_cells (document_id, brand_id, row_id, period_key, block, channel,
                  goal_id, currency, budget, quantity, activity, pricing)
           SELECT $1, $2, r.* FROM jsonb_to_recordset($3::jsonb) AS r(row_id text, period_key text,
                  block text, channel text, goal_id text, currency text, budget bigint, quantity float8,
                  activity text, pricing text)`,
          [
            documentId,
            brandId,
            JSON.stringify(
              batch.map(
                ([
                  row_id,
                  period_key,
                  block,
                  channel,
                  goal_id,
                  currency,
                  budget,
                  quantity,
                  activity,
                  pricing,
                ]) => ({
                  row_id,
                  period_key,
                  block,
                  channel,
                  goal_id,
                  currency,
                  budget,
                  quantity,
                  activity,
                  pricing,
                }),
              ),
            ),
          ],
        );
      }
    });
  }

  /** The brand's plan currency: its media plans' (the most used), else the default. */
  async currencyOf(manager: EntityManager, brandId: string): Promise<string> {
    const [row] = await manager.query<Array<{ currency: string }>>(
      `SELECT currency FROM kpi_plan_cells WHERE brand_id = $1
        GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1`,
      [brandId],
    );
    return row?.currency ?? DEFAULT_CURRENCY;
  }
}
